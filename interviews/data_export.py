"""What interviews keep about an application, for the candidate's data export (registered
with `candidates.data_export` in `InterviewsConfig.ready`).

The candidate gets each level and the evidence noted about them, by interviewer, but the
interviewers appear as "1", "2"…: the panel scored independently, and the notes are about
the candidate, not a way to reach a particular person. Scores appear once the panel has
revealed them (before, not even the panel sees each other's)."""

from interviews.models import ConsensusRating, Interview, Meeting, Score


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def interviews(application) -> list[dict]:
    exported = []
    for interview in (
        Interview.objects.filter(application=application)
        .select_related("grid_version")
        .prefetch_related("grid_version__competencies", "panel")
        .order_by("created_at")
    ):
        data = {
            "stage": interview.stage,
            "grid": interview.grid_version.title,
            "grid_version": interview.grid_version.number,
            "status": interview.status,
            "planned_at": _iso(interview.created_at),
            "scores_revealed_at": _iso(interview.revealed_at),
            "panel_size": len(interview.panel.all()),
            "competencies": [
                {"key": c.key, "name": c.name, "weight": str(c.weight)}
                for c in interview.grid_version.competencies.all()
            ],
        }
        if interview.scores_visible:
            number = {member.pk: index for index, member in enumerate(interview.panel.all(), 1)}
            data["scores"] = [
                {
                    "interviewer": number[score.panel_member_id],
                    "competency": score.competency.key,
                    "level": score.level,
                    "evidence": score.evidence,
                }
                for score in Score.objects.filter(panel_member__interview=interview)
                .select_related("competency")
                .order_by("panel_member_id", "competency_id")
            ]
            data["consensus"] = [
                {
                    "competency": rating.competency.key,
                    "level": rating.level,
                    "justification": rating.justification,
                }
                for rating in ConsensusRating.objects.filter(interview=interview).select_related(
                    "competency"
                )
            ]
            data["consensus_score"] = (
                str(interview.consensus_score_shown)
                if interview.consensus_score is not None
                else None
            )
        meeting = Meeting.objects.filter(interview=interview).first()
        if meeting is not None:
            data["meeting"] = {
                "status": meeting.status,
                "place": meeting.place,
                "video_url": meeting.video_url,
                "last_reason": meeting.reason,
                "slots": [
                    {
                        "starts_at": _iso(slot.starts_at),
                        "ends_at": _iso(slot.ends_at),
                        "chosen": slot.pk == meeting.chosen_slot_id,
                        "withdrawn": slot.withdrawn,
                    }
                    for slot in meeting.slots.order_by("starts_at", "id")
                ],
            }
        exported.append(data)
    return exported
