"""Erases what account deletion used to leave of a profile (skills, contract and region
wishes): an erased application shows its pseudonym, scores and decisions, no profile."""

from django.db import migrations


def erase(apps, schema_editor):
    Candidate = apps.get_model("candidates", "Candidate")
    Candidate.objects.filter(deleted_at__isnull=False).update(
        skills=[], availability="", desired_contract="", region="", path_text=""
    )


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0008_drop_list_punctuation_skills"),
    ]

    operations = [migrations.RunPython(erase, migrations.RunPython.noop)]
