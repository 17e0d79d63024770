"""« Where I live » when the perimeters cannot decide: an address within the border band of a
QPV (the shipped perimeters are simplified), and a place the perimeters do not cover (the
overseas departments). Vivier then never records « no QPV »: the person says, from the
commune's QPVs listed by name, and the answer counts as declared."""

import pytest
from django.urls import reverse

from fairness.models import SelfDeclaration
from territories import qpv
from tests.candidates.factories import CandidateFactory

pytestmark = pytest.mark.django_db
URL = reverse("fairness:territory")
DECLARATION = reverse("fairness:declaration")
NEAR_BORDER = "5 allée du Bord 91000 Évry-Courcouronnes"  # 5 m inside « les Pyramides »
REUNION = "1 rue de Paris 97400 Saint-Denis"


@pytest.fixture
def candidate(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    return candidate


def kept(candidate) -> SelfDeclaration:
    return SelfDeclaration.objects.get(candidate=candidate)


class TestNearABorder:
    def test_the_address_is_not_decided_the_commune_qpvs_are_listed(
        self, client, candidate, perimeters, fake_geocoder
    ):
        response = client.post(URL, {"step": "address", "address": NEAR_BORDER, "consent": "on"})
        assert response.status_code == 200
        assert not SelfDeclaration.objects.exists()  # nothing decided, nothing kept yet
        assert response.context["step"] == "residence"
        assert response.context["commune"].insee_code == "91228"
        choices = dict(response.context["form"].fields["qpv"].choices)
        assert list(choices) == ["QN09198M", "QN09199M", "none", "unknown"]
        page = response.content.decode()
        assert "à moins de 15 mètres" in page
        notice = page.split('role="status"')[1].split("</p>")[0]
        assert "limite du quartier prioritaire « Quartier d&#x27;essai des Pyramides »" in notice
        assert "Bord" not in page  # the address is not echoed back
        # The consent given with the address is not asked again.
        assert "consent" not in response.context["form"].fields

    def test_the_qpv_the_person_names_is_kept_as_declared(
        self, client, candidate, perimeters, fake_geocoder
    ):
        client.post(URL, {"step": "address", "address": NEAR_BORDER, "consent": "on"})
        response = client.post(URL, {"step": "residence", "insee_code": "91228", "qpv": "QN09199M"})
        assert response.status_code == 302
        declaration = kept(candidate)
        assert (declaration.qpv, declaration.qpv_code) == ("yes", "QN09199M")  # not verified
        assert (declaration.insee_code, declaration.territory_source) == ("91228", "commune")

    def test_none_is_kept_as_declared_none(self, client, candidate, perimeters, fake_geocoder):
        client.post(URL, {"step": "address", "address": NEAR_BORDER, "consent": "on"})
        client.post(URL, {"step": "residence", "insee_code": "91228", "qpv": "none"})
        assert (kept(candidate).qpv, kept(candidate).qpv_code) == ("no", "")

    def test_clearly_inside_stays_verified(self, client, candidate, perimeters, fake_geocoder):
        response = client.post(
            URL,
            {
                "step": "address",
                "address": "12 rue des Pyramides 91000 Évry-Courcouronnes",
                "consent": "on",
            },
        )
        assert response.status_code == 302
        assert kept(candidate).qpv == "yes_verified"


class TestNotCovered:
    def test_an_overseas_address_leaves_the_qpv_unknown_and_asks_the_person(
        self, client, candidate, perimeters, fake_geocoder
    ):
        assert qpv.of_commune("97411") is None  # the test perimeters cover the Essonne only
        response = client.post(URL, {"step": "address", "address": REUNION, "consent": "on"})
        assert response.status_code == 302
        declaration = kept(candidate)
        assert (declaration.insee_code, declaration.territory_source) == ("97411", "address")
        assert (declaration.qpv, declaration.qpv_code) == ("", "")  # unknown, not « no »
        assert "qpv" in client.get(DECLARATION).context["form"].fields  # the person may say

    def test_an_overseas_commune_is_never_said_to_have_no_qpv(self, client, candidate, perimeters):
        response = client.post(URL, {"step": "commune", "commune": "97411"})
        assert response.context["step"] == "pick"  # 97411 is also a postcode of Saint-Paul
        response = client.post(URL, {"step": "pick", "insee_code": "97411"})
        assert response.context["step"] == "residence"
        page = response.content.decode()
        assert "aucun quartier prioritaire" not in page
        assert "ne peut pas encore vérifier les quartiers prioritaires de cette commune" in page
        assert list(dict(response.context["form"].fields["qpv"].choices)) == [
            "yes",
            "no",
            "unknown",
        ]

    def test_the_person_must_answer_and_the_answer_is_declared(self, client, candidate, perimeters):
        response = client.post(URL, {"step": "residence", "insee_code": "97411", "consent": "on"})
        assert response.status_code == 200
        assert response.context["form"].errors["qpv"]
        assert not SelfDeclaration.objects.exists()  # never recorded as « no QPV »

        client.post(
            URL, {"step": "residence", "insee_code": "97411", "qpv": "yes", "consent": "on"}
        )
        assert (kept(candidate).qpv, kept(candidate).qpv_code) == ("yes", "")
