"""« Where I live »: an address geocoded and tested against the QPV perimeters, or a commune
picked when the geocoder cannot be reached; only the result is kept, with consent."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from fairness import services
from fairness.models import SelfDeclaration
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import OfferFactory
from tests.fairness.population import first_stage

pytestmark = pytest.mark.django_db
URL = reverse("fairness:territory")
PYRAMIDES = "12 rue des Pyramides 91000 Évry-Courcouronnes"
AGORA = "3 place de l'Agora 91000 Évry-Courcouronnes"


@pytest.fixture
def candidate(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    return candidate


def declaration(candidate) -> SelfDeclaration:
    return SelfDeclaration.objects.get(candidate=candidate)


def test_an_address_in_a_qpv_is_kept_as_its_verified_result_only(
    client, candidate, perimeters, fake_geocoder
):
    response = client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    assert response.status_code == 302
    kept = declaration(candidate)
    assert (kept.insee_code, kept.qpv_code, kept.territory_source) == (
        "91228",
        "QN09199M",
        "address",
    )
    assert (kept.qpv, kept.zrr) == ("yes_verified", "no_verified")
    # The address is nowhere: not in the row, not in the audit log.
    stored = " ".join(str(value) for value in SelfDeclaration.objects.values().get().values())
    assert "Pyramides" not in stored
    assert not AuditEntry.objects.filter(data__icontains="Pyramides").exists()


def test_an_address_outside_every_qpv_is_verified_as_none(
    client, candidate, perimeters, fake_geocoder
):
    client.post(URL, {"step": "address", "address": AGORA, "consent": "on"})
    kept = declaration(candidate)
    assert (kept.qpv_code, kept.qpv, kept.zrr) == ("", "no_verified", "no_verified")


def test_the_candidate_sees_what_is_kept_and_can_withdraw_it(
    client, candidate, perimeters, fake_geocoder
):
    client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    page = client.get(reverse("fairness:declaration")).content.decode()
    shown = page.split("data-residence")[1].split("</dl>")[0]
    assert "Évry-Courcouronnes" in shown and "91228" in shown
    assert "Quartier d&#x27;essai des Pyramides" in shown and "QN09199M" in shown
    assert "Pyramides 91000" not in page  # never the address
    # The QPV and rural questions are answered: not asked again.
    form_fields = set(client.get(reverse("fairness:declaration")).context["form"].fields)
    assert "qpv" not in form_fields and "zrr" not in form_fields

    client.post(reverse("fairness:territory_withdraw"))
    assert not SelfDeclaration.objects.filter(candidate=candidate).exists()


def test_withdrawing_the_residence_keeps_the_other_answers(
    client, candidate, perimeters, fake_geocoder
):
    client.post(reverse("fairness:declaration"), {"gender": "woman", "consent": "on"})
    client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    # Saving the other answers again keeps the verified residence.
    client.post(reverse("fairness:declaration"), {"gender": "man", "consent": "on"})
    assert (declaration(candidate).gender, declaration(candidate).qpv) == ("man", "yes_verified")
    client.post(reverse("fairness:territory_withdraw"))
    kept = declaration(candidate)
    assert (kept.gender, kept.qpv, kept.zrr, kept.insee_code, kept.qpv_code) == (
        "man",
        "",
        "",
        "",
        "",
    )


def test_nothing_is_kept_without_consent(client, candidate, perimeters, fake_geocoder):
    response = client.post(URL, {"step": "address", "address": PYRAMIDES})
    assert response.status_code == 200
    assert "data-vivier-error-summary" in response.content.decode()
    assert fake_geocoder.queries == []  # not even sent
    assert not SelfDeclaration.objects.exists()


def test_an_unknown_address_is_a_form_error(client, candidate, perimeters, fake_geocoder):
    response = client.post(URL, {"step": "address", "address": "nulle part", "consent": "on"})
    assert response.status_code == 200
    assert "introuvable" in response.content.decode()
    assert not SelfDeclaration.objects.exists()


def test_offline_the_candidate_picks_their_commune_then_a_qpv_by_name(
    client, candidate, perimeters, fake_geocoder
):
    fake_geocoder.mode = "error"
    response = client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    page = response.content.decode()
    assert response.status_code == 200 and "ne répond pas" in page
    assert "Pyramides" not in page  # the address is not echoed back

    response = client.post(URL, {"step": "commune", "commune": "evry courcouronnes"})
    page = response.content.decode()
    assert "Quartier d&#x27;essai des Pyramides" in page and "Bois d&#x27;essai" in page

    response = client.post(
        URL, {"step": "residence", "insee_code": "91228", "qpv": "QN09199M", "consent": "on"}
    )
    assert response.status_code == 302
    kept = declaration(candidate)
    assert (kept.insee_code, kept.qpv_code, kept.territory_source) == (
        "91228",
        "QN09199M",
        "commune",
    )
    assert (kept.qpv, kept.zrr) == ("yes", "no")  # declared, not verified


def test_a_postcode_serving_several_communes_asks_which(client, candidate, perimeters):
    response = client.post(URL, {"step": "commune", "commune": "91100"})
    assert response.context["step"] == "pick"
    choices = dict(response.context["form"].fields["insee_code"].choices)
    assert "91174" in choices  # Corbeil-Essonnes
    response = client.post(URL, {"step": "pick", "insee_code": "91174"})
    assert response.context["step"] == "residence"
    assert [n.code for n in response.context["neighbourhoods"]] == ["QN09198M"]


def test_a_search_matching_too_many_communes_lists_twenty_and_asks_for_more(client, candidate):
    response = client.post(URL, {"step": "commune", "commune": "Saint"})
    assert response.context["step"] == "pick"
    assert len(response.context["form"].fields["insee_code"].choices) == 20
    assert "Plus de 20 communes correspondent" in response.content.decode()

    response = client.post(URL, {"step": "commune", "commune": "91100"})
    assert "Plus de 20 communes" not in response.content.decode()


def test_a_commune_without_qpv_records_none_and_its_rurality(client, candidate, perimeters):
    rural_code = "01001"  # L'Abergement-Clémenciat (Ain): no QPV
    response = client.post(URL, {"step": "commune", "commune": rural_code})
    assert response.context["step"] == "residence"
    assert "qpv" not in response.context["form"].fields
    client.post(URL, {"step": "residence", "insee_code": rural_code, "consent": "on"})
    kept = declaration(candidate)
    assert kept.qpv == "no" and kept.qpv_code == ""


def test_a_qpv_of_another_commune_is_refused(client, candidate, perimeters):
    response = client.post(
        URL, {"step": "residence", "insee_code": "91174", "qpv": "QN09199M", "consent": "on"}
    )
    assert response.status_code == 200
    assert not SelfDeclaration.objects.exists()


def test_an_unknown_commune_is_a_form_error(client, candidate, perimeters):
    response = client.post(URL, {"step": "commune", "commune": "Zzyzx-les-Bains"})
    assert "Aucune commune" in response.content.decode()


def test_the_page_needs_a_candidate(client):
    assert client.get(URL).status_code in (302, 403)


def test_the_report_counts_verified_and_declared_apart():
    offer = OfferFactory()
    first_stage(offer, advanced=10, rejected=10, qpv="yes_verified")
    first_stage(offer, advanced=10, rejected=10, qpv="yes")
    tables = services.funnel_report(offer.applications.all())
    qpv = next(t for t in tables[0].attributes if t.attribute == "qpv")
    labels = {figure.group: figure.label for figure in qpv.groups}
    assert labels["yes_verified"] == "Oui (adresse vérifiée)"
    assert labels["yes"] == "Oui (déclaré)"
    counts = {figure.group: figure.n for figure in qpv.groups}
    assert counts["yes_verified"] == 20 and counts["yes"] == 20


def test_the_data_export_holds_what_is_kept(client, candidate, perimeters, fake_geocoder):
    client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    exported = services.export_declaration(candidate)
    assert exported["insee_code"] == "91228" and exported["qpv_code"] == "QN09199M"
    assert exported["territory_source"] == "address" and exported["qpv"] == "yes_verified"


def test_the_employer_report_shows_the_share_of_priority_territories_per_stage(client, force_login):
    from tests.employers.factories import EmployerMembershipFactory

    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, published=True)
    first_stage(offer, advanced=6, rejected=6, qpv="yes_verified")  # 12 from a QPV, verified
    first_stage(offer, advanced=4, rejected=4, qpv="yes")  # 8 declared
    first_stage(offer, advanced=12, rejected=12, qpv="no_verified")  # 24 outside
    force_login(membership.user)
    response = client.get(reverse("fairness:employer_report", args=[membership.employer.pk]))
    rows = {row["stage"]: row for row in response.context["territory_shares"]}
    applied = rows["applied"]
    assert applied["total"] == 44
    assert applied["qpv"] == {"count": 20, "share": 100 * 20 / 44, "verified": 12}
    # 22 went on to the assessment, 10 of them from a QPV: 12 outside, both shown.
    assert rows["assessed"]["qpv"]["count"] == 10
    # No one declared rurality: 0 in the group, withheld.
    assert applied["zrr"] == {"count": None, "share": None, "verified": None}
    page = response.content.decode()
    assert "data-territory-shares" in page and "45 %" in page
