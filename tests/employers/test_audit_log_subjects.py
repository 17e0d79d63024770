"""The employer's audit log says what each entry is about in words an employer understands (an
offer's title, a member's name, an invitation's address, a pseudonym and its offer, a version of
rules or grid), never « Offre n°12 », and never anything of a candidate but the pseudonym
(`accounts.audit_subjects`, each app naming its own models)."""

import html
import re

import pytest
from django.urls import reverse

from accounts.audit import log_action
from candidates.enums import ApplicationStage
from candidates.stages import move_application
from core.elision import de
from employers import team as team_services
from employers.enums import MemberRole
from employers.onboarding import employer_team
from interviews.sessions import create_interview
from tests.assessments.factories import (
    AttemptFactory,
    CampaignFactory,
    WrittenAnswerFactory,
    WrittenReviewFactory,
)
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.factories import GridVersionFactory
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db

TITLE = "Technicien·ne support"


@pytest.fixture
def admin():
    return EmployerMembershipFactory(
        admin=True, employer__name="Octant", user__display_name="Ada Admin"
    )


@pytest.fixture
def offer(admin):
    return OfferFactory(employer=admin.employer, published=True, title=TITLE)


def subjects(client, admin) -> list[str]:
    client.force_login(admin.user)
    page = client.get(reverse("employers:audit_log")).content.decode()
    cells = re.findall(r'<td data-label="Objet">(.*?)</td>', page, re.DOTALL)
    return [" ".join(html.unescape(cell).split()) for cell in cells]


def test_the_employer_and_its_offers_by_name(client, admin, offer):
    log_action(
        "employer.signed_up", actor=admin.user, employer=admin.employer, target=admin.employer
    )
    log_action("offer.created", actor=admin.user, employer=admin.employer, target=offer)
    assert subjects(client, admin) == [f"Offre « {TITLE} »", "Entreprise Octant"]


def test_members_by_name_even_once_they_left(client, admin):
    team = employer_team(admin.employer)
    member = EmployerMembershipFactory(
        employer=admin.employer, role=MemberRole.MEMBER, user__display_name="Basile Membre"
    )
    team_services.change_member_role(team, member, MemberRole.ADMIN, by=admin.user)
    team_services.remove_member(team, member, by=admin.user)
    assert subjects(client, admin) == ["Membre : Basile Membre", "Membre : Basile Membre"]


def test_an_accepted_invitation_names_who_joined_and_the_invitation_its_address(client, admin):
    team = employer_team(admin.employer)
    invitation = team_services.invite_colleague(
        team, "carla@example.org", MemberRole.MEMBER, by=admin.user
    )
    carla = EmployerMembershipFactory(user__email="carla@example.org").user
    carla.employer_memberships.all().delete()
    carla.display_name = "Carla Neuve"
    carla.save()
    team_services.accept_invitation(team, invitation, user=carla)
    assert subjects(client, admin) == [
        "Membre : Carla Neuve",
        "Invitation envoyée à carla@example.org",
    ]


def test_an_application_by_pseudonym_and_offer_never_by_the_person(client, admin, offer):
    application = ApplicationFactory(offer=offer)
    move_application(application, ApplicationStage.INTERVIEW, by=admin.user)
    (subject,) = subjects(client, admin)
    assert subject == f"Candidature {de(application.pseudonym)} à l'offre « {TITLE} »"
    page = client.get(reverse("employers:audit_log")).content.decode()
    assert "Aminata" not in page and "Traoré" not in page


def test_rules_grids_assessments_interviews_and_reviews_by_offer_and_version(client, admin, offer):
    policy = SelectionPolicyFactory(offer=offer)
    grid = GridVersionFactory(offer=offer)
    campaign = CampaignFactory(offer=offer)
    attempt = AttemptFactory(campaign=campaign, submitted=True)
    review = WrittenReviewFactory(answer=WrittenAnswerFactory(attempt=attempt))
    application = move_application(attempt.application, ApplicationStage.INTERVIEW, by=None)
    interview = create_interview(application, panel=[admin.user], lead=admin.user, by=admin.user)
    employer = admin.employer
    for action, target in [
        ("selection_policy.fixed", policy),
        ("interview_grid.version_created", grid),
        ("campaign.created", campaign),
        ("written.reviewed", review),
    ]:
        log_action(action, actor=admin.user, employer=employer, target=target)
    found = subjects(client, admin)
    de_pseudonym = de(application.pseudonym)
    assert set(found) >= {
        f"Règles de sélection de l'offre « {TITLE} », version 1",
        f"Grille d'entretien de l'offre « {TITLE} », version 1",
        f"Évaluation de l'offre « {TITLE} », version 1",
        f"Relecture d'une réponse écrite {de_pseudonym}, offre « {TITLE} »",
        f"Entretien {de_pseudonym}, offre « {TITLE} »",
    }, found
    assert interview.pk


def test_no_subject_is_a_bare_number(client, admin, offer):
    ApplicationFactory(offer=offer)
    log_action("offer.created", actor=admin.user, employer=admin.employer, target=offer)
    log_action("offer.results_exported", actor=admin.user, employer=admin.employer, target=offer)
    assert not [subject for subject in subjects(client, admin) if re.search(r"n°\s*\d", subject)]
