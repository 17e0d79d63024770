"""What advisers keep about an application, for the candidate's data export (registered with
`candidates.data_export` in `AdvisersConfig.ready`): the invitation it came through, who sent
it, what the adviser noted, and the candidate's answer about being followed."""

from advisers.models import Referral


def referral(application) -> dict | None:
    found = (
        Referral.objects.filter(application=application)
        .select_related("invitation__organisation", "invitation__adviser")
        .first()
    )
    if found is None:
        return None
    invitation = found.invitation
    return {
        "organisation": invitation.organisation.name,
        "adviser": invitation.adviser.display_name,
        "invited_at": invitation.created_at.isoformat(),
        "invitation_emailed_at": (
            invitation.email_sent_at.isoformat() if invitation.email_sent_at else None
        ),
        "adviser_note": invitation.note,
        "applied_at": found.created_at.isoformat(),
        "adviser_may_follow_the_stage": found.consent,
        "answer_given_at": found.consent_changed_at.isoformat(),
    }
