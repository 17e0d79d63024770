"""What advisers keep about an application, for the candidate's data export (registered with
`candidates.data_export` in `AdvisersConfig.ready`): the invitation it came through, who sent
it, what the adviser noted, and the candidate's answer about being followed."""

from advisers.models import ApplicationOnBehalf, Referral


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


def on_behalf(application) -> dict | None:
    """An application an adviser made for the person: their consent as recorded."""
    found = (
        ApplicationOnBehalf.objects.filter(referral__application=application)
        .select_related("referral__invitation__organisation", "consent_recorded_by")
        .first()
    )
    if found is None:
        return None
    recorded_by = found.consent_recorded_by
    return {
        "organisation": found.referral.invitation.organisation.name,
        "consent_given": found.consent_method,
        "consent_given_on": found.consent_given_on.isoformat(),
        "consent_recorded_by": recorded_by.display_name if recorded_by else None,
        "consent_recorded_at": found.consent_recorded_at.isoformat(),
        "note_for_employer_as_read": found.note_for_employer,
        "you_were_told_at": found.person_told_at.isoformat() if found.person_told_at else None,
    }
