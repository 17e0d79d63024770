"""An employer may close an assessment before its deadline (« Clôturer l'évaluation »). Then:
the candidates who had not started read, on their assessment page and when they try to start,
that the employer closed it on that day (not that its deadline passed); each of them is told by
email that it can no longer be taken, and each candidate whose results the closing made visible
is told they are available, with the link. The confirmation page counts, before its button,
the applications that have not handed the assessment in: one number for those who have not
started and those sitting it, since apart they would tell when somebody started."""

import html
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from assessments import campaigns
from candidates.enums import ApplicationStage
from tests.assessments.factories import AttemptFactory, CampaignFactory
from tests.candidates.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(offer):
    offer.title = "Analyste de données"
    offer.save(update_fields=["title"])
    offer.employer.name = "Atelier Nord"
    offer.employer.save(update_fields=["name"])
    return CampaignFactory(offer=offer, deadline=timezone.now() + timedelta(days=21))


def close(offer, capture, user=None):
    with capture(execute=True):
        return campaigns.close_campaign(offer, user=user)


def mails_to(application):
    return [m for m in mail.outbox if m.to == [application.candidate.user.email]]


def today() -> str:
    return date_format(timezone.localtime(), "j F Y")


# -- the candidate's page -------------------------------------------------------------------


def test_a_candidate_who_had_not_started_reads_that_the_employer_closed_it(
    client, force_login, campaign, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(offer=campaign.offer)
    close(campaign.offer, django_capture_on_commit_callbacks)
    force_login(application.candidate.user)

    response = client.get(reverse("assessments:campaign_home", args=[application.pk]))

    page = html.unescape(response.text)
    assert (
        f"L'employeur a clôturé cette évaluation le {today()} : elle ne peut plus être passée."
    ) in page
    assert "date limite de cette évaluation est passée" not in page
    assert "Commencer l'évaluation" not in page


def test_a_candidate_who_had_not_started_is_told_where_the_application_stands_and_what_next(
    client, force_login, campaign, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(offer=campaign.offer)
    close(campaign.offer, django_capture_on_commit_callbacks)
    force_login(application.candidate.user)

    page = html.unescape(
        client.get(reverse("assessments:campaign_home", args=[application.pk])).text
    )

    assert "Votre candidature reste enregistrée, sans résultat d'évaluation" in page
    assert reverse("candidate_threads:thread", args=[application.pk]) in page
    assert reverse("candidates:withdraw", args=[application.pk]) in page
    assert reverse("candidates:dashboard") in page


def test_trying_to_start_says_the_employer_closed_it(campaign, django_capture_on_commit_callbacks):
    application = ApplicationFactory(offer=campaign.offer)
    close(campaign.offer, django_capture_on_commit_callbacks)

    with pytest.raises(campaigns.CampaignUnavailable) as refused:
        campaigns.start_attempt(application, user=None)

    assert str(refused.value) == (
        f"L'employeur a clôturé cette évaluation le {today()} : elle ne peut plus être passée."
    )


def test_past_its_deadline_the_page_still_says_the_deadline_passed(client, force_login, offer):
    campaign = CampaignFactory(offer=offer, deadline=timezone.now() - timedelta(hours=1))
    application = ApplicationFactory(offer=campaign.offer)
    force_login(application.candidate.user)

    page = html.unescape(
        client.get(reverse("assessments:campaign_home", args=[application.pk])).text
    )

    assert "La date limite de cette évaluation est passée." in page
    assert "L'employeur a clôturé" not in page


# -- the emails -----------------------------------------------------------------------------


def test_who_had_not_started_is_told_it_was_closed_early(
    campaign, django_capture_on_commit_callbacks
):
    waiting = ApplicationFactory(offer=campaign.offer)
    other = ApplicationFactory(offer=campaign.offer)

    close(campaign.offer, django_capture_on_commit_callbacks)

    (sent,) = mails_to(waiting)
    assert sent.subject.startswith(
        "[Vivier] Évaluation clôturée avant sa date limite : Analyste de données"
    )
    assert (
        f"L'employeur a clôturé le {today()} l'évaluation de l'offre « Analyste de données » "
        "d'Atelier Nord, avant sa date limite."
    ) in sent.body
    assert "Vous ne l'aviez pas commencée : elle ne peut plus être passée." in sent.body
    assert reverse("assessments:campaign_home", args=[waiting.pk]) in sent.body
    assert "-- English --" in sent.body
    assert "it can no longer be taken" in sent.body
    assert len(mails_to(other)) == 1


def test_whose_results_became_visible_is_told_they_are_available(
    campaign, membership, django_capture_on_commit_callbacks
):
    handed_in = AttemptFactory(campaign=campaign, submitted=True).application
    sitting = campaigns.start_attempt(ApplicationFactory(offer=campaign.offer), user=None)

    close(campaign.offer, django_capture_on_commit_callbacks, user=membership.user)

    for application in (handed_in, sitting.application):
        (sent,) = mails_to(application)
        assert sent.subject.startswith(
            "[Vivier] Vos résultats d'évaluation sont disponibles : Analyste de données"
        )
        assert (
            "L'employeur a clôturé l'évaluation de l'offre « Analyste de données » "
            "d'Atelier Nord : vos résultats sont disponibles."
        ) in sent.body
        assert reverse("assessments:attempt_results", args=[application.pk]) in sent.body
        assert "your results are available" in sent.body


def test_the_emails_carry_no_one_elses_identity(
    campaign, membership, django_capture_on_commit_callbacks
):
    waiting = ApplicationFactory(offer=campaign.offer)
    handed_in = AttemptFactory(campaign=campaign, submitted=True).application
    membership.user.first_name, membership.user.last_name = "Roxane", "Delorme"
    membership.user.save()

    close(campaign.offer, django_capture_on_commit_callbacks, user=membership.user)

    assert len(mail.outbox) == 2
    for sent in mail.outbox:
        reader = waiting if sent.to == [waiting.candidate.user.email] else handed_in
        others = [waiting, handed_in]
        others.remove(reader)
        text = sent.subject + sent.body
        for other in others:
            assert other.pseudonym not in text
            assert other.candidate.user.email not in text
        assert "Roxane" not in text and "Delorme" not in text
        assert membership.user.email not in text
        assert "Aminata" not in text and "Traoré" not in text  # nobody's name, theirs included


def test_withdrawn_and_rejected_candidates_are_not_told(
    campaign, django_capture_on_commit_callbacks
):
    ApplicationFactory(offer=campaign.offer, stage=ApplicationStage.WITHDRAWN)
    ApplicationFactory(offer=campaign.offer, stage=ApplicationStage.REJECTED)

    close(campaign.offer, django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_closing_after_the_deadline_announces_nothing(offer, django_capture_on_commit_callbacks):
    """Past its deadline the assessment was already over and its results already shown."""
    campaign = CampaignFactory(offer=offer, deadline=timezone.now() - timedelta(hours=1))
    ApplicationFactory(offer=offer)
    AttemptFactory(campaign=campaign, submitted=True)

    close(offer, django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_a_second_closing_sends_nothing_more(campaign, django_capture_on_commit_callbacks):
    ApplicationFactory(offer=campaign.offer)
    close(campaign.offer, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    close(campaign.offer, django_capture_on_commit_callbacks)

    assert mail.outbox == []


# -- the recruiter's confirmation -----------------------------------------------------------


def test_the_confirmation_counts_the_applications_that_have_not_handed_in(
    recruiter_client, offer, campaign
):
    ApplicationFactory(offer=offer)  # not started
    campaigns.start_attempt(ApplicationFactory(offer=offer), user=None)  # sitting it
    AttemptFactory(campaign=campaign, submitted=True)  # handed in: not counted
    ApplicationFactory(offer=offer, stage=ApplicationStage.WITHDRAWN)  # not counted

    response = recruiter_client.get(reverse("assessments:campaign_close", args=[offer.pk]))

    page = html.unescape(response.text)
    before_confirm = page.split('name="confirm"')[0]
    assert (
        "2 candidatures à l'étape « Candidature envoyée » n'ont pas d'évaluation remise : "
        "celles qui n'ont pas commencé l'évaluation ne pourront plus la passer et resteront "
        "sans classement ; les épreuves en cours sont remises en l'état."
    ) in before_confirm
    assert "Les candidat·es sont prévenu·es par e-mail" in before_confirm


def test_the_count_does_not_move_when_somebody_starts(recruiter_client, offer, campaign):
    application = ApplicationFactory(offer=offer)
    url = reverse("assessments:campaign_close", args=[offer.pk])
    before = html.unescape(recruiter_client.get(url).text)

    campaigns.start_attempt(application, user=None)

    after = html.unescape(recruiter_client.get(url).text)
    assert 'data-vivier-not-handed-in="1"' in before
    assert 'data-vivier-not-handed-in="1"' in after
