"""A confirmation page's button names the action it confirms (« Clôturer l'évaluation »,
« Quitter l'organisation », « Révoquer l'invitation »…), never a bare « Confirmer »: someone who
lists a page's buttons with a screen reader, or skims it, reads what pressing does.

Each page of `includes/confirm.html` passes its `action_label`; allauth's pages that Vivier
serves with a « Confirm » button are overridden with a named one."""

import html
import re
from pathlib import Path

import allauth
import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.conf import settings
from django.template.loader import get_template
from django.urls import reverse

from assessments import certificates
from candidates.enums import ApplicationStage
from candidates.stages import move_application
from employers import team as team_services
from employers.enums import MemberRole
from employers.onboarding import employer_team
from tests.accounts.factories import UserFactory
from tests.assessments.factories import CampaignFactory, ExerciseFactory
from tests.assessments.test_reuse import taken
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

ROOT = Path(__file__).resolve().parents[2]
GENERIC = {"Confirmer", "Confirm", "Valider", "OK"}
SUBMIT = re.compile(r"<button\b[^>]*\btype=\"submit\"[^>]*>(.*?)</button>", re.DOTALL)


def submit_labels(response) -> list[str]:
    page = response.content.decode()
    return [
        " ".join(html.unescape(re.sub(r"<[^>]+>", " ", label)).split())
        for label in SUBMIT.findall(page)
    ]


@pytest.fixture
def world(db):
    admin = EmployerMembershipFactory(admin=True)
    EmployerMembershipFactory(employer=admin.employer, admin=True)  # so that admin may leave
    member = EmployerMembershipFactory(
        employer=admin.employer, role=MemberRole.MEMBER, user__display_name="Basile Membre"
    )
    invitation = team_services.invite_colleague(
        employer_team(admin.employer), "carla@example.org", MemberRole.MEMBER, by=admin.user
    )
    offer = OfferFactory(employer=admin.employer, published=True, created_by=admin.user)
    CampaignFactory(offer=offer)
    application = move_application(
        ApplicationFactory(offer=offer), ApplicationStage.INTERVIEW, by=admin.user
    )
    candidate = CandidateFactory()
    exercise = ExerciseFactory()
    taken(candidate, exercise=exercise, score=0.8)
    certificate = certificates.create_certificate(
        candidate, [f"exercise-{exercise.pk}"], by=candidate.user
    )
    employer = admin.employer_id
    return {
        "admin": admin.user,
        "candidate": candidate.user,
        "pages": {
            "leave": (reverse("employers:team_leave", args=[employer]), "admin"),
            "hand_over": (
                reverse("employers:team_member_hand_over", args=[employer, member.pk]),
                "admin",
            ),
            "remove": (
                reverse("employers:team_member_remove", args=[employer, member.pk]),
                "admin",
            ),
            "revoke": (
                reverse("employers:team_invitation_revoke", args=[employer, invitation.pk]),
                "admin",
            ),
            "offer_close": (reverse("employers:offer_close", args=[offer.pk]), "admin"),
            "campaign_close": (reverse("assessments:campaign_close", args=[offer.pk]), "admin"),
            "reveal": (reverse("applications:reveal", args=[application.pk]), "admin"),
            "certificate_revoke": (
                reverse("assessments:certificate_revoke", args=[certificate.pk]),
                "candidate",
            ),
        },
        "pseudonym": application.pseudonym,
    }


EXPECTED = {
    "leave": "Quitter l'organisation",
    "hand_over": "Confier l'administration à Basile Membre",
    "remove": "Retirer Basile Membre de l'équipe",
    "revoke": "Révoquer l'invitation",
    "offer_close": "Clôturer l'offre",
    "campaign_close": "Clôturer l'évaluation",
    "reveal": "Voir l'identité",
    "certificate_revoke": "Révoquer le certificat",
}


@pytest.mark.parametrize("name", EXPECTED)
def test_each_confirmation_page_names_its_action_on_the_button(client, force_login, world, name):
    url, who = world["pages"][name]
    force_login(world[who])
    response = client.get(url)
    assert response.status_code == 200
    labels = submit_labels(response)
    assert not GENERIC & set(labels), labels
    assert any(label.startswith(EXPECTED[name]) for label in labels), labels


DESTRUCTIVE = {"leave", "remove", "revoke", "offer_close", "campaign_close", "certificate_revoke"}


@pytest.mark.parametrize("name", EXPECTED)
def test_a_confirmation_page_has_the_danger_style_when_it_destroys_or_ends_something(
    client, force_login, world, name
):
    """Revoking, removing, leaving and closing for good: `button-danger`
    (tests/core/test_danger_buttons.py); handing over and looking at an identity are not."""
    url, who = world["pages"][name]
    force_login(world[who])
    buttons = re.findall(r"<button\b[^>]*>", client.get(url).content.decode())
    assert any("button-danger" in button for button in buttons) is (name in DESTRUCTIVE)


def test_the_email_confirmation_page_names_its_action(client, db):
    user = UserFactory()
    address, _created = EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": False}
    )
    key = EmailConfirmationHMAC(address).key
    response = client.get(reverse("account_confirm_email", args=[key]))
    labels = submit_labels(response)
    assert "Confirmer mon adresse e-mail" in labels and not GENERIC & set(labels)
    # one sentence about one address (allauth's named it twice: « X est l'adresse de X »)
    assert response.content.decode().count(f">{user.email}</a>") == 1
    assert "est bien votre adresse e-mail" in response.content.decode()


def test_the_password_reauthentication_page_names_its_action(client, force_login, db):
    force_login(UserFactory())
    labels = submit_labels(client.get(reverse("account_reauthenticate")))
    assert "Vérifier mon mot de passe" in labels and not GENERIC & set(labels)


def test_the_code_reauthentication_page_names_its_action(client, force_login, db):
    force_login(UserFactory(recruiter=True, mfa=True))
    labels = submit_labels(client.get(reverse("mfa_reauthenticate")))
    assert "Vérifier le code" in labels and not GENERIC & set(labels)


# -- the whole class, from the sources ------------------------------------------------------


def vivier_templates():
    for folder in [ROOT / "templates", *ROOT.glob("*/templates")]:
        if ".venv" in folder.parts:
            continue
        yield from folder.rglob("*.html")


def test_every_page_of_the_shared_confirmation_names_its_action():
    including = [
        path
        for path in vivier_templates()
        if "includes/confirm.html" in path.read_text() and path.name != "confirm.html"
    ]
    assert len(including) >= 8
    for path in including:
        text = path.read_text()
        assert re.search(r"\bas action_label\b|\baction_label=", text), (
            f"{path.relative_to(ROOT)} includes the confirmation without an action_label"
        )


GENERIC_SOURCE = re.compile(
    r"<button\b[^>]*>\s*{%\s*(?:translate|trans)\s+[\"'](?:Confirmer|Confirm)[\"']\s*%}\s*</button>"
    r"|{%\s*element button[^%]*%}\s*{%\s*(?:translate|trans)\s+[\"'](?:Confirmer|Confirm)[\"']"
)


def test_no_template_of_vivier_has_a_bare_confirm_button():
    found = [
        str(path.relative_to(ROOT))
        for path in vivier_templates()
        if GENERIC_SOURCE.search(path.read_text())
    ]
    assert not found


# allauth's templates with a bare « Confirm » button, and why each is not served as it is.
ALLAUTH_NOT_SERVED = {
    # Codes instead of links or passwords: off in Vivier's settings (checked below).
    "account/base_confirm_code.html": "codes by email are off",
    # The OpenID provider: not installed.
    "idp/oidc/device_authorization_confirm_form.html": "allauth.idp is not installed",
}


def test_allauths_confirm_buttons_that_vivier_serves_are_overridden():
    package = Path(allauth.__file__).parent / "templates"
    with_confirm = sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*.html")
        if GENERIC_SOURCE.search(path.read_text())
    )
    assert with_confirm, "the pattern no longer finds allauth's buttons"
    for name in with_confirm:
        if name in ALLAUTH_NOT_SERVED:
            continue
        origin = Path(get_template(name).origin.name)
        assert ROOT / "templates" in origin.parents, f"{name} is served with a bare « Confirm »"
    assert not getattr(settings, "ACCOUNT_LOGIN_BY_CODE_ENABLED", False)
    assert not getattr(settings, "ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED", False)
    assert not getattr(settings, "ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED", False)
    assert "allauth.idp.oidc" not in settings.INSTALLED_APPS
