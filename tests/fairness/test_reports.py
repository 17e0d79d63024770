"""The figures pages: who may see what, suppression as shown, the method on the page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.accounts.factories import UserFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.fairness.factories import RetentionFollowUpFactory, SelfDeclarationFactory
from tests.fairness.population import first_stage

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, published=True)
    other = EmployerMembershipFactory()
    return {
        "recruiter": membership.user,
        "offer": offer,
        "employer": membership.employer,
        "other_recruiter": other.user,
        "staff": UserFactory(staff=True, mfa=True),
        "candidate": CandidateFactory().user,
        "adviser": UserFactory(adviser=True, mfa=True),
    }


def urls(world):
    return {
        "offer": reverse("fairness:offer_report", args=[world["offer"].pk]),
        "employer": reverse("fairness:employer_report", args=[world["employer"].pk]),
        "index": reverse("fairness:employer_index"),
        "platform": reverse("fairness:platform_report"),
        "declaration": reverse("fairness:declaration"),
    }


# url -> role -> expected status: members see their own (MFA on), others get 404 for another
# tenant's object and 403 for another role's page.
MATRIX = {
    "offer": {"recruiter": 200, "other_recruiter": 404, "candidate": 403, "adviser": 403},
    "employer": {"recruiter": 200, "other_recruiter": 404, "candidate": 403, "adviser": 403},
    "index": {"recruiter": 200, "candidate": 403, "staff": 403},
    "platform": {"staff": 200, "recruiter": 403, "candidate": 403, "adviser": 403},
    "declaration": {"candidate": 200, "recruiter": 403, "staff": 403, "adviser": 403},
}
CASES = [(url, role, status) for url, roles in MATRIX.items() for role, status in roles.items()]


@pytest.mark.parametrize(("url", "role", "status"), CASES)
def test_permission_matrix(client, force_login, world, url, role, status):
    force_login(world[role])
    assert client.get(urls(world)[url]).status_code == status


@pytest.mark.parametrize("url", list(MATRIX))
def test_anonymous_visitors_are_sent_to_log_in(client, world, url):
    response = client.get(urls(world)[url])
    assert response.status_code == 302
    assert reverse("account_login") in response.url


def test_a_recruiter_without_mfa_must_enrol_first(client, force_login, world):
    membership = EmployerMembershipFactory(
        employer=world["employer"], user=UserFactory(recruiter=True)
    )
    force_login(membership.user)
    response = client.get(urls(world)["offer"])
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


def test_the_offer_page_shows_rates_flags_and_the_method(client, force_login, world):
    first_stage(world["offer"], advanced=6, rejected=14, gender="woman")
    first_stage(world["offer"], advanced=12, rejected=8, gender="man")
    force_login(world["recruiter"])
    response = client.get(urls(world)["offer"])
    page = response.content.decode()
    assert response.status_code == 200
    assert "30,0 %" in page and "60,0 %" in page
    assert "0,50" in page  # the women's impact ratio
    assert "0,1110" in page  # Fisher's p-value
    assert "non significatif" in page
    assert 'id="methode"' in page and "quatre cinquièmes" in page


def test_a_group_of_nine_shows_nothing_on_the_page(client, force_login, world):
    first_stage(world["offer"], advanced=3, rejected=6, gender="woman")
    first_stage(world["offer"], advanced=20, rejected=20, gender="man")
    first_stage(world["offer"], advanced=5, rejected=6)
    force_login(world["recruiter"])
    response = client.get(urls(world)["offer"])
    stage = response.context["stages"][0]
    women = next(f for f in stage.attributes[0].groups if f.group == "woman")
    assert women.n is None and women.rate is None
    page = response.content.decode()
    row = page.split('data-group="gender-woman"')[1].split("</tr>")[0]
    assert "Non publié" in row
    assert "33,3" not in row and ">9<" not in row


def test_the_organisation_page_adds_diversity_and_retention(client, force_login, world):
    first_stage(world["offer"], advanced=10, rejected=10, rqth="yes")
    first_stage(world["offer"], advanced=10, rejected=10, rqth="no")
    RetentionFollowUpFactory.create_batch(8, application__offer=world["offer"], still=True)
    RetentionFollowUpFactory.create_batch(2, application__offer=world["offer"], left=True)
    force_login(world["recruiter"])
    response = client.get(urls(world)["employer"])
    page = response.content.decode()
    assert "Indice de diversité" in page and "Shannon" in page
    rqth = next(f for f in response.context["diversity"]["figures"] if f.attribute == "rqth")
    assert rqth.applicants == pytest.approx(1.0)
    six_months = response.context["retention"][0]
    assert (six_months.answered, six_months.still_employed) == (10, 8)
    assert "80 %" in page


def test_retention_answered_by_fewer_than_ten_shows_nothing(client, force_login, world):
    RetentionFollowUpFactory.create_batch(9, application__offer=world["offer"], still=True)
    force_login(world["recruiter"])
    response = client.get(urls(world)["employer"])
    assert response.context["retention"][0].withheld
    row = response.content.decode().split('data-milestone="6"')[1].split("</tr>")[0]
    assert "Non publié" in row and "100 %" not in row


def test_another_employers_applications_stay_out_of_the_figures(client, force_login, world):
    other_offer = OfferFactory(published=True)
    first_stage(other_offer, advanced=12, rejected=12, gender="woman")
    force_login(world["recruiter"])
    response = client.get(urls(world)["employer"])
    assert response.context["stages"][0].decided == 0


def test_staff_see_the_whole_platform(client, force_login, world):
    first_stage(world["offer"], advanced=2, rejected=3)
    first_stage(OfferFactory(published=True), advanced=4, rejected=1)
    force_login(world["staff"])
    stage = client.get(urls(world)["platform"]).context["stages"][0]
    assert (stage.decided, stage.advanced) == (10, 6)


def test_the_index_lists_only_the_recruiters_organisations(client, force_login, world):
    force_login(world["recruiter"])
    page = client.get(urls(world)["index"]).content.decode()
    assert world["employer"].name in page
    assert world["offer"].title in page
    other = world["other_recruiter"].employer_memberships.get().employer
    assert other.name not in page


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["offer", "employer"])
def test_the_number_of_queries_does_not_grow_with_applications(client, force_login, world, url):
    force_login(world["recruiter"])
    first_stage(world["offer"], advanced=2, rejected=2, gender="woman")
    before = queries_for(client, urls(world)[url])
    first_stage(world["offer"], advanced=15, rejected=15, gender="man", qpv="yes")
    RetentionFollowUpFactory.create_batch(3, application__offer=world["offer"], still=True)
    assert queries_for(client, urls(world)[url]) == before


def test_the_organisation_page_groups_its_applications_by_stage_once(client, force_login, world):
    """The funnel and the territory shares read the same grouped rows: one query for both
    (over 50,000 applications it is the page's longest)."""
    force_login(world["recruiter"])
    first_stage(world["offer"], advanced=3, rejected=3, gender="woman", qpv="yes")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(urls(world)["employer"])
    assert response.status_code == 200
    grouped = [
        q["sql"]
        for q in queries.captured_queries
        if "GROUP BY" in q["sql"] and '"furthest_stage"' in q["sql"]
    ]
    assert len(grouped) == 1


def _hires_answering(offer, count, *, still, **declared):
    for _ in range(count):
        candidate = CandidateFactory(identity=None)
        SelfDeclarationFactory(candidate=candidate, **declared)
        trait = {"still": True} if still else {"left": True}
        RetentionFollowUpFactory(
            application__offer=offer, application__candidate=candidate, **trait
        )


def test_retention_is_compared_between_declared_groups(client, force_login, world):
    _hires_answering(world["offer"], 5, still=True, qpv="yes")
    _hires_answering(world["offer"], 10, still=False, qpv="yes")
    _hires_answering(world["offer"], 13, still=True, qpv="no")
    _hires_answering(world["offer"], 2, still=False, qpv="no")
    force_login(world["recruiter"])
    response = client.get(urls(world)["employer"])
    six_months = response.context["retention_groups"][0]
    qpv = next(t for t in six_months["tables"] if t.attribute == "qpv")
    yes, no = (next(f for f in qpv.groups if f.group == group) for group in ("yes", "no"))
    assert (yes.n, yes.advanced, no.n, no.advanced) == (15, 5, 15, 13)
    assert yes.impact_ratio == pytest.approx(5 / 13)
    assert yes.flagged and yes.significant
    row = response.content.decode().split('data-retention-group="6-qpv-yes"')[1].split("</tr>")[0]
    assert "33,3 %" in row and "Écart significatif" in row


def test_retention_by_group_is_withheld_while_few_left_or_one_group_holds_every_leaver(
    client, force_login, world
):
    _hires_answering(world["offer"], 12, still=True, qpv="yes")
    _hires_answering(world["offer"], 12, still=True, qpv="no")
    _hires_answering(world["offer"], 4, still=False, qpv="yes")  # 4 left: too few to show
    force_login(world["recruiter"])
    response = client.get(urls(world)["employer"])
    qpv = next(t for t in response.context["retention_groups"][0]["tables"] if t.attribute == "qpv")
    assert qpv.withheld_because and all(f.rate is None for f in qpv.groups)
    row = response.content.decode().split('data-retention-group="6-qpv"')[1].split("</tr>")[0]
    assert "Non publié" in row and "%" not in row


def test_withdrawals_have_their_own_stage_on_the_page(client, force_login, world):
    from candidates.enums import ApplicationStage
    from tests.candidates.factories import ApplicationFactory

    first_stage(world["offer"], advanced=6, rejected=14, gender="woman")
    for stage in (ApplicationStage.APPLIED, ApplicationStage.APPLIED, ApplicationStage.ASSESSED):
        ApplicationFactory(
            offer=world["offer"], stage=ApplicationStage.WITHDRAWN, furthest_stage=stage
        )
    force_login(world["recruiter"])
    page = client.get(urls(world)["offer"]).content.decode()
    assert "Candidatures retirées par la personne, par étape" in page
    withdrawals = page.split("data-vivier-withdrawals", 1)[1].split("</table>", 1)[0]
    applied = withdrawals.split('data-stage="applied"', 1)[1].split("</tr>", 1)[0]
    assert "<td>23</td>" in applied and "<td>2</td>" in applied and "8,7 %" in applied
    assessed = withdrawals.split('data-stage="assessed"', 1)[1].split("</tr>", 1)[0]
    assert "<td>1</td>" in assessed
    assert "Les retraits sont une étape à part" in page
