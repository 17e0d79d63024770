"""Closing an assessment takes a confirmation: « Clôturer l'évaluation et publier les résultats…
» leads to a page that says sittings in progress are handed in as they are and that candidates
then see their results; « Clôturer l'évaluation » closes, « Annuler » goes back. A POST without
the confirmation's field closes nothing. The page counts no sitting in progress: a count that
moves while the assessment is open would tell when a lone candidate started or handed in (it
counts the applications not handed in, started or not: test_closing_early.py)."""

import html
import re

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from assessments import campaigns
from tests.assessments.factories import CampaignFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}


@pytest.fixture
def campaign(offer):
    return CampaignFactory(offer=offer)


@pytest.fixture
def sitting(campaign):
    return campaigns.start_attempt(ApplicationFactory(offer=campaign.offer), user=None)


def close_url(offer):
    return reverse("assessments:campaign_close", args=[offer.pk])


def edit_url(offer):
    return reverse("assessments:campaign_edit", args=[offer.pk])


def test_the_campaign_page_leads_to_the_confirmation_instead_of_closing(
    recruiter_client, offer, campaign
):
    page = html.unescape(recruiter_client.get(edit_url(offer)).text)

    assert (
        f'<a class="button button-danger" href="{close_url(offer)}">'
        "Clôturer l'évaluation et publier les résultats…</a>"
    ) in page
    assert f'action="{close_url(offer)}"' not in page


def test_the_confirmation_says_what_closing_does(recruiter_client, offer, campaign, sitting):
    response = recruiter_client.get(close_url(offer))

    page = html.unescape(response.text)
    assert response.status_code == 200
    assert "Clôturer l'évaluation et publier les résultats ?" in page
    assert "Plus personne ne peut commencer l'évaluation de cette offre." in page
    assert "Les épreuves en cours sont remises aussitôt, en l'état" in page
    assert "Les résultats deviennent visibles pour les candidat·es." in page
    assert "l'évaluation se termine d'elle-même le" in page
    assert '<input type="hidden" name="confirm" value="1">' in page
    assert f'<a href="{edit_url(offer)}">Annuler</a>' in page
    sitting.refresh_from_db()
    assert sitting.status == "in_progress"


def test_the_confirmation_counts_no_sitting_in_progress(recruiter_client, offer, campaign):
    """What the page says is the same whether somebody is sitting the assessment or not (it
    counts the applications without a handed-in assessment: a start does not move it)."""
    application = ApplicationFactory(offer=offer)
    nobody = main_text(recruiter_client.get(close_url(offer)))
    campaigns.start_attempt(application, user=None)
    somebody = main_text(recruiter_client.get(close_url(offer)))

    assert nobody == somebody


def main_text(response) -> str:
    """The page's main content, without the per-request CSRF token."""
    main = response.text.split("<main", 1)[1].split("</main>", 1)[0]
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", main)


def test_confirming_hands_in_the_sittings_and_publishes_the_results(
    recruiter_client, membership, offer, campaign, sitting
):
    response = recruiter_client.post(close_url(offer), CONFIRMED, follow=True)

    assert response.redirect_chain == [(edit_url(offer), 302)]
    assert "Évaluation clôturée ; 1 épreuve en cours remise." in html.unescape(response.text)
    sitting.refresh_from_db()
    assert sitting.status == "expired"
    campaign.refresh_from_db()
    assert campaign.closed_at is not None
    assert AuditEntry.objects.get(action="campaign.closed").actor == membership.user


def test_the_message_counts_the_sittings_in_proper_french(recruiter_client, offer, campaign):
    for _ in range(2):
        campaigns.start_attempt(ApplicationFactory(offer=campaign.offer), user=None)

    response = recruiter_client.post(close_url(offer), CONFIRMED, follow=True)

    assert "Évaluation clôturée ; 2 épreuves en cours remises." in html.unescape(response.text)


def test_with_no_sitting_in_progress_the_message_says_none_was(recruiter_client, offer, campaign):
    response = recruiter_client.post(close_url(offer), CONFIRMED, follow=True)

    page = html.unescape(response.text)
    assert "Évaluation clôturée ; aucune épreuve n'était en cours." in page
    assert "(s)" not in page


def test_confirming_twice_says_it_is_closed_and_logs_once(recruiter_client, offer, campaign):
    recruiter_client.post(close_url(offer), CONFIRMED)
    recruiter_client.get(edit_url(offer))  # the first answer's message, read

    again = recruiter_client.post(close_url(offer), CONFIRMED, follow=True)

    page = html.unescape(again.text)
    assert again.redirect_chain == [(edit_url(offer), 302)]
    assert '<p class="message message-info">Évaluation clôturée.</p>' in page
    assert "épreuve" not in page.split("messages")[1].split("</div>")[0]
    assert AuditEntry.objects.filter(action="campaign.closed").count() == 1


def test_a_post_without_the_confirmation_closes_nothing(recruiter_client, offer, campaign, sitting):
    response = recruiter_client.post(close_url(offer))

    assert response.url == close_url(offer)
    campaign.refresh_from_db()
    sitting.refresh_from_db()
    assert (campaign.closed_at, sitting.status) == (None, "in_progress")
    assert not AuditEntry.objects.filter(action="campaign.closed").exists()


def test_a_closed_assessment_has_nothing_to_confirm(recruiter_client, offer, campaign):
    campaigns.close_campaign(offer, user=None)

    response = recruiter_client.get(close_url(offer), follow=True)

    assert response.redirect_chain == [(edit_url(offer), 302)]
    assert "Il n'y a pas d'évaluation ouverte à clôturer" in html.unescape(response.text)


def test_another_employers_recruiter_gets_a_404(client, force_login, offer, campaign, sitting):
    force_login(EmployerMembershipFactory(admin=True).user)

    assert client.get(close_url(offer)).status_code == 404
    assert client.post(close_url(offer), CONFIRMED).status_code == 404
    campaign.refresh_from_db()
    assert campaign.closed_at is None


def test_a_candidate_gets_a_403(candidate_client, offer, campaign):
    assert candidate_client.get(close_url(offer)).status_code == 403
    assert candidate_client.post(close_url(offer), CONFIRMED).status_code == 403
