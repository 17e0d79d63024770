from datetime import timedelta
from decimal import Decimal

from django.db import migrations
from django.utils import timezone

DEFAULT_RATE = "1.33"  # Campaign.extra_time's default, as 0004 set it


def grant_pending_accommodations(apps, schema_editor):
    """Requests still waiting for the employer's decision are granted at the rate of the
    campaign the candidate sits (or will sit), as new requests are; a sitting in progress
    gets its longer end at once, as a decision used to give it."""
    Accommodation = apps.get_model("assessments", "Accommodation")
    Attempt = apps.get_model("assessments", "Attempt")
    Campaign = apps.get_model("assessments", "Campaign")
    now = timezone.now()
    for accommodation in Accommodation.objects.filter(status="pending").select_related(
        "application"
    ):
        attempt = (
            Attempt.objects.filter(application_id=accommodation.application_id)
            .select_related("campaign")
            .first()
        )
        campaign = (
            attempt.campaign
            if attempt is not None
            else Campaign.objects.filter(
                offer_id=accommodation.application.offer_id, is_current=True
            ).first()
        )
        rate = Decimal(campaign.extra_time if campaign is not None else DEFAULT_RATE)
        if rate == 1:
            rate = Decimal(DEFAULT_RATE)  # no campaign refuses extra time yet
        accommodation.status = "approved"
        accommodation.multiplier = rate
        accommodation.decided_at = now
        accommodation.save(update_fields=["status", "multiplier", "decided_at"])
        if attempt is not None and attempt.status == "in_progress":
            minutes = Decimal(attempt.campaign.duration_minutes) * rate
            end = attempt.started_at + timedelta(seconds=int(minutes * 60))
            attempt.time_multiplier = rate
            attempt.ends_at = min(end, attempt.campaign.deadline)
            attempt.save(update_fields=["time_multiplier", "ends_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0006_campaign_extra_time_granted_on_request"),
    ]

    operations = [
        migrations.RunPython(grant_pending_accommodations, migrations.RunPython.noop),
    ]
