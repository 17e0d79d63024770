"""The recruiters' daily digest (`manage.py send_recruiter_digests`, each morning): the
applications that came in since their last digest and the written answers waiting for their
blind review, offer by offer.

To whom: every member who recruits for an employer (admin or member; not an interviewer, who
reaches only their interviews), as `employers.models.recruiting_member` says for every page.
What: pseudonyms, offers and counts only, as the pages show them before the reveal: no name,
address, adviser nor time of day. Once per recruiter and day (Paris): the digest is recorded
(`RecruiterDigest`) before it is sent, so running the command again that day sends nothing; a
day with nothing new sends nothing. An optional email (`EmailKind.RECRUITER_DIGEST`): switched
off, the day is recorded all the same, so switching it on again does not send a backlog.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.enums import EmailKind, Role
from accounts.models import User
from accounts.notifications import send_email
from assessments import scoring
from assessments.models import WrittenReview
from assessments.reviews import offer_answers
from candidates.enums import ApplicationStage
from candidates.models import Application
from core.i18n import in_both_languages, subject_in_both_languages
from core.site import absolute_url
from employers.models import Employer, EmployerMembership, Offer
from shortlists.models import RecruiterDigest

PARIS = ZoneInfo("Europe/Paris")
FIRST_DIGEST_LOOKBACK = timedelta(days=1)
logger = logging.getLogger(__name__)


@dataclass
class OfferNews:
    offer: Offer
    pseudonyms: list[str] = field(default_factory=list)
    application_ids: list[int] = field(default_factory=list)
    reviews_waiting: int = 0


@dataclass
class DigestRun:
    sent: list[int] = field(default_factory=list)  # user ids
    recorded: int = 0
    failures: int = 0


def recruiters():
    """Active recruiters' accounts that recruit for at least one employer."""
    memberships = EmployerMembership.objects.recruiting().values("user_id")
    return User.objects.filter(pk__in=memberships, is_active=True, role=Role.RECRUITER)


def news_for(user, *, since: datetime, until: datetime) -> list[OfferNews]:
    """What waits for `user` on the offers of the employers they recruit for."""
    employers = Employer.objects.recruited_for_by(user)
    offers = {
        offer.pk: OfferNews(offer)
        for offer in Offer.objects.filter(employer__in=employers)
        .select_related("employer")
        .order_by("title", "pk")
    }
    arrived = (
        Application.objects.filter(offer_id__in=offers, created_at__gt=since, created_at__lte=until)
        .exclude(stage=ApplicationStage.WITHDRAWN)
        .order_by("pseudonym", "pk")
        .values_list("offer_id", "pk", "pseudonym")
    )
    for offer_id, application_id, pseudonym in arrived:
        offers[offer_id].pseudonyms.append(pseudonym)
        offers[offer_id].application_ids.append(application_id)
    for news in offers.values():
        reviewed = WrittenReview.objects.filter(reviewer=user).values("answer_id")
        news.reviews_waiting = (
            offer_answers(news.offer)
            .exclude(pk__in=reviewed)
            .annotate(review_count=Count("reviews"))
            .filter(review_count__lt=scoring.MIN_REVIEWS)
            .count()
        )
    return [news for news in offers.values() if news.pseudonyms or news.reviews_waiting]


def _body(news: list[OfferNews]) -> str:
    parts = [_("Bonjour,"), _("Voici ce qui vous attend sur Vivier aujourd'hui.")]
    for item in news:
        lines = [
            _("Offre « %(offer)s » : %(link)s")
            % {
                "offer": item.offer.title,
                "link": absolute_url(reverse("employers:offer_detail", args=[item.offer.pk])),
            }
        ]
        if item.pseudonyms:
            lines.append(
                ngettext(
                    "- %(count)d nouvelle candidature :",
                    "- %(count)d nouvelles candidatures :",
                    len(item.pseudonyms),
                )
                % {"count": len(item.pseudonyms)}
            )
            lines += [
                f"    {pseudonym} : "
                + absolute_url(reverse("applications:detail", args=[application_id]))
                for pseudonym, application_id in zip(
                    item.pseudonyms, item.application_ids, strict=True
                )
            ]
        if item.reviews_waiting:
            lines.append(
                ngettext(
                    "- %(count)d réponse écrite attend votre relecture : %(link)s",
                    "- %(count)d réponses écrites attendent votre relecture : %(link)s",
                    item.reviews_waiting,
                )
                % {
                    "count": item.reviews_waiting,
                    "link": absolute_url(reverse("assessments:review_home", args=[item.offer.pk])),
                }
            )
        parts.append("\n".join(lines))
    parts += [
        _("Les personnes candidates restent anonymes : vous ne voyez que leur pseudonyme."),
        _("L'équipe Vivier"),
    ]
    return "\n\n".join(parts)


def _subject(count: int) -> str:
    if not count:
        return _("[Vivier] Votre résumé du jour : des réponses attendent votre relecture")
    return ngettext(
        "[Vivier] Votre résumé du jour : %(count)d nouvelle candidature",
        "[Vivier] Votre résumé du jour : %(count)d nouvelles candidatures",
        count,
    ) % {"count": count}


def send_digest(user, *, now: datetime) -> bool:
    """Record today's digest of `user` and send it if there is news; False when today's was
    already recorded, there is no news, or the user switched digests off."""
    day = now.astimezone(PARIS).date()
    last = RecruiterDigest.objects.filter(user=user).order_by("-sent_at").first()
    since = last.sent_at if last is not None else now - FIRST_DIGEST_LOOKBACK
    news = news_for(user, since=since, until=now)
    count = sum(len(item.pseudonyms) for item in news)
    try:
        # Sent inside the transaction: if the mail server refuses, the day is not recorded and
        # the next run tries again.
        with transaction.atomic():
            RecruiterDigest.objects.create(
                user=user,
                day=day,
                sent_at=now,
                applications=count,
                reviews=sum(item.reviews_waiting for item in news),
            )
            if not news:
                return False
            return send_email(
                user,
                kind=EmailKind.RECRUITER_DIGEST,
                subject=subject_in_both_languages(lambda: _subject(count)),
                body=in_both_languages(lambda: _body(news)),
            )
    except IntegrityError:
        return False  # already done today


def send_recruiter_digests(*, now: datetime | None = None) -> DigestRun:
    """Every recruiter's digest of the day; safe to run as often as one likes."""
    now = now or timezone.now()
    run = DigestRun()
    done = RecruiterDigest.objects.filter(day=now.astimezone(PARIS).date()).values("user_id")
    for user in recruiters().exclude(pk__in=done).order_by("pk"):
        run.recorded += 1
        try:
            sent = send_digest(user, now=now)
        except (smtplib.SMTPException, OSError):
            logger.exception("Recruiter digest of user %s not sent", user.pk)
            run.failures += 1
            continue
        if sent:
            run.sent.append(user.pk)
    return run
