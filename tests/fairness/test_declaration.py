"""The voluntary self-declaration: consent, storage apart, withdrawal that erases."""

import pytest
from django.contrib import admin
from django.urls import reverse

from accounts.models import AuditEntry
from candidates.models import Candidate
from candidates.services import delete_candidate_account
from fairness import services
from fairness.models import CONSENT_VERSION, SelfDeclaration
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import OfferFactory
from tests.fairness.factories import SelfDeclarationFactory
from tests.fairness.population import first_stage

pytestmark = pytest.mark.django_db
URL = reverse("fairness:declaration")


@pytest.fixture
def candidate(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    return candidate


def test_the_page_explains_why_and_asks_only_coarse_lawful_questions(client, candidate):
    response = client.get(URL)
    assert "Pourquoi ces questions" in response.content.decode()
    assert "CNIL" in response.content.decode()
    assert set(response.context["form"].fields) == {
        "gender",
        "age_band",
        "qpv",
        "zrr",
        "rqth",
        "career_change",
        "consent",
    }


def test_a_declaration_is_stored_with_consent_time_and_version(client, candidate):
    response = client.post(URL, {"gender": "woman", "qpv": "yes", "consent": "on"})
    assert response.status_code == 302
    declaration = SelfDeclaration.objects.get(candidate=candidate)
    assert (declaration.gender, declaration.qpv, declaration.rqth) == ("woman", "yes", "")
    assert declaration.consent_version == CONSENT_VERSION
    assert declaration.consented_at is not None


def test_no_declaration_without_consent(client, candidate):
    response = client.post(URL, {"gender": "woman"})
    assert response.status_code == 200
    assert "data-vivier-error-summary" in response.content.decode()
    assert not SelfDeclaration.objects.exists()


def test_answering_nothing_needs_no_consent_and_stores_nothing(client, candidate):
    response = client.post(URL, {"gender": ""})
    assert response.status_code == 302
    assert not SelfDeclaration.objects.exists()


def test_an_unknown_value_is_a_form_error(client, candidate):
    response = client.post(URL, {"gender": "other", "consent": "on"})
    assert response.status_code == 200
    assert not SelfDeclaration.objects.exists()


def test_the_audit_entry_proves_consent_without_the_values(client, candidate):
    client.post(URL, {"rqth": "yes", "consent": "on"})
    entry = AuditEntry.objects.get(action="fairness.declaration_saved")
    assert entry.data == {"consent": CONSENT_VERSION}
    assert "yes" not in str(entry.data) and entry.target_id == ""


def test_withdrawal_deletes_the_row_not_just_a_flag(client, candidate):
    SelfDeclarationFactory(candidate=candidate, rqth="yes")
    response = client.post(reverse("fairness:withdraw"))
    assert response.status_code == 302
    assert not SelfDeclaration.objects.filter(candidate=candidate).exists()
    assert Candidate.objects.filter(pk=candidate.pk).exists()
    assert AuditEntry.objects.filter(action="fairness.declaration_withdrawn").count() == 1


def test_withdrawal_needs_a_post(client, candidate):
    assert client.get(reverse("fairness:withdraw")).status_code == 405


def test_withdrawal_removes_the_person_from_every_figure():
    offer = OfferFactory(published=True)
    women = first_stage(offer, advanced=4, rejected=6, gender="woman", rqth="yes")
    first_stage(offer, advanced=10, rejected=10, gender="man", rqth="no")
    first_stage(offer, advanced=5, rejected=5)

    def figures():
        stage = services.funnel_report(offer.applications.all())[0]
        by_attribute = {t.attribute: {f.group: f for f in t.groups} for t in stage.attributes}
        return by_attribute["gender"]["woman"], by_attribute["rqth"]["yes"]

    assert [f.n for f in figures()] == [10, 10]
    diversity = services.diversity_report(offer.applications.all())
    assert diversity["figures"][0].applicants is not None

    services.withdraw_declaration(women[0].candidate, user=None)

    assert [f.n for f in figures()] == [None, None]  # 9 left: nothing shown
    diversity = services.diversity_report(offer.applications.all())
    assert diversity["figures"][0].applicants is None


def test_the_declaration_is_not_registered_in_the_admin():
    assert SelfDeclaration not in admin.site._registry


def test_the_export_gives_the_candidate_their_own_answers():
    declaration = SelfDeclarationFactory(gender="non_binary")
    exported = services.export_declaration(declaration.candidate)
    assert exported["gender"] == "non_binary"
    assert exported["consent_version"] == CONSENT_VERSION


def test_deleting_the_account_erases_the_declaration():
    declaration = SelfDeclarationFactory(rqth="yes")
    delete_candidate_account(declaration.candidate)
    assert not SelfDeclaration.objects.exists()
    assert Candidate.objects.filter(pk=declaration.candidate_id).exists()
