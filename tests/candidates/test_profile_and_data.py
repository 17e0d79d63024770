import importlib
import json

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from accounts.models import AuditEntry, User
from candidates.models import Application, Candidate, Identity
from candidates.services import apply_to_offer
from tests.accounts.factories import PASSWORD
from tests.assessments.factories import SubmissionFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import OfferFactory
from tests.utils import form_values, full_login, login_with_password

pytestmark = pytest.mark.django_db

VALID = {
    "id-first_name": "Moussa",
    "id-last_name": "Keita",
    "id-phone": "06 11 22 33 44",
    "id-address": "3 rue des Lilas",
    "id-postcode": "93200",
    "id-city": "Saint-Denis",
    "id-birth_year": "1995",
    "profil-skills": "Python, SQL ,  support",
    "profil-availability": "Immédiate",
    "profil-desired_contract": "cdi",
    "profil-region": "Île-de-France",
    "profil-path_text": "Reconversion après six ans dans la logistique.",
}


def test_candidate_saves_identity_and_profile_apart(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    response = client.post(reverse("candidates:profile"), VALID)
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.skills == ["Python", "SQL", "support"]
    assert Identity.objects.get(candidate=candidate).last_name == "Keita"


def test_a_bad_postcode_is_a_clear_error_not_a_crash(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    response = client.post(reverse("candidates:profile"), {**VALID, "id-postcode": "9320"})
    assert response.status_code == 200
    assert "5 chiffres" in response.content.decode()
    assert "data-vivier-error-summary" in response.content.decode()


def test_an_implausible_birth_year_is_refused(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    response = client.post(reverse("candidates:profile"), {**VALID, "id-birth_year": "1800"})
    assert response.context["identity_form"].errors["birth_year"]


def test_export_contains_everything_held_and_is_audited(client, force_login):
    candidate = CandidateFactory()
    apply_to_offer(candidate, OfferFactory(published=True, title="Offre exportée"))
    force_login(candidate.user)
    response = client.get(reverse("candidates:export_data"))
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["identity"]["last_name"] == candidate.identity.last_name
    assert data["account"]["email"] == candidate.user.email
    assert data["applications"][0]["offer"] == "Offre exportée"
    assert AuditEntry.objects.filter(action="candidate.data_exported").exists()


def test_export_contains_the_code_submitted_and_the_diversity_declaration(client, force_login):
    candidate = CandidateFactory()
    application = apply_to_offer(candidate, OfferFactory(published=True))
    SubmissionFactory(application=application, code="print('mon code')\n")
    force_login(candidate.user)
    data = json.loads(client.get(reverse("candidates:export_data")).content)
    [submission] = data["applications"][0]["code_submissions"]
    assert submission["code"] == "print('mon code')\n"
    assert data["applications"][0]["written_answers"] == []
    assert "self_declaration" in data


def test_deleting_the_account_erases_identity_and_text_but_keeps_anonymous_statistics(
    client, force_login
):
    candidate = CandidateFactory(path_text="Je m'appelle Aminata.")
    apply_to_offer(candidate, OfferFactory(published=True))
    user = candidate.user
    force_login(user)
    client.post(reverse("candidates:delete_account"), {"confirm": "on"})
    candidate = Candidate.objects.get(pk=candidate.pk)
    assert candidate.user is None
    assert candidate.path_text == ""
    assert candidate.deleted_at is not None
    assert not Identity.objects.filter(candidate=candidate).exists()
    assert not User.objects.filter(pk=user.pk).exists()
    assert Application.objects.filter(candidate=candidate).count() == 1


def test_a_deleted_account_cannot_log_in(client, force_login):
    candidate = CandidateFactory()
    user = candidate.user
    force_login(user)
    client.post(reverse("candidates:delete_account"), {"confirm": "on"})
    client.logout()
    login_with_password(client, user, PASSWORD)
    assert "_auth_user_id" not in client.session


def test_deletion_needs_an_explicit_confirmation(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    response = client.post(reverse("candidates:delete_account"), {})
    assert response.status_code == 200
    assert Identity.objects.filter(candidate=candidate).exists()


def test_a_new_profile_shows_no_skills_not_an_empty_list(client):
    candidate = CandidateFactory(skills=[])
    full_login(client, candidate.user)
    page = client.get(reverse("candidates:profile")).content.decode()
    assert form_values(page)["profil-skills"] == ""


def test_skills_show_as_comma_separated_text(client):
    candidate = CandidateFactory(skills=["Python", "SQL"])
    full_login(client, candidate.user)
    page = client.get(reverse("candidates:profile")).content.decode()
    assert form_values(page)["profil-skills"] == "Python, SQL"


@pytest.mark.parametrize(
    "typed", ["[]Python, SQL", "[], Python, SQL", '["Python", "SQL"]', "Python, [], SQL, ''"]
)
def test_list_punctuation_is_not_stored_as_a_skill(client, typed):
    candidate = CandidateFactory(skills=[])
    full_login(client, candidate.user)
    client.post(reverse("candidates:profile"), {**VALID, "profil-skills": typed})
    candidate.refresh_from_db()
    assert candidate.skills == ["Python", "SQL"]


def test_skills_stored_from_an_empty_list_shown_as_text_are_tidied():
    tidy = importlib.import_module("candidates.migrations.0008_drop_list_punctuation_skills")
    junk = CandidateFactory(skills=["[]", "[]Python", "SQL"])
    clean = CandidateFactory(skills=["C++", "SQL"])
    tidy.drop_list_punctuation(django_apps, None)
    junk.refresh_from_db()
    clean.refresh_from_db()
    assert (junk.skills, clean.skills) == (["Python", "SQL"], ["C++", "SQL"])


def test_the_deletion_page_offers_a_way_back_and_says_what_happens_to_applications(
    client, force_login
):
    candidate = CandidateFactory()
    force_login(candidate.user)
    page = client.get(reverse("candidates:delete_account")).content.decode()
    assert f'href="{reverse("candidates:dashboard")}">Annuler</a>' in page
    assert "candidatures en cours" in page
