"""Drops the skills that are only list punctuation (« [] ») or wrapped in it (« ["Python" »):
the profile showed a new profile's empty list as « [] » and stored what followed it."""

from django.db import migrations

LIST_PUNCTUATION = "[]\"'“”«» "


def tidy(skills):
    kept = []
    for item in skills:
        item = " ".join(str(item).split()).strip(LIST_PUNCTUATION)
        if item and item.casefold() not in {skill.casefold() for skill in kept}:
            kept.append(item)
    return kept


def drop_list_punctuation(apps, schema_editor):
    Candidate = apps.get_model("candidates", "Candidate")
    for candidate in Candidate.objects.exclude(skills=[]).only("pk", "skills").iterator():
        tidied = tidy(candidate.skills or [])
        if tidied != candidate.skills:
            Candidate.objects.filter(pk=candidate.pk).update(skills=tidied)


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0007_drop_offer_changed_index"),
    ]

    operations = [
        migrations.RunPython(drop_list_punctuation, migrations.RunPython.noop),
    ]
