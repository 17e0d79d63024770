"""Fairness workflows: the self-declaration and its withdrawal, the figures of an offer, an
organisation or the platform, and the follow-up of hires at 6 and 12 months."""

import datetime
import hmac
from collections import Counter

from django.core.signing import BadSignature, SignatureExpired, TimestampSigner
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.enums import EmailKind
from candidates.enums import FUNNEL, ApplicationStage
from candidates.models import Application
from candidates.stages import notify_candidate
from core import site
from core.i18n import in_both_languages, subject_in_both_languages
from fairness import stats
from fairness.enums import (
    ATTRIBUTE_CHOICES,
    Attribute,
    FollowUpAnswer,
    Milestone,
    Residence,
    TerritorySource,
)
from fairness.models import CONSENT_VERSION, RetentionFollowUp, SelfDeclaration

# attribute -> its groups, in display order ("" = not declared, never a group).
ATTRIBUTES = {
    attribute.value: [choice.value for choice in choices]
    for attribute, choices in ATTRIBUTE_CHOICES.items()
}
FOLLOW_UP_LINK_DAYS = 30
FOLLOW_UP_SALT = "fairness.retention-followup"


# Self-declaration ---------------------------------------------------------------------------


def declaration_of(candidate) -> SelfDeclaration | None:
    return SelfDeclaration.objects.filter(candidate=candidate).first()


TERRITORY_FIELDS = ("insee_code", "qpv_code", "territory_source")


@transaction.atomic
def save_declaration(candidate, values: dict, *, user) -> SelfDeclaration | None:
    """Store what the candidate chose to declare, with their consent now. Declaring nothing at
    all is a withdrawal. When the candidate gave where they live (`save_territory`), the QPV
    and rural answers come from there and are kept."""
    current = declaration_of(candidate)
    located = current is not None and bool(current.territory_source)
    kept = (*known_residence(current), *TERRITORY_FIELDS) if located else ()
    values = {
        attribute: values.get(attribute) or "" for attribute in ATTRIBUTES if attribute not in kept
    }
    if not any(values.values()) and not located:
        withdraw_declaration(candidate, user=user)
        return None
    declaration, _created = SelfDeclaration.objects.update_or_create(
        candidate=candidate,
        defaults={
            **values,
            "consented_at": timezone.now(),
            "consent_version": CONSENT_VERSION,
        },
    )
    # The audit entry proves consent; it holds no declared value.
    log_action("fairness.declaration_saved", actor=user, data={"consent": CONSENT_VERSION})
    return declaration


def known_residence(declaration) -> frozenset[str]:
    """The QPV and rural questions that « where I live » answered (yes or no, verified or
    declared); one left unknown may still be declared by the person."""
    if declaration is None or not declaration.territory_source:
        return frozenset()
    return frozenset(field for field in ("qpv", "zrr") if getattr(declaration, field))


def _residence(answer: bool | None, verified: bool) -> str:
    if answer is None:
        return ""
    if verified:
        return Residence.YES_VERIFIED if answer else Residence.NO_VERIFIED
    return Residence.YES if answer else Residence.NO


@transaction.atomic
def save_territory(
    candidate, *, insee_code: str, qpv_code: str | None, in_qpv: bool | None, rural, source, user
) -> SelfDeclaration:
    """Keep where the candidate lives, reduced to the commune, the QPV (code, or none) and
    whether the commune is rural, with their consent now; never the address. `in_qpv` None:
    not known (no perimeters, or « I don't know »). Found from an address (`source` ADDRESS),
    the answers count as verified in the figures; from a commune picked, as declared."""
    verified = source == TerritorySource.ADDRESS
    declaration, _created = SelfDeclaration.objects.update_or_create(
        candidate=candidate,
        defaults={
            "insee_code": insee_code,
            "qpv_code": qpv_code or "",
            "territory_source": source,
            "qpv": _residence(in_qpv, verified),
            "zrr": _residence(rural, verified),
            "consented_at": timezone.now(),
            "consent_version": CONSENT_VERSION,
        },
    )
    log_action(
        "fairness.territory_saved", actor=user, data={"consent": CONSENT_VERSION, "how": source}
    )
    return declaration


@transaction.atomic
def withdraw_territory(candidate, *, user) -> bool:
    """Forget where the candidate lives (and the QPV and rural answers); the rest of their
    declaration stays. Nothing else declared: the row goes."""
    declaration = declaration_of(candidate)
    if declaration is None or not declaration.territory_source:
        return False
    for field in ("qpv", "zrr", *TERRITORY_FIELDS):
        setattr(declaration, field, "")
    if any(getattr(declaration, attribute) for attribute in ATTRIBUTES):
        declaration.save()
    else:
        declaration.delete()
    log_action("fairness.territory_withdrawn", actor=user)
    return True


@transaction.atomic
def withdraw_declaration(candidate, *, user) -> bool:
    """Withdraw consent: the attributes are deleted, not flagged, so they leave every figure."""
    deleted, _detail = SelfDeclaration.objects.filter(candidate=candidate).delete()
    if deleted:
        log_action("fairness.declaration_withdrawn", actor=user)
    return bool(deleted)


def export_declaration(candidate) -> dict:
    """The candidate's own declaration, for their data export (GDPR right of access)."""
    declaration = declaration_of(candidate)
    if declaration is None:
        return {}
    return {
        **{attribute: getattr(declaration, attribute) for attribute in ATTRIBUTES},
        # Where the candidate lives, as kept: the commune's INSEE code, the QPV's code ("" for
        # none or unknown), and whether it came from their address or a commune they picked.
        **{field: getattr(declaration, field) for field in TERRITORY_FIELDS},
        "consented_at": declaration.consented_at.isoformat(),
        "consent_version": declaration.consent_version,
    }


# Funnel figures ------------------------------------------------------------------------------


def export_followups(application) -> list[dict]:
    """The 6- and 12-month questions after a hire, and the answers, for the data export."""
    return [
        {
            "milestone_months": followup.milestone,
            "sent_at": followup.sent_at.isoformat(),
            "answer": followup.answer,
            "answered_at": followup.answered_at.isoformat() if followup.answered_at else None,
        }
        for followup in RetentionFollowUp.objects.filter(application=application).order_by(
            "milestone"
        )
    ]


def funnel_records(applications) -> list[stats.Record]:
    """Counts of applications per (furthest stage, stage, declared groups): one grouped query,
    whatever the number of applications."""
    lookups = {attribute: f"candidate__self_declaration__{attribute}" for attribute in ATTRIBUTES}
    rows = (
        applications.order_by()
        .values("furthest_stage", "stage", *lookups.values())
        .annotate(count=Count("id"))
    )
    return [
        stats.Record(
            furthest=row["furthest_stage"],
            current=row["stage"],
            groups={attribute: row[lookup] or "" for attribute, lookup in lookups.items()},
            count=row["count"],
        )
        for row in rows
    ]


def funnel_report(
    applications, *, records: list[stats.Record] | None = None
) -> list[stats.StageTable]:
    """The funnel per stage and group; `records`: `funnel_records(applications)` when the
    caller already read them (a page that shows the territory shares too)."""
    tables = stats.funnel_report(
        funnel_records(applications) if records is None else records,
        ATTRIBUTES,
        [str(stage) for stage in FUNNEL],
        stopped=ApplicationStage.REJECTED,
        withdrawn=ApplicationStage.WITHDRAWN,
    )
    stage_labels = dict(ApplicationStage.choices)
    for table in tables:
        table.label = str(stage_labels[table.stage])
        table.next_label = str(stage_labels[table.next_stage])
        _label(table.attributes)
    return tables


TERRITORY_SHARES = {
    # attribute -> (groups counted, label)
    "qpv": ((Residence.YES, Residence.YES_VERIFIED), Attribute.QPV.label),
    "zrr": ((Residence.YES, Residence.YES_VERIFIED), Attribute.ZRR.label),
}


def territory_shares(
    applications, *, threshold: int = stats.THRESHOLD, records: list[stats.Record] | None = None
) -> list[dict]:
    """Per funnel stage, the share of the candidates who reached it that live in a QPV, and in
    a rural commune, verified and declared together (how many were verified is shown beside).
    A share is withheld when fewer than `threshold` people are in the group or outside it:
    either count would single someone out. `records`: as for `funnel_report`."""
    if records is None:
        records = funnel_records(applications)
    funnel = [str(stage) for stage in FUNNEL]
    stage_labels = dict(ApplicationStage.choices)
    rows = []
    for index, stage in enumerate(funnel):
        reached = [r for r in records if r.furthest in funnel and funnel.index(r.furthest) >= index]
        total = sum(r.count for r in reached)
        row: dict = {"stage": stage, "label": str(stage_labels[stage]), "total": total}
        for attribute, (groups, _attribute_label) in TERRITORY_SHARES.items():
            inside = sum(r.count for r in reached if r.groups[attribute] in groups)
            verified = sum(
                r.count for r in reached if r.groups[attribute] == Residence.YES_VERIFIED
            )
            shown = inside >= threshold and total - inside >= threshold
            row[attribute] = {
                "count": inside if shown else None,
                "share": 100 * inside / total if shown and total else None,
                "verified": verified if shown else None,
            }
        rows.append(row)
    return rows


def _label(attribute_tables: list[stats.AttributeTable]) -> None:
    for attribute_table in attribute_tables:
        attribute = Attribute(attribute_table.attribute)
        attribute_table.label = str(attribute.label)
        choices = dict(ATTRIBUTE_CHOICES[attribute].choices)
        for figure in attribute_table.groups:
            figure.label = str(choices[figure.group])


def diversity_report(applications):
    """The normalised Shannon index per attribute over the distinct candidates who applied and
    those hired, and its mean over the attributes."""

    def counts(candidate_ids) -> dict[str, Counter[str]]:
        rows = SelfDeclaration.objects.filter(candidate_id__in=candidate_ids).values_list(
            *ATTRIBUTES
        )
        tallies: dict[str, Counter[str]] = {attribute: Counter() for attribute in ATTRIBUTES}
        for row in rows:
            for attribute, value in zip(ATTRIBUTES, row, strict=True):
                if value:
                    tallies[attribute][value] += 1
        return tallies

    applicants = applications.values("candidate_id")
    hires = applications.filter(furthest_stage=ApplicationStage.HIRED).values("candidate_id")
    figures, applicants_mean, hires_mean = stats.diversity_index(
        counts(applicants), counts(hires), ATTRIBUTES
    )
    for figure in figures:
        figure.label = str(Attribute(figure.attribute).label)
    return {"figures": figures, "applicants": applicants_mean, "hires": hires_mean}


def retention_report(
    applications, *, threshold: int = stats.THRESHOLD
) -> list[stats.RetentionFigure]:
    """Retention of hires at 6 and 12 months, among those who answered. A milestone answered by
    fewer than `threshold` people shows no figure: with so few, a rate is someone's answer."""
    totals = RetentionFollowUp.objects.filter(application__in=applications).aggregate(
        **{f"asked_{m}": Count("id", filter=Q(milestone=m)) for m in Milestone.values},
        **{
            f"answered_{m}": Count("id", filter=Q(milestone=m) & ~Q(answer=""))
            for m in Milestone.values
        },
        **{
            f"still_{m}": Count("id", filter=Q(milestone=m, answer=FollowUpAnswer.STILL_EMPLOYED))
            for m in Milestone.values
        },
    )
    figures = []
    for milestone in Milestone:
        figure = stats.retention_figure(
            milestone.value,
            totals[f"asked_{milestone.value}"],
            totals[f"answered_{milestone.value}"],
            totals[f"still_{milestone.value}"],
            threshold,
        )
        figure.label = str(milestone.label)
        figures.append(figure)
    return figures


def retention_by_group(applications) -> list[dict]:
    """Per milestone, retention compared between declared groups (``stats.retention_by_group``):
    one grouped query, whatever the number of hires."""
    lookups = {
        attribute: f"application__candidate__self_declaration__{attribute}"
        for attribute in ATTRIBUTES
    }
    rows = (
        RetentionFollowUp.objects.answered()
        .filter(application__in=applications)
        .order_by()
        .values("milestone", "answer", *lookups.values())
        .annotate(count=Count("id"))
    )
    by_milestone: dict[int, list[stats.RetentionRecord]] = {
        milestone.value: [] for milestone in Milestone
    }
    for row in rows:
        by_milestone[row["milestone"]].append(
            stats.RetentionRecord(
                groups={attribute: row[lookup] or "" for attribute, lookup in lookups.items()},
                still_employed=row["answer"] == FollowUpAnswer.STILL_EMPLOYED,
                count=row["count"],
            )
        )
    milestones = []
    for milestone in Milestone:
        tables = stats.retention_by_group(by_milestone[milestone.value], ATTRIBUTES)
        _label(tables)
        milestones.append(
            {"milestone": milestone.value, "label": milestone.label, "tables": tables}
        )
    return milestones


# Follow-up of hires -------------------------------------------------------------------------


class FollowUpLinkError(Exception):
    INVALID = "invalid"
    EXPIRED = "expired"
    USED = "used"

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def add_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same day `months` later, or the month's last day (31 January + 1 = 28/29 February)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


def due_milestone(hired_at: datetime.datetime, now: datetime.datetime) -> int | None:
    """The milestone to ask about now: the latest one passed (someone hired 13 months ago is
    asked about 12 months only, not twice)."""
    for milestone in sorted(Milestone.values, reverse=True):
        if add_months(hired_at, milestone) <= now:
            return milestone
    return None


def _signer() -> TimestampSigner:
    return TimestampSigner(salt=FOLLOW_UP_SALT)


def followup_token(followup: RetentionFollowUp) -> str:
    return _signer().sign(f"{followup.pk}:{followup.nonce}")


def followup_url(followup: RetentionFollowUp, answer: str) -> str:
    query = urlencode({"jeton": followup_token(followup), "reponse": answer})
    return site.absolute_url(f"{reverse('fairness:followup_answer')}?{query}")


def followup_from_token(token: str, *, for_update: bool = False) -> RetentionFollowUp:
    """The follow-up a link points to, or FollowUpLinkError (invalid, used or expired)."""
    signer = _signer()
    try:
        value = signer.unsign(token or "")
        pk, nonce = value.split(":", 1)
        queryset = RetentionFollowUp.objects.all()
        if for_update:
            queryset = queryset.select_for_update()
        followup = queryset.get(pk=int(pk))
    except (BadSignature, ValueError, RetentionFollowUp.DoesNotExist):
        raise FollowUpLinkError(FollowUpLinkError.INVALID) from None
    if followup.answer or not hmac.compare_digest(nonce, followup.nonce):
        raise FollowUpLinkError(FollowUpLinkError.USED)
    try:
        signer.unsign(token, max_age=datetime.timedelta(days=FOLLOW_UP_LINK_DAYS))
    except SignatureExpired:
        raise FollowUpLinkError(FollowUpLinkError.EXPIRED) from None
    return followup


@transaction.atomic
def record_answer(token: str, answer: str) -> RetentionFollowUp:
    if answer not in FollowUpAnswer.values:
        raise FollowUpLinkError(FollowUpLinkError.INVALID)
    followup = followup_from_token(token, for_update=True)
    followup.answer = answer
    followup.answered_at = timezone.now()
    followup.nonce = ""  # the link is spent
    followup.save(update_fields=["answer", "answered_at", "nonce"])
    return followup


def _send_followup(followup: RetentionFollowUp) -> bool:
    """Ask the question (an optional email: the person may have switched it off); False when
    nothing was sent."""
    application = followup.application
    context = {
        "offer": application.offer.title,
        "employer": application.offer.employer.name,
        "months": followup.milestone,
        "still": followup_url(followup, FollowUpAnswer.STILL_EMPLOYED),
        "left": followup_url(followup, FollowUpAnswer.LEFT),
        "days": FOLLOW_UP_LINK_DAYS,
    }

    def body() -> str:
        text = _(
            "Bonjour,\n\nIl y a %(months)s mois, vous avez été recruté·e par %(employer)s pour "
            "le poste « %(offer)s ». Êtes-vous toujours en poste ? Un clic suffit pour répondre "
            "(puis une confirmation) :\n\n"
            "Je suis toujours en poste : %(still)s\n\n"
            "Je ne suis plus en poste : %(left)s\n\n"
            "Votre réponse n'est jamais transmise seule à l'employeur : il voit seulement le "
            "taux de maintien dans l'emploi de ses recrutements, et seulement à partir de 10 "
            "réponses. Ces liens fonctionnent une seule fois et pendant %(days)s jours."
        )
        return text % context

    return notify_candidate(
        application,
        kind=EmailKind.RETENTION_FOLLOWUP,
        subject=subject_in_both_languages(
            lambda: _("Êtes-vous toujours en poste ?"), prefix="[Vivier] "
        ),
        message=in_both_languages(body),
    )


def send_retention_followups(*, now: datetime.datetime | None = None) -> int:
    """Ask every hired person whose 6- or 12-month milestone has passed, once per milestone.
    Idempotent: a follow-up row exists for each question sent; a failed email rolls it back,
    so the next run tries again."""
    now = now or timezone.now()
    earliest = add_months(now, -min(Milestone.values))
    hired = (
        Application.objects.filter(stage=ApplicationStage.HIRED, stage_changed_at__lte=earliest)
        .select_related("offer__employer")
        .prefetch_related("retention_followups")
    )
    sent = 0
    for application in hired:
        milestone = due_milestone(application.stage_changed_at, now)
        asked = {followup.milestone for followup in application.retention_followups.all()}
        if milestone is None or milestone in asked:
            continue
        try:
            with transaction.atomic():
                followup = RetentionFollowUp.objects.create(
                    application=application, milestone=milestone, sent_at=now
                )
                if not _send_followup(followup):
                    # Not sent (the account is gone, or the person switched these questions
                    # off): no row, since the retention figures count who was asked.
                    transaction.set_rollback(True)
                    continue
        except IntegrityError:
            continue  # another run sent it meanwhile
        sent += 1
    return sent
