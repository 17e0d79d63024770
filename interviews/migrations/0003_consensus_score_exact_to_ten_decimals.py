from decimal import ROUND_HALF_UP, Decimal

from django.db import migrations, models


def recompute_recorded_consensus(apps, schema_editor):
    """Consensus scores recorded before were rounded to two decimals: work each out again from
    its agreed levels and the grid's weights (Σ weight × level / Σ weight), to ten decimals.
    The stored scores of the ranking follow with `manage.py refresh_stored_scores`."""
    Interview = apps.get_model("interviews", "Interview")
    ConsensusRating = apps.get_model("interviews", "ConsensusRating")
    sums: dict[int, list[Decimal]] = {}
    rows = ConsensusRating.objects.values_list("interview_id", "level", "competency__weight")
    for interview_id, level, weight in rows.iterator():
        totals = sums.setdefault(interview_id, [Decimal(0), Decimal(0)])
        totals[0] += Decimal(weight) * level
        totals[1] += Decimal(weight)
    for interview in Interview.objects.filter(pk__in=list(sums), consensus_score__isnull=False):
        total, weight = sums[interview.pk]
        interview.consensus_score = (total / weight).quantize(
            Decimal("1E-10"), rounding=ROUND_HALF_UP
        )
        interview.save(update_fields=["consensus_score"])


class Migration(migrations.Migration):
    dependencies = [
        ("interviews", "0002_interview_meetings_and_slots"),
    ]

    operations = [
        migrations.AlterField(
            model_name="interview",
            name="consensus_score",
            field=models.DecimalField(
                blank=True,
                decimal_places=10,
                max_digits=11,
                null=True,
                verbose_name="score de consensus pondéré",
            ),
        ),
        migrations.RunPython(recompute_recorded_consensus, migrations.RunPython.noop),
    ]
