from django.db import migrations

# The sitting's times would tell an employer how long a sitting lasted, hence who had extra
# time; accommodation entries tell it outright. Both are kept for staff only, without the
# pseudonym; the offer's id stays, for staff to follow.
TARGETS = {"assessments.attempt": "Attempt", "assessments.accommodation": "Accommodation"}


def move_to_the_staff_log(apps, schema_editor):
    AuditEntry = apps.get_model("accounts", "AuditEntry")
    entries = AuditEntry.objects.filter(employer__isnull=False, target_type__in=TARGETS)
    for entry in entries.filter(action__regex=r"^(attempt|accommodation)\."):
        model = apps.get_model("assessments", TARGETS[entry.target_type])
        data = dict(entry.data or {})
        data.pop("pseudonym", None)
        offer_id = (
            model.objects.filter(pk=entry.target_id)
            .values_list("application__offer_id", flat=True)
            .first()
        )
        if offer_id is not None:
            data.setdefault("offer", offer_id)
        entry.data = data
        entry.employer = None
        entry.actor_pseudonym = ""
        entry.save(update_fields=["data", "employer", "actor_pseudonym"])


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0007_grant_pending_accommodations"),
        ("accounts", "0004_audit_entries_name_candidates_by_pseudonym"),
    ]

    operations = [
        migrations.RunPython(move_to_the_staff_log, migrations.RunPython.noop),
    ]
