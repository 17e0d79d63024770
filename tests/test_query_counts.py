"""Every list view costs the same number of SQL queries whatever the number of rows: each page
is requested with a few rows, then with twice as many, and the counts must be equal. (A list view
whose cost grows with its rows is an N+1 query, which the load benchmark would show too late.)"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.audit import log_action
from assessments.models import Exercise, ExerciseValidation
from broadcasting.cache import bump_published_version
from candidates.enums import ApplicationStage
from candidates.services import apply_to_offer
from candidates.stages import move_application
from interviews.sessions import create_interview
from shortlists.policies import POLICY_FIELDS, lock_policy, save_policy, suggested_policy
from tests.advisers.factories import AdviserMembershipFactory
from tests.assessments.factories import CampaignFactory, ExerciseFactory, SubmissionFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.factories import GridVersionFactory

pytestmark = pytest.mark.django_db


def invite(application, *, by) -> None:
    """The decision to invite to interview, which an interview needs first."""
    move_application(application, ApplicationStage.INTERVIEW, by=by)


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


@pytest.fixture
def world():
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer, published=True, postcode="91000")
    policy = save_policy(
        offer,
        {name: getattr(suggested_policy(offer), name) for name in POLICY_FIELDS},
        by=membership.user,
    )
    lock_policy(policy, by=membership.user)  # the ranking shows its rows
    return {"recruiter": membership.user, "offer": offer, "exercise": ExerciseFactory()}


def add_rows(world, n: int) -> None:
    """n more published offers of the employer, and n more applications (with a graded
    submission) on the first offer."""
    offer = world["offer"]
    for _ in range(n):
        OfferFactory(employer=offer.employer, published=True, postcode="91000")
        application = apply_to_offer(CandidateFactory(), offer)
        SubmissionFactory(application=application, exercise=world["exercise"], graded=True)


def fresh_query_count(client, url: str) -> int:
    """The queries of a public page rendered anew, not taken from what broadcasting.cache
    kept."""
    bump_published_version()
    return query_count(client, url)


def counts_with_more_rows(client, world, url: str, count=query_count) -> tuple[int, int]:
    add_rows(world, 3)
    count(client, url)  # warm per-process caches (content types, sessions)
    few = count(client, url)
    add_rows(world, 3)
    return few, count(client, url)


RECRUITER_PAGES = [
    "/entreprise/",
    "/entreprise/offres/{offer}/",
    "/evaluations/offres/{offer}/soumissions/",
    "/entreprise/selection/offres/{offer}/",
    "/entreprise/selection/offres/{offer}/resultats.csv",
    "/entretiens/offres/{offer}/",
]
PUBLIC_PAGES = ["/offres/", "/api/v1/offers/", "/offres/flux.atom"]


def recruiter_query_count(client, url: str) -> int:
    """The queries of a recruiter's page rendered anew, its cached fragments forgotten."""
    cache.clear()
    return query_count(client, url)


@pytest.mark.parametrize("url", RECRUITER_PAGES)
def test_recruiter_lists_cost_the_same_with_more_rows(client, force_login, world, url):
    force_login(world["recruiter"])
    url = url.format(offer=world["offer"].pk)
    few, more = counts_with_more_rows(client, world, url, count=recruiter_query_count)
    assert few == more


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_lists_cost_the_same_with_more_rows(client, world, url):
    few, more = counts_with_more_rows(client, world, url, count=fresh_query_count)
    assert few == more


@pytest.mark.parametrize(("url", "queries"), [("/offres/", 2), ("/api/v1/offers/", 2)])
def test_public_lists_rendered_anew_cost_a_count_and_a_page(client, world, url, queries):
    add_rows(world, 3)
    assert fresh_query_count(client, url) == queries


@pytest.mark.parametrize("url", ["/offres/", "/api/v1/offers/", "/offres/{offer}/"])
def test_public_pages_already_rendered_cost_no_query(client, world, url):
    """Beyond reading the published offers version from the cache (a database query with the
    production cache, none with the tests' memory cache)."""
    url = url.format(offer=world["offer"].pk)
    client.get(url)
    assert query_count(client, url) == 0


def test_the_recruiters_applications_cost_five_queries_and_three_once_cached(
    client, force_login, world
):
    """Session, user (with their second factor and admin role), the offer with the member's role
    and its applications' version, the number of applications and a page of them; once the
    table is cached, the first three only, until an application changes."""
    force_login(world["recruiter"])
    url = f"/entreprise/offres/{world['offer'].pk}/"
    add_rows(world, 3)
    client.get(url)  # warm per-process caches (content types, sessions)
    assert recruiter_query_count(client, url) == 5
    assert query_count(client, url) == 3
    add_rows(world, 1)  # a new application moves the version on: the table is rendered anew
    assert query_count(client, url) == 5


def test_the_advisers_list_costs_the_same_with_more_rows(client, force_login, world):
    force_login(AdviserMembershipFactory().user)
    few, more = counts_with_more_rows(client, world, "/conseil/")
    assert few == more


def test_the_candidates_open_offers_cost_the_same_with_more_rows(client, force_login, world):
    candidate = CandidateFactory()
    force_login(candidate.user)
    few, more = counts_with_more_rows(client, world, "/candidat/offres/")
    assert few == more


def test_the_candidates_dashboard_costs_the_same_with_more_applications(client, force_login, world):
    """Each row links to its assessment and its interview only when they exist: answered in the
    list's query, not per row."""
    recruiter, employer = world["recruiter"], world["offer"].employer
    candidate = CandidateFactory()

    def apply_more(n: int) -> None:
        for _ in range(n):
            offer = OfferFactory(employer=employer, published=True, postcode="91000")
            CampaignFactory(offer=offer)
            GridVersionFactory(offer=offer)
            application = apply_to_offer(candidate, offer)
            invite(application, by=recruiter)
            create_interview(application, panel=[recruiter], lead=recruiter, by=recruiter)

    force_login(candidate.user)
    apply_more(2)
    query_count(client, "/candidat/")  # warm per-process caches (content types, sessions)
    few = query_count(client, "/candidat/")
    apply_more(3)
    page = client.get("/candidat/").content.decode()
    assert page.count("Mon entretien") == page.count("Mon évaluation") == 5
    assert query_count(client, "/candidat/") == few


def test_the_employers_exercises_cost_the_same_with_more_of_them(client, force_login, world):
    """Each row says where its check stands and which version is usable: answered in the
    list's query, not per row."""
    employer = world["offer"].employer

    def write_more(n: int) -> None:
        for _ in range(n):
            first = ExerciseFactory(own=True, employer=employer, is_current=False)
            ExerciseValidation.objects.create(exercise=first, status="passed")
            second = ExerciseFactory(
                own=True, employer=employer, slug=first.slug, version=2, validated_at=None
            )
            ExerciseValidation.objects.create(exercise=second)

    force_login(world["recruiter"])
    url = "/evaluations/exercices-entreprise/"
    write_more(2)
    query_count(client, url)  # warm per-process caches (content types, sessions)
    few = query_count(client, url)
    write_more(3)
    assert query_count(client, url) == few


def test_an_exercises_page_costs_the_same_with_more_versions_and_campaigns(
    client, force_login, world
):
    employer = world["offer"].employer
    first = ExerciseFactory(own=True, employer=employer)
    state = {"latest": first}

    def version_more(n: int) -> None:
        for _ in range(n):
            latest = state["latest"]
            CampaignFactory(offer__employer=employer, exercises=[latest])
            Exercise.objects.filter(pk=latest.pk).update(is_current=False)
            state["latest"] = ExerciseFactory(
                own=True, employer=employer, slug=first.slug, version=latest.version + 1
            )

    force_login(world["recruiter"])
    url = f"/evaluations/exercices-entreprise/{first.pk}/"
    version_more(2)
    query_count(client, url)
    few = query_count(client, url)
    version_more(3)
    assert query_count(client, url) == few


def test_the_audit_log_costs_the_same_with_more_entries(client, force_login, world):
    """Each entry names what it is about (an offer, an application, an interview, a grid…):
    one query per kind of object, not per row (accounts.audit_subjects)."""
    recruiter, employer = world["recruiter"], world["offer"].employer

    def act(n: int) -> None:
        for _ in range(n):
            offer = OfferFactory(employer=employer, published=True, postcode="91000")
            log_action("offer.updated", actor=recruiter, employer=employer, target=offer)
            CampaignFactory(offer=offer)
            GridVersionFactory(offer=offer)
            application = apply_to_offer(CandidateFactory(), offer)
            log_action(
                "application.message_sent", actor=recruiter, employer=employer, target=application
            )
            invite(application, by=recruiter)
            create_interview(application, panel=[recruiter], lead=recruiter, by=recruiter)

    force_login(recruiter)
    act(2)
    query_count(client, "/entreprise/journal/")  # warm per-process caches
    few = query_count(client, "/entreprise/journal/")
    act(3)
    assert query_count(client, "/entreprise/journal/") == few
