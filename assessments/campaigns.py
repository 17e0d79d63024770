"""Workflows of assessment campaigns: composing and versioning them, accommodations, and the
candidate's single sitting (start, autosave, submit, automatic closing at the end).

The server owns the clock: an attempt ends at ``ends_at`` (start + duration × the granted time
multiplier, never after the deadline); anything saved later is refused with ``AttemptClosed``.
Every function here takes the acting user as ``user=`` and runs in one transaction.
"""

import dataclasses
import logging
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.audit import log_action
from assessments import closing_mails
from assessments.enums import AccommodationStatus, AttemptStatus, ExtraTime, SjtMode
from assessments.models import (
    Accommodation,
    Attempt,
    Campaign,
    Exercise,
    ReusedResult,
    SjtAnswer,
    WrittenAnswer,
)
from assessments.reuse import reuse_results
from candidates.enums import ApplicationStage
from candidates.models import Application
from candidates.stages import InvalidStageTransition, move_application

log = logging.getLogger(__name__)

MAX_WRITTEN_CHARS = 10_000
CLOSED_STAGES = frozenset({ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN})


class AssessmentError(Exception):
    """A refused step; ``str(exc)`` is a message for the person who tried."""


class AttemptClosed(AssessmentError):
    """The time is over (or the attempt was handed in): nothing more is accepted."""


class CampaignUnavailable(AssessmentError):
    """No campaign to take, or its deadline has passed."""


class AccommodationRefused(AssessmentError):
    """The request or the decision came too late or twice."""


# -- composing ----------------------------------------------------------------------------


@dataclass
class CampaignData:
    exercises: list
    scenarios: list
    questions: list
    weight_coding: int
    weight_sjt: int
    weight_written: int
    duration_minutes: int
    deadline: object  # aware datetime
    sjt_mode: str = SjtMode.BEST_WORST
    extra_time: str = ExtraTime.THIRD
    # {exercise slug: [language keys]}: the languages the employer allows per exercise.
    exercise_languages: dict = dataclasses.field(default_factory=dict)


def current_campaign(offer) -> Campaign | None:
    return Campaign.objects.current().filter(offer=offer).first()


def _fill(campaign: Campaign, data: CampaignData) -> None:
    for field in (
        "weight_coding",
        "weight_sjt",
        "weight_written",
        "sjt_mode",
        "duration_minutes",
        "deadline",
        "extra_time",
        "exercise_languages",
    ):
        setattr(campaign, field, getattr(data, field))
    campaign.save()
    campaign.exercises.set(data.exercises)
    campaign.scenarios.set(data.scenarios)
    campaign.questions.set(data.questions)


class ExerciseNotUsable(AssessmentError):
    """An employer's exercise that is another organisation's, or not validated."""


def _check_exercises(offer, exercises) -> None:
    """The library's exercises, and the offer's employer's own once validated (a campaign never
    holds an exercise whose reference solution has not passed its tests)."""
    for exercise in exercises:
        if exercise.employer_id is None:
            continue
        if exercise.employer_id != offer.employer_id or exercise.validated_at is None:
            raise ExerciseNotUsable(
                _(
                    "L'exercice « %(title)s » ne peut pas être utilisé : seuls les exercices "
                    "de votre entreprise dont la solution de référence a réussi tous les tests "
                    "peuvent l'être."
                )
                % {"title": exercise.title}
            )


def save_campaign(offer, data: CampaignData, *, user) -> Campaign:
    """Create the offer's campaign, edit it while nobody started it, or, once it is locked,
    make a new version for later candidates (the locked one stays as their peers took it).
    Raises ``ExerciseNotUsable`` for an employer's exercise the campaign may not hold."""
    _check_exercises(offer, data.exercises)
    with transaction.atomic():
        current = Campaign.objects.select_for_update().current().filter(offer=offer).first()
        if current is not None and not current.is_locked:
            _fill(current, data)
            campaign = current
        else:
            version = 1
            if current is not None:
                version = current.version + 1
                Campaign.objects.filter(pk=current.pk).update(is_current=False)
            campaign = Campaign(offer=offer, version=version, created_by=user)
            _fill(campaign, data)
        audit = {
            "actor": user,
            "employer": offer.employer,
            "target": campaign,
            "data": {"offer": offer.pk, "version": campaign.version},
        }
        if campaign is current:
            log_action("campaign.updated", **audit)
        elif campaign.version == 1:
            log_action("campaign.created", **audit)
        else:
            log_action("campaign.versioned", **audit)
    return campaign


def not_handed_in(offer) -> int:
    """How many applicants to ``offer`` have not handed in its assessment (not started, or
    sitting it): the applications still at « Candidature envoyée » without a finished sitting.
    One number for both, which the employer's list of stages already tells: split, it would
    move when a candidate starts, and tell when a lone candidate started."""
    return (
        Application.objects.filter(offer=offer, stage=ApplicationStage.APPLIED)
        .exclude(pk__in=Attempt.objects.finished().values("application_id"))
        .count()
    )


def close_campaign(offer, *, user) -> int | None:
    """The employer closes the assessment of ``offer``: no new start, sittings in progress are
    handed in as they are, and candidates may now see their results. Returns how many
    sittings were closed, or None when no assessment was open (already closed: nothing is
    done nor logged again).

    Once committed, the candidates are told (``assessments.closing_mails``): those who had not
    started an assessment closed before its deadline, that it can no longer be taken; those
    whose results the closing made visible, that they are available."""
    now = timezone.now()
    with transaction.atomic():
        campaigns = Campaign.objects.select_for_update().filter(offer=offer, closed_at=None)
        ids = list(campaigns.values_list("pk", flat=True))
        if not ids and Campaign.objects.filter(offer=offer).exists():
            return None
        # Results already shown (deadline passed) are not announced again.
        early = list(
            Campaign.objects.filter(pk__in=ids, deadline__gt=now).values_list("pk", flat=True)
        )
        Campaign.objects.filter(pk__in=ids).update(closed_at=now)
        attempts = Attempt.objects.select_for_update().in_progress().filter(campaign__offer=offer)
        closed = 0
        for attempt in attempts:
            _finish(attempt, AttemptStatus.EXPIRED, user=user)
            closed += 1
        never_started = []
        if Campaign.objects.current().filter(pk__in=early).exists():
            never_started = list(
                Application.objects.filter(offer=offer)
                .exclude(stage__in=CLOSED_STAGES)
                .exclude(pk__in=Attempt.objects.values("application_id"))
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        with_results = list(
            Attempt.objects.finished()
            .filter(campaign_id__in=early)
            .exclude(application__stage=ApplicationStage.WITHDRAWN)
            .order_by("application_id")
            .values_list("application_id", flat=True)
        )
        transaction.on_commit(
            partial(closing_mails.send_closing_mails, offer.pk, never_started, with_results)
        )
        log_action(
            "campaign.closed",
            actor=user,
            employer=offer.employer,
            target=offer,
            data={"campaigns": ids, "attempts_closed": closed},
        )
    return closed


# -- accommodations -----------------------------------------------------------------------
#
# The employer sets, per campaign, the extra time granted to whoever asks (``extra_time``); a
# request is granted as it is made. Nobody on the employer's side decides, so nobody learns
# who asked: they see how many requests were granted once the assessment is closed, and their
# audit log holds no accommodation (nor the sitting's times, which would tell who had more).


def request_accommodation(application, *, user) -> Accommodation:
    """The candidate asks for the campaign's extra time before starting: granted at once."""
    with transaction.atomic():
        if Attempt.objects.filter(application=application).exists():
            raise AccommodationRefused(_("Demandez l'aménagement avant de commencer l'évaluation."))
        campaign = current_campaign(application.offer)
        if campaign is None or not campaign.offers_extra_time:
            raise AccommodationRefused(
                _("Cette évaluation ne prévoit pas de temps supplémentaire.")
            )
        accommodation = (
            Accommodation.objects.select_for_update().filter(application=application).first()
        )
        if accommodation is not None and accommodation.status == AccommodationStatus.APPROVED:
            return accommodation
        now = timezone.now()
        accommodation = accommodation or Accommodation(application=application)
        accommodation.status = AccommodationStatus.APPROVED
        accommodation.multiplier = campaign.extra_time_multiplier
        accommodation.requested_at = accommodation.decided_at = now
        accommodation.save()
        log_action(
            "accommodation.granted",
            actor=user,
            target=accommodation,
            data={"offer": application.offer_id, "multiplier": str(accommodation.multiplier)},
        )
    return accommodation


def granted_accommodations(offer) -> int | None:
    """How many extra-time requests of ``offer`` were granted: None until its assessment is
    closed, so that the count's changes cannot be matched with the candidates' moves."""
    campaign = current_campaign(offer)
    if campaign is None or not campaign.is_closed():
        return None
    return Accommodation.objects.filter(
        application__offer=offer, status=AccommodationStatus.APPROVED
    ).count()


# -- the sitting --------------------------------------------------------------------------


def _finish(attempt: Attempt, status: AttemptStatus, *, user) -> Attempt:
    attempt.transition(status)
    attempt.save(update_fields=["status", "finished_at"])
    application = attempt.application
    # Not in the employer's log (see start_attempt); each code written out for the leak test.
    data = {"offer": application.offer_id, "campaign_version": attempt.campaign.version}
    if status == AttemptStatus.SUBMITTED:
        log_action("attempt.submitted", actor=user, target=attempt, data=data)
    else:
        log_action("attempt.expired", actor=user, target=attempt, data=data)
    if application.stage == ApplicationStage.APPLIED:
        try:
            move_application(
                application, ApplicationStage.ASSESSED, by=user, timed_by_candidate=True
            )
        except InvalidStageTransition:  # moved meanwhile: the stage is not ours to force
            log.info("Application %s left applied before its attempt closed", application.pk)
    return attempt


def _locked_attempt(attempt_id: int) -> Attempt:
    return (
        Attempt.objects.select_for_update()
        .select_related("campaign", "application__offer__employer")
        .get(pk=attempt_id)
    )


def _is_over(attempt: Attempt, now) -> bool:
    return now >= attempt.ends_at or attempt.campaign.closed_at is not None


def close_if_expired(attempt: Attempt, *, now=None) -> Attempt:
    """Hand in an attempt whose time is over (called whenever an attempt is read)."""
    now = now or timezone.now()
    if not attempt.is_open or not _is_over(attempt, now):
        return attempt
    with transaction.atomic():
        attempt = _locked_attempt(attempt.pk)
        if attempt.is_open and _is_over(attempt, now):
            _finish(attempt, AttemptStatus.EXPIRED, user=None)
    return attempt


def close_expired_attempts(*, now=None) -> list[int]:
    """Hand in every attempt whose time is over; for cron or the worker. Returns their ids."""
    now = now or timezone.now()
    closed = []
    for attempt_id in Attempt.objects.expired(now).values_list("pk", flat=True):
        attempt = close_if_expired(Attempt.objects.get(pk=attempt_id), now=now)
        if not attempt.is_open:
            closed.append(attempt_id)
    return closed


def time_multiplier(accommodation: Accommodation | None, campaign: Campaign) -> Decimal:
    """The multiplier of a sitting's duration: what was granted, or the campaign's rate if it
    was raised since; 1 without extra time. The sitting's clock and the page that announces
    the duration both read it."""
    if accommodation is None or accommodation.status != AccommodationStatus.APPROVED:
        return Decimal(1)
    return max(accommodation.granted_multiplier, campaign.extra_time_multiplier)


def start_attempt(application, *, user, reuse=(), consent=False, now=None) -> Attempt:
    """Begin the single sitting, or return the one already begun (a reload is not a restart).

    ``reuse``: the results taken for other offers the candidate chose to count here instead of
    taking those items again (``assessments.reuse``), which needs their ``consent``; refused
    with ``reuse.ReuseRefused``, in which case nothing starts."""
    with transaction.atomic():
        existing = Attempt.objects.filter(application=application).first()
        if existing is not None:
            return close_if_expired(existing)
        campaign = (
            Campaign.objects.select_for_update().current().filter(offer=application.offer).first()
        )
        now = now or timezone.now()
        if campaign is None:
            raise CampaignUnavailable(_("Aucune évaluation n'est prévue pour cette offre."))
        if application.stage in CLOSED_STAGES:
            raise CampaignUnavailable(_("Cette candidature est close."))
        if campaign.closed_early:
            raise CampaignUnavailable(
                _(
                    "L'employeur a clôturé cette évaluation le %(date)s : elle ne peut plus "
                    "être passée."
                )
                % {"date": date_format(timezone.localtime(campaign.closed_at), "j F Y")}
            )
        if campaign.is_closed(now):
            raise CampaignUnavailable(_("La date limite de cette évaluation est passée."))
        accommodation = Accommodation.objects.filter(application=application).first()
        multiplier = time_multiplier(accommodation, campaign)
        attempt = Attempt(
            application=application, campaign=campaign, started_at=now, time_multiplier=multiplier
        )
        attempt.ends_at = attempt.compute_ends_at()
        attempt.save()
        # Not in the employer's log: with the end, the start tells who had extra time.
        log_action(
            "attempt.started",
            actor=user,
            target=attempt,
            data={"offer": application.offer_id, "campaign_version": campaign.version},
        )
        reuse_results(attempt, reuse, consent=consent, user=user, now=now)
    return attempt


def save_answers(
    attempt: Attempt,
    *,
    sjt: dict[int, tuple[str, str]],
    written: dict[int, str],
    user,
    ranks: dict[int, dict[str, int]] | None = None,
    now=None,
) -> Attempt:
    """Store the answers given (scenario id → (most, least), question id → text, and in
    ranking mode scenario id → {response id: rank}, as the candidate left it) before anything
    else. Refused with ``AttemptClosed`` once the time is over; the answers saved before then
    are kept and handed in."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked_attempt(attempt.pk)
        if attempt.is_open and _is_over(attempt, now):
            _finish(attempt, AttemptStatus.EXPIRED, user=None)
        if not attempt.is_open:
            raise AttemptClosed(_late_message(attempt))
        # A reused result is not answered again (the page shows no field for it).
        reused = set(
            ReusedResult.objects.filter(application_id=attempt.application_id).values_list(
                "scenario_id", flat=True
            )
        )
        sjt = {pk: picks for pk, picks in sjt.items() if pk not in reused}
        ranks = {pk: given for pk, given in (ranks or {}).items() if pk not in reused}
        for scenario_id, (most, least) in sjt.items():
            SjtAnswer.objects.update_or_create(
                attempt=attempt, scenario_id=scenario_id, defaults={"most": most, "least": least}
            )
        for scenario_id, given in ranks.items():
            if given:
                SjtAnswer.objects.update_or_create(
                    attempt=attempt, scenario_id=scenario_id, defaults={"ranks": given}
                )
            else:  # every rank taken back: nothing is kept, nothing is created
                SjtAnswer.objects.filter(attempt=attempt, scenario_id=scenario_id).update(ranks={})
        for question_id, text in written.items():
            WrittenAnswer.objects.update_or_create(
                attempt=attempt, question_id=question_id, defaults={"text": text}
            )
    return attempt


def _late_message(attempt: Attempt) -> str:
    if attempt.status == AttemptStatus.SUBMITTED:
        return _("Vous avez déjà remis cette évaluation : la réponse n'a pas été enregistrée.")
    return _(
        "Le temps de l'évaluation est écoulé : cette réponse n'a pas été enregistrée. "
        "Les réponses enregistrées avant la fin ont été remises."
    )


def submit_attempt(attempt: Attempt, *, user) -> Attempt:
    """The candidate hands in early. Late (time over) is an ``AttemptClosed``."""
    now = timezone.now()
    with transaction.atomic():
        attempt = _locked_attempt(attempt.pk)
        if attempt.is_open and _is_over(attempt, now):
            _finish(attempt, AttemptStatus.EXPIRED, user=None)
        if not attempt.is_open:
            raise AttemptClosed(_late_message(attempt))
        _finish(attempt, AttemptStatus.SUBMITTED, user=user)
    return attempt


def allowed_languages(application, exercise) -> list[str]:
    """The languages the candidate may use for ``exercise``: those the employer allowed in the
    campaign the candidate sits (or would sit), else every language the exercise offers."""
    attempt = Attempt.objects.filter(application=application).select_related("campaign").first()
    campaign = attempt.campaign if attempt is not None else current_campaign(application.offer)
    if campaign is not None:
        return campaign.allowed_languages(exercise)
    return exercise.offered_languages


def _sitting(application) -> tuple[Attempt | None, Campaign | None]:
    """The application's attempt, if any, and the campaign that assesses it: the one it sat,
    else the offer's current one."""
    attempt = Attempt.objects.filter(application=application).select_related("campaign").first()
    return attempt, attempt.campaign if attempt else current_campaign(application.offer)


def exercises_open_to(application):
    """The exercises that count for `application`: its campaign's, in the versions the campaign
    holds (a campaign keeps the versions it was composed with: every candidate of one sitting
    takes the same tests), or the library's current ones for an offer without a campaign."""
    _attempt, campaign = _sitting(application)
    if campaign is None:
        return Exercise.objects.library().current()
    return campaign.exercises.all()


def exercise_for(application, slug: str, exercises=None) -> Exercise | None:
    """The version of the exercise ``slug`` that ``application`` takes (from ``exercises``, a
    queryset of ``Exercise`` deferring what the page does not need): the one its campaign
    holds, else the library's current one (an offer without campaign; or an exercise outside
    the campaign, which ``exercise_locked_message`` then refuses). An employer's exercise
    outside the application's campaign is None: only that campaign's candidates see it."""
    exercises = Exercise.objects.all() if exercises is None else exercises
    _attempt, campaign = _sitting(application)
    if campaign is not None:
        held = campaign.exercises.filter(slug=slug).values("pk")
        found = exercises.filter(pk__in=held).order_by("-version").first()
        if found is not None:
            return found
    return exercises.library().current().filter(slug=slug).first()


NOT_IN_CAMPAIGN = gettext_lazy(
    "Cet exercice ne fait pas partie de l'évaluation de cette offre : seuls ses exercices "
    "comptent pour votre candidature."
)


REUSED = gettext_lazy(
    "Vous avez choisi de réutiliser votre résultat à cet exercice pour cette offre : il compte "
    "comme s'il venait d'être passé, et l'exercice ne se repasse pas."
)


def exercise_locked_message(application, exercise_slug: str) -> str | None:
    """Why a coding exercise cannot take code now for this application, or None.

    An offer with a campaign is assessed on the campaign's exercises only (before, during and
    after the sitting); an offer without one leaves the library's exercises to the candidate's
    choice, as before campaigns existed.
    """
    attempt, campaign = _sitting(application)
    if campaign is None:
        return None
    if not campaign.exercises.filter(slug=exercise_slug).exists():
        return str(NOT_IN_CAMPAIGN)
    if attempt is None:
        return _("Commencez l'évaluation pour travailler sur cet exercice.")
    if ReusedResult.objects.filter(application=application, exercise__slug=exercise_slug).exists():
        return str(REUSED)
    attempt = close_if_expired(attempt)
    return None if attempt.is_open else _late_message(attempt)
