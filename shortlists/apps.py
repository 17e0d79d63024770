from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ShortlistsConfig(AppConfig):
    name = "shortlists"
    verbose_name = _("Présélection et décisions")

    def ready(self):
        from candidates.data_export import register_application_section
        from candidates.signals import application_moved
        from employers.signals import offer_closed
        from shortlists import audit_subjects, data_export
        from shortlists.offer_closed import tell_candidates_still_waiting
        from shortlists.withdrawal import end_what_was_under_way

        application_moved.connect(tell_when_identity_becomes_visible, dispatch_uid="reveal-notice")
        application_moved.connect(end_what_was_under_way, dispatch_uid="withdrawal")
        offer_closed.connect(tell_candidates_still_waiting, dispatch_uid="offer-closed-mails")
        audit_subjects.register()
        register_application_section("decisions", data_export.decisions)
        register_application_section("identity_reveals", data_export.identity_reveals)
        register_application_section("stage_history", data_export.stage_history)
        register_application_section("no_answer_reminders", data_export.no_answer_reminders)
        register_application_section("messages", data_export.messages)
        post_save.connect(
            forget_candidates_own_messages, sender="candidates.Candidate", dispatch_uid="threads"
        )
        connect_stored_scores()


def connect_stored_scores():
    """Store an application's scores again whenever something they are computed from is saved
    (`shortlists.stored_scores`)."""
    from shortlists import stored_scores as s

    for receiver, sender in [
        (s.application_created, "candidates.Application"),
        (s.submission_saved, "assessments.Submission"),
        (s.attempt_saved, "assessments.Attempt"),
        (s.answer_saved, "assessments.SjtAnswer"),
        (s.answer_saved, "assessments.WrittenAnswer"),
        (s.review_saved, "assessments.WrittenReview"),
        (s.interview_saved, "interviews.Interview"),
    ]:
        post_save.connect(receiver, sender=sender, dispatch_uid=f"stored-scores-{sender}")


def forget_candidates_own_messages(instance, **kwargs):
    """Receiver: once a candidate deleted their account, their messages keep only the redacted
    text the employer read (their own words may name them)."""
    from django.db.models import F

    from shortlists.models import Message

    if instance.deleted_at is not None:
        Message.objects.filter(application__candidate=instance, from_candidate=True).update(
            text=F("text_for_employer")
        )


def tell_when_identity_becomes_visible(application, previous, to, candidate_told=False, **kwargs):
    """Receiver: an application moved into the offer's reveal stages; tell the candidate, once
    the move is committed, that the employer may now see who they are (unless the mover tells
    them in its own email: a decision does)."""
    from django.db import transaction

    from candidates.stages import notify_identity_shared
    from shortlists.reveal import becomes_visible

    if not candidate_told and becomes_visible(application.offer_id, previous, to):
        transaction.on_commit(lambda: notify_identity_shared(application))
