from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.audit import log_action
from accounts.enums import Role
from core.i18n import current_language
from employers.enums import FindingSeverity, OfferStatus, OfferTransition
from employers.legal_exceptions import justification_errors, justification_record
from employers.models import (
    EmployerMembership,
    Offer,
    OfferTransitionError,
    is_employer_admin,
)
from employers.sanitize import sanitize_html
from employers.signals import offer_closed
from employers.wording import (
    Finding,
    OfferFields,
    categories,
    check_offer,
    html_to_text,
    offer_text,
)
from employers.wording.offer import offer_parts


@transaction.atomic
def set_member_role(employer, user, role, *, by) -> EmployerMembership:
    """Add `user` to `employer` with `role`, or change their role. Audited."""
    membership, created = EmployerMembership.objects.get_or_create(
        employer=employer, user=user, defaults={"role": role}
    )
    previous = None if created else membership.role
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    if created or previous != role:
        if user.role != Role.RECRUITER:
            user.role = Role.RECRUITER
            user.save(update_fields=["role"])
        log_action(
            "membership.role_changed",
            actor=by,
            employer=employer,
            target=membership,
            data={"user_id": user.pk, "from": previous, "to": role},
        )
    return membership


# Offers ---------------------------------------------------------------------------------------


class PublicationGateError(Exception):
    """The offer may not be published (or its published wording changed) as it stands."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("; ".join(str(error) for error in self.errors))


def offer_fields(offer: Offer) -> OfferFields:
    """What the wording engine reads of an offer (saved or not): the visible description text."""
    return OfferFields(
        title=offer.title or "",
        description=html_to_text(sanitize_html(offer.description)),
        contract_type=offer.contract_type or None,
        contract_end_date=offer.contract_end_date,
        working_time=offer.working_time or None,
        weekly_hours=float(offer.weekly_hours) if offer.weekly_hours is not None else None,
        salary_min=offer.salary_min,
        salary_max=offer.salary_max,
        experience_level=offer.experience_level or None,
        skills=tuple(offer.skills or ()),
    )


@dataclass(frozen=True)
class ReviewedFinding:
    """A finding with the field it sits in and its offsets inside that field's text."""

    number: int
    finding: Finding
    field: str | None  # "title", "description" or None for an offer-level finding
    start: int
    end: int

    @property
    def category_label(self) -> str:
        meta = categories().get(self.finding.category, {})
        return meta.get(f"label_{current_language()}") or self.finding.category

    @property
    def severity_label(self) -> str:
        return str(FindingSeverity(self.finding.severity).label)

    @property
    def is_illegal(self) -> bool:
        return self.finding.severity == FindingSeverity.ILLEGAL

    @property
    def can_rewrite(self) -> bool:
        # an empty suggestion takes the words out (a condition said inside a sentence)
        return bool(
            self.field in ("title", "description")
            and self.finding.suggestion is not None
            and self.finding.quote
        )


@dataclass(frozen=True)
class Segment:
    text: str
    finding: ReviewedFinding | None = None


def highlighted_segments(findings, name: str, text: str) -> list[Segment]:
    """`text` (the field `name`) cut into plain and highlighted segments, one per finding of
    that field, in order."""
    segments, position = [], 0
    for item in sorted(findings, key=lambda f: (f.start, -f.end)):
        if item.field != name or item.start == item.end or item.start < position:
            continue  # offer-level, empty or overlapping an earlier highlight
        if item.start > position:
            segments.append(Segment(text[position : item.start]))
        segments.append(Segment(text[item.start : item.end], item))
        position = item.end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


@dataclass(frozen=True)
class WordingReview:
    """The findings of `check_offer` on an offer, ready to be listed and highlighted."""

    title: str
    description: str
    findings: list[ReviewedFinding] = field(default_factory=list)

    @property
    def illegal(self) -> list[ReviewedFinding]:
        return [f for f in self.findings if f.is_illegal]

    @property
    def others(self) -> list[ReviewedFinding]:
        return [f for f in self.findings if not f.is_illegal]

    def _segments(self, name: str, text: str) -> list[Segment]:
        return highlighted_segments(self.findings, name, text)

    @property
    def title_segments(self) -> list[Segment]:
        return self._segments("title", self.title)

    @property
    def description_segments(self) -> list[Segment]:
        return self._segments("description", self.description)


def review_wording(fields: OfferFields) -> WordingReview:
    """Run `check_offer` and place each finding in the title, the description or the skills."""
    findings = check_offer(fields, locale=current_language())
    # check_offer's offsets index offer_text(): its parts separated by a blank line.
    spans, position = [], 0
    for name, text in offer_parts(fields):
        spans.append((name, position, position + len(text)))
        position += len(text) + 2
    reviewed = []
    for number, finding in enumerate(findings, start=1):
        where, start, end = None, 0, 0
        for name, part_start, part_end in spans:
            if (
                finding.start < finding.end
                and part_start <= finding.start
                and finding.end <= part_end
            ):
                where, start, end = name, finding.start - part_start, finding.end - part_start
        reviewed.append(ReviewedFinding(number, finding, where, start, end))
    return WordingReview(fields.title, fields.description, reviewed)


def _key(finding: Finding) -> tuple[str, str]:
    return finding.category, finding.quote.casefold()


def _snapshot_keys(offer: Offer) -> set[tuple[str, str]]:
    return {(item["category"], item.get("quote", "").casefold()) for item in offer.wording_findings}


def _category_labels() -> dict[str, str]:
    language = current_language()
    return {cid: meta.get(f"label_{language}") or cid for cid, meta in categories().items()}


def gate_errors(
    findings,
    *,
    justification="",
    exception="",
    acknowledged=False,
    known=frozenset(),
    offer_text="",
) -> list:
    """Why the gate refuses: new illegal findings need an exception the law provides for their
    category and a justification of substance (`legal_exceptions`), other new findings an
    acknowledgement. `known` holds the findings already reviewed (a published offer's);
    `offer_text` is the offer as checked, which the justification may not merely copy."""
    new = [f for f in findings if _key(f) not in known]
    errors = justification_errors(
        [f.category for f in new if f.severity == FindingSeverity.ILLEGAL],
        exception=exception,
        reason=justification,
        offer_text=offer_text,
        labels=_category_labels(),
    )
    if any(f.severity != FindingSeverity.ILLEGAL for f in new) and not acknowledged:
        errors.append(_("Confirmez avoir pris connaissance des autres constats."))
    return errors


def _record_review(offer, findings, *, by, justification, exception, now, known=frozenset()):
    offer.wording_findings = [f.to_dict() for f in findings]
    offer.illegal_wording_at_publication = any(
        f.severity == FindingSeverity.ILLEGAL for f in findings
    )
    offer.wording_reviewed_by = by
    offer.wording_reviewed_at = now
    new_illegal = sorted(
        {
            f.category
            for f in findings
            if f.severity == FindingSeverity.ILLEGAL and _key(f) not in known
        }
    )
    if new_illegal and justification.strip():
        dated = f"[{now:%Y-%m-%d}] {justification_record(exception, justification)}"
        offer.wording_justification = "\n\n".join(
            part for part in (offer.wording_justification, dated) if part
        )
        log_action(
            "offer.illegal_wording_justified",
            actor=by,
            employer=offer.employer,
            target=offer,
            data={
                "categories": new_illegal,
                "exception": exception,
                "justification": justification.strip(),
            },
        )


def completeness_errors(offer: Offer) -> list[str]:
    """What keeps the offer from being valid (a row written outside the editor may lack it)."""
    try:
        offer.full_clean()
    except ValidationError as error:
        return error.messages
    return []


def _require_admin(offer, user):
    if not is_employer_admin(user, offer.employer):
        raise PermissionDenied


@transaction.atomic
def create_offer(offer: Offer, *, by) -> Offer:
    """Save a new draft offer for its employer, of which `by` must be a member."""
    if not EmployerMembership.objects.filter(employer=offer.employer, user=by).exists():
        raise PermissionDenied
    offer.status = OfferStatus.DRAFT
    offer.created_by = by
    offer.save()
    log_action("offer.created", actor=by, employer=offer.employer, target=offer)
    return offer


@transaction.atomic
def update_offer(offer: Offer, *, by, justification="", exception="", acknowledged=False) -> Offer:
    """Save changes. A published offer goes through the gate again for its new findings."""
    if not offer.is_editable:
        raise OfferTransitionError(offer, "edit")
    data = {}
    if offer.status == OfferStatus.PUBLISHED:
        fields = offer_fields(offer)
        findings = check_offer(fields, locale=current_language())
        if (justification.strip() or exception) and not is_employer_admin(by, offer.employer):
            raise PermissionDenied
        known = _snapshot_keys(offer)
        errors = gate_errors(
            findings,
            justification=justification,
            exception=exception,
            acknowledged=acknowledged,
            known=known,
            offer_text=offer_text(fields),
        )
        if errors:
            raise PublicationGateError(errors)
        _record_review(
            offer,
            findings,
            by=by,
            justification=justification,
            exception=exception,
            now=timezone.now(),
            known=known,
        )
        data["categories"] = sorted({f.category for f in findings})
    offer.save()
    log_action("offer.updated", actor=by, employer=offer.employer, target=offer, data=data)
    return offer


@transaction.atomic
def publish_offer(offer: Offer, *, by, justification="", exception="", acknowledged=False) -> Offer:
    """draft -> published, through the wording gate. Admins of the employer only."""
    _require_admin(offer, by)
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    if not offer.can(OfferTransition.PUBLISH):
        raise OfferTransitionError(offer, OfferTransition.PUBLISH)
    if problems := completeness_errors(offer):
        raise PublicationGateError([_("Complétez l'offre avant de la publier :"), *problems])
    if offer.employer.is_pending:
        raise PublicationGateError(
            [
                _(
                    "Votre entreprise attend la confirmation de l'équipe Vivier : vous pourrez "
                    "publier dès qu'elle sera confirmée."
                )
            ]
        )
    fields = offer_fields(offer)
    findings = check_offer(fields, locale=current_language())
    errors = gate_errors(
        findings,
        justification=justification,
        exception=exception,
        acknowledged=acknowledged,
        offer_text=offer_text(fields),
    )
    if errors:
        raise PublicationGateError(errors)
    offer.apply_transition(OfferTransition.PUBLISH)
    _record_review(
        offer,
        findings,
        by=by,
        justification=justification,
        exception=exception,
        now=offer.published_at,
    )
    offer.save()
    log_action(
        "offer.published",
        actor=by,
        employer=offer.employer,
        target=offer,
        data={"categories": sorted({f.category for f in findings})},
    )
    return offer


@transaction.atomic
def close_offer(offer: Offer, *, by) -> Offer:
    """published -> closed. Admins of the employer only. The apps above hear of it through
    `employers.signals.offer_closed` (shortlists tells the candidates still waiting)."""
    _require_admin(offer, by)
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    offer.apply_transition(OfferTransition.CLOSE)
    offer.save()
    log_action("offer.closed", actor=by, employer=offer.employer, target=offer)
    offer_closed.send(sender=Offer, offer=offer, by=by)
    return offer
