"""Revealing a candidate's identity to the employer: the one service that does it.

It checks the stage (the offer's reveal stage, a setting of its selection policy: the interview
invitation by default) and the person (need to know: the employer's admins, the recruiter in
charge of the offer, who created it, and the lead and panel of an interview of this
application), and writes an `identity.revealed` audit entry every time. Everyone else gets
`RevealNotAllowed`, which views turn into a 404: they cannot even tell the application exists.
"""

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.audit import log_action
from candidates.enums import RevealStage, reveal_stages
from candidates.identity import RevealedIdentity, identity_erased, read_identity
from candidates.models import Application
from employers.models import EmployerMembership
from interviews.models import Interview
from shortlists.models import SelectionPolicy


class RevealNotAllowed(Exception):
    """The application has not reached the reveal stage, or this person has no need to know."""


class IdentityErased(RevealNotAllowed):
    """The candidate deleted their account: there is no identity left to reveal."""


class NotInCharge(RevealNotAllowed):
    """A member of the employer who is neither an admin, nor in charge of the offer, nor on an
    interview panel of this application."""


def reveal_stage_of(offer_id: int) -> str:
    """The stage from which the offer's employer may see identities."""
    return SelectionPolicy.objects.reveal_stage_for(offer_id)


def becomes_visible(offer_id: int, previous: str, to: str) -> bool:
    """Whether a move from stage `previous` to `to` lets the offer's employer see the
    candidate's identity for the first time."""
    revealing = reveal_stages(reveal_stage_of(offer_id))
    return to in revealing and previous not in revealing


def hidden_until_message(offer_id: int) -> str:
    """From when the offer's employer may see identities, as a sentence: the setting's label
    (« À l'invitation en entretien ») stands alone in a list or a form, and reads wrongly after
    a colon within a sentence (« …cette étape : À l'invitation en entretien »)."""
    return {
        RevealStage.INTERVIEW: lambda: _(
            "L'identité n'est visible qu'à partir de l'invitation en entretien."
        ),
        RevealStage.SHORTLISTED: lambda: _(
            "L'identité n'est visible qu'à partir de la présélection."
        ),
        RevealStage.HIRED: lambda: _("L'identité n'est visible qu'une fois la personne recrutée."),
    }[RevealStage(reveal_stage_of(offer_id))]()


def stage_allows_reveal(application: Application) -> bool:
    return application.stage in reveal_stages(reveal_stage_of(application.offer_id))


def may_reveal(user, application: Application) -> bool:
    """Whether `user` has a need to know who is behind `application` (stage aside)."""
    offer = application.offer
    if offer.created_by_id == user.pk:
        return EmployerMembership.objects.filter(user=user, employer_id=offer.employer_id).exists()
    if (
        EmployerMembership.objects.admins()
        .filter(user=user, employer_id=offer.employer_id)
        .exists()
    ):
        return True
    return Interview.objects.filter(
        Q(lead=user) | Q(panel__user=user), application_id=application.pk
    ).exists()


def why_hidden(application: Application, user) -> str:
    """Why the application's page shows `user` no reveal button, in their words: the stage is
    not reached (and which one), or they are not among those who need the identity."""
    if not stage_allows_reveal(application):
        return hidden_until_message(application.offer_id)
    if not may_reveal(user, application):
        return NOT_IN_CHARGE_MESSAGE()
    return ""


def NOT_IN_CHARGE_MESSAGE() -> str:  # noqa: N802 (a message, translated when asked for)
    return _(
        "Seules les personnes qui ont besoin de l'identité la voient : les administrateur·rices "
        "de l'entreprise, la personne qui a créé l'offre et le jury d'un entretien de cette "
        "candidature. Vous n'en faites pas partie pour cette candidature."
    )


def can_reveal(application: Application, user) -> bool:
    """What the application's page offers `user`: a reveal button or not."""
    return (
        stage_allows_reveal(application)
        and may_reveal(user, application)
        and not identity_erased(application)
    )


@transaction.atomic
def reveal_identity(application: Application, *, by) -> RevealedIdentity:
    """Identity of `application` for `by`, audited every time."""
    if not may_reveal(by, application):
        raise NotInCharge("Only the offer's recruiter in charge, admins and panel may reveal.")
    application.refresh_from_db(fields=["stage"])  # the stage as it is now, not as it was loaded
    from_stage = reveal_stage_of(application.offer_id)
    if application.stage not in reveal_stages(from_stage):
        raise RevealNotAllowed(
            f"Identity of this offer's candidates is revealed from {from_stage} on, "
            f"not at {application.stage}."
        )
    revealed = read_identity(application)
    if revealed is None:
        raise IdentityErased("The candidate deleted their account.")
    log_action(
        "identity.revealed",
        actor=by,
        employer=application.offer.employer,
        target=application,
        data={
            "pseudonym": application.pseudonym,
            "stage": application.stage,
            "reveal_stage": from_stage,
        },
    )
    return revealed
