"""The recruiters' daily digest: the applications that came in since the last digest and the
written answers waiting for their review, by pseudonym only; once per recruiter and day."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.enums import EmailKind
from accounts.models import EmailOptOut
from candidates.enums import ApplicationStage
from shortlists.models import RecruiterDigest
from shortlists.recruiter_digest import send_recruiter_digests
from tests.assessments.factories import WrittenAnswerFactory, WrittenReviewFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
MORNING = datetime(2026, 12, 8, 8, 0, tzinfo=PARIS)


@pytest.fixture
def member():
    return EmployerMembershipFactory(user__email="recrutement@octant.example")


@pytest.fixture
def offer(member):
    return OfferFactory(
        employer=member.employer, published=True, title="Administrateur·rice réseau"
    )


def arrived(offer, at, **fields):
    application = ApplicationFactory(offer=offer, **fields)
    type(application).objects.filter(pk=application.pk).update(created_at=at)
    return application


def digests_to(user):
    return [m for m in mail.outbox if m.to == [user.email]]


def test_the_digest_lists_new_applications_by_pseudonym_with_links(member, offer):
    application = arrived(offer, MORNING - timedelta(hours=3), pseudonym="Loutre-Vive")
    application.candidate.identity.__class__.objects.filter(candidate=application.candidate).update(
        first_name="Philibert", last_name="Zwart"
    )
    assert send_recruiter_digests(now=MORNING).sent == [member.user.pk]
    (digest,) = digests_to(member.user)
    assert "1 nouvelle candidature" in digest.subject
    assert "Administrateur·rice réseau" in digest.body and "Loutre-Vive" in digest.body
    assert f"/entreprise/candidatures/{application.pk}/" in digest.body
    assert "Philibert" not in digest.body and "Zwart" not in digest.body
    assert application.candidate.user.email not in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_second_run_the_same_day_sends_nothing(member, offer):
    arrived(offer, MORNING - timedelta(hours=3))
    send_recruiter_digests(now=MORNING)
    arrived(offer, MORNING + timedelta(hours=1))
    assert send_recruiter_digests(now=MORNING + timedelta(hours=2)).sent == []
    assert send_recruiter_digests(now=MORNING + timedelta(minutes=10)).sent == []
    assert len(digests_to(member.user)) == 1
    assert RecruiterDigest.objects.filter(user=member.user).count() == 1


def test_the_next_day_lists_only_what_came_after_the_last_digest(member, offer):
    arrived(offer, MORNING - timedelta(hours=3), pseudonym="Loutre-Vive")
    send_recruiter_digests(now=MORNING)
    arrived(offer, MORNING + timedelta(hours=5), pseudonym="Hibou-Clair")
    send_recruiter_digests(now=MORNING + timedelta(days=1))
    first, second = digests_to(member.user)
    assert "Loutre-Vive" not in second.body and "Hibou-Clair" in second.body
    assert "Loutre-Vive" in first.body


def test_the_first_digest_looks_back_one_day(member, offer):
    arrived(offer, MORNING - timedelta(hours=23), pseudonym="Hier-Matin")
    arrived(offer, MORNING - timedelta(hours=25), pseudonym="Avant-Hier")
    send_recruiter_digests(now=MORNING)
    (digest,) = digests_to(member.user)
    assert "Hier-Matin" in digest.body and "Avant-Hier" not in digest.body


def test_the_day_is_the_paris_day(member, offer):
    """23:30 and 00:30 in Paris are two days, though both fall on one UTC date (22:30 and
    23:30 UTC in winter)."""
    evening = datetime(2026, 12, 8, 23, 30, tzinfo=PARIS)
    arrived(offer, evening - timedelta(hours=1))
    send_recruiter_digests(now=evening)
    arrived(offer, evening + timedelta(minutes=30))
    assert send_recruiter_digests(now=evening + timedelta(hours=1)).sent == [member.user.pk]


def test_nothing_new_sends_nothing(member, offer):
    arrived(offer, MORNING - timedelta(days=3))
    assert send_recruiter_digests(now=MORNING).sent == []
    assert not mail.outbox


def test_withdrawn_applications_are_left_out(member, offer):
    arrived(offer, MORNING - timedelta(hours=2), stage=ApplicationStage.WITHDRAWN)
    assert send_recruiter_digests(now=MORNING).sent == []


def test_answers_waiting_for_the_recruiters_review_are_counted(member, offer):
    from tests.assessments.factories import CampaignFactory

    campaign = CampaignFactory(offer=offer)
    waiting = WrittenAnswerFactory(attempt__campaign=campaign)
    mine = WrittenAnswerFactory(attempt__campaign=campaign)
    WrittenReviewFactory(answer=mine, reviewer=member.user)
    done = WrittenAnswerFactory(attempt__campaign=campaign)
    WrittenReviewFactory(answer=done)
    WrittenReviewFactory(answer=done)
    for answer in (waiting, mine, done):
        type(answer.attempt.application).objects.filter(pk=answer.attempt.application_id).update(
            created_at=MORNING - timedelta(days=5)
        )
    send_recruiter_digests(now=MORNING)
    (digest,) = digests_to(member.user)
    assert "des réponses attendent votre relecture" in digest.subject
    assert "1 réponse écrite attend votre relecture" in digest.body
    assert f"/evaluations/offres/{offer.pk}/relecture/" in digest.body


def test_every_recruiting_member_gets_theirs_not_interviewers_nor_other_employers(member, offer):
    admin = EmployerMembershipFactory(employer=member.employer, admin=True)
    interviewer = EmployerMembershipFactory(employer=member.employer, role="interviewer")
    elsewhere = EmployerMembershipFactory()
    arrived(offer, MORNING - timedelta(hours=1))
    sent = send_recruiter_digests(now=MORNING).sent
    assert sorted(sent) == sorted([member.user.pk, admin.user.pk])
    assert not digests_to(interviewer.user) and not digests_to(elsewhere.user)


def test_a_switched_off_digest_is_not_sent_and_no_backlog_follows(member, offer):
    EmailOptOut.objects.create(user=member.user, kind=EmailKind.RECRUITER_DIGEST)
    arrived(offer, MORNING - timedelta(hours=1), pseudonym="Loutre-Vive")
    assert send_recruiter_digests(now=MORNING).sent == []
    assert not mail.outbox
    EmailOptOut.objects.all().delete()
    arrived(offer, MORNING + timedelta(hours=3), pseudonym="Hibou-Clair")
    send_recruiter_digests(now=MORNING + timedelta(days=1))
    (digest,) = digests_to(member.user)
    assert "Hibou-Clair" in digest.body and "Loutre-Vive" not in digest.body


def test_the_command_sends_the_digests(member, offer):
    arrived(offer, timezone.now() - timedelta(hours=1))
    call_command("send_recruiter_digests", stdout=StringIO())
    assert len(digests_to(member.user)) == 1
