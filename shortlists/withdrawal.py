"""What a candidate's withdrawal ends in the apps below shortlists, which candidates does not
know: received from `candidates.signals.application_moved` (connected in `ShortlistsConfig`),
inside the withdrawal's transaction, so that it all happens or nothing does.

- the sitting in progress is handed in with the answers already saved
  (`assessments.campaigns.submit_attempt`);
- interview dates proposed or chosen are cancelled, the panel told and a calendar entry already
  sent cancelled (`interviews.scheduling.cancel_meeting`, the candidate's own cancellation).
"""

from django.utils.translation import gettext as _

from assessments.campaigns import AttemptClosed, submit_attempt
from assessments.models import Attempt
from candidates.enums import ApplicationStage
from interviews.enums import MeetingStatus
from interviews.scheduling import cancel_meeting, interview_of_candidate, meeting_of


def end_what_was_under_way(application, to, by=None, **kwargs) -> None:
    """Receiver: `application` was withdrawn by its candidate `by`."""
    if to != ApplicationStage.WITHDRAWN or by is None or not by.is_candidate:
        return
    attempt = Attempt.objects.filter(application=application).first()
    if attempt is not None and attempt.is_open:
        try:
            submit_attempt(attempt, user=by)
        except AttemptClosed:  # the time was over: handed in automatically instead
            pass
    interview = interview_of_candidate(by, application.pk)
    meeting = meeting_of(interview) if interview is not None else None
    if meeting is not None and meeting.status != MeetingStatus.CANCELLED:
        cancel_meeting(interview, _("La personne a retiré sa candidature."), by=by, withdrawal=True)
