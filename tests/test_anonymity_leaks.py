"""The leak test: a candidate with a distinctive identity (also written into their free text)
applies; then, as a recruiter, an interviewer and an adviser, every URL of the site is requested
with real object ids, and every email they received is read. No identity string may appear before
the reveal stage; after it, the reveal page shows it and the audit log records it."""

import re

import pytest
from django.core import mail
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.models import AuditEntry
from assessments import campaigns as assessment_campaigns
from candidates.enums import ApplicationStage
from candidates.services import apply_to_offer
from candidates.stages import move_application
from interviews.grids import copy_library_grid
from interviews.sessions import create_interview
from tests.advisers.factories import (
    AdviserMembershipFactory,
    InvitationFactory,
    OfferSubscriptionFactory,
    ReferralFactory,
)
from tests.assessments.factories import CampaignFactory, ExerciseFactory, SubmissionFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.shortlists.factories import SelectionPolicyFactory
from tests.utils import full_login

IDENTITY = {
    "first_name": "Zébulon",
    "last_name": "Quetzalcoatl-Ndiaye",
    "phone": "07 98 76 54 32",
    "address": "12 impasse des Glycines",
    "postcode": "77123",
    "city": "Trifouilly-les-Oies",
}
EMAIL = "zebulon.qn@example.net"

# Namespaces and names that are not recruiter-facing pages: allauth's own account pages show the
# signed-in user's data, the admin is staff-only, the language switch only redirects.
SKIPPED_NAMESPACES = {"admin"}
SKIPPED_PREFIXES = ("account_", "mfa_", "socialaccount_", "set_language", "health")


def walk(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            if entry.namespace in SKIPPED_NAMESPACES:
                continue
            yield from walk(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry.pattern


def kwarg_names(pattern) -> list[str]:
    if hasattr(pattern, "converters"):
        return list(pattern.converters)
    return list(re.compile(str(pattern)).groupindex)


def needles():
    values = [*IDENTITY.values(), EMAIL, "Quetzalcoatl", "Zebulon"]
    return [value.lower() for value in values]


def leaked(text: str) -> list[str]:
    lowered = text.lower()
    compact = re.sub(r"\s", "", lowered)
    found = [n for n in needles() if n in lowered]
    if IDENTITY["phone"].replace(" ", "") in compact:
        found.append("phone")
    return found


@pytest.fixture
def world(db):
    return build_world()


def build_world():
    membership = EmployerMembershipFactory(admin=True)
    interviewer = EmployerMembershipFactory(employer=membership.employer).user
    adviser_membership = AdviserMembershipFactory()
    adviser = adviser_membership.user
    offer = OfferFactory(employer=membership.employer, published=True)
    candidate = CandidateFactory(
        user__email=EMAIL,
        identity=None,
        skills=["Python", "Django"],
        path_text=(
            "Je m'appelle Zébulon Quetzalcoatl-Ndiaye, j'habite 12 impasse des Glycines à "
            "Trifouilly-les-Oies (77123). Écrivez-moi : zebulon.qn@example.net ou 07 98 76 54 32."
        ),
    )
    from candidates.models import Identity

    Identity.objects.create(candidate=candidate, **IDENTITY)
    application = apply_to_offer(candidate, offer)
    # Applied through the adviser's invitation, and lets the adviser follow the stage.
    invitation = InvitationFactory(
        adviser=adviser, organisation=adviser_membership.organisation, offer=offer
    )
    ReferralFactory(invitation=invitation, application=application, consent=True)
    subscription = OfferSubscriptionFactory(adviser=adviser, departments=[offer.department])
    exercise = ExerciseFactory()
    submission = SubmissionFactory(
        application=application,
        exercise=exercise,
        graded=True,
        code=(
            "# Auteur : Zébulon Quetzalcoatl-Ndiaye <zebulon.qn@example.net>, 07 98 76 54 32\n"
            "print(sum(int(x) for x in input().split()))\n"
        ),
    )
    recruiter = membership.user
    copy_library_grid(offer, "web-developer", language="fr", by=recruiter)
    interview = create_interview(
        application, panel=[recruiter, interviewer], lead=recruiter, by=recruiter
    )
    # An assessment campaign: extra time asked for (with a revealing reason), a written answer
    # full of identity, handed in.
    campaign = CampaignFactory(offer=offer)
    assessment_campaigns.request_accommodation(
        application, reason="Zébulon, tiers-temps", user=None
    )
    attempt = assessment_campaigns.start_attempt(application, user=None)
    question = campaign.questions.get()
    assessment_campaigns.save_answers(
        attempt,
        sjt={},
        written={question.pk: "Je suis Zébulon Quetzalcoatl-Ndiaye, 07 98 76 54 32."},
        user=None,
    )
    assessment_campaigns.submit_attempt(attempt, user=None)
    # Selection rules fixed and locked, so the ranking shows the application.
    SelectionPolicyFactory(offer=offer, locked=True)
    ids = {
        "offer_id": offer.pk,
        "application_id": application.pk,
        "employer_id": offer.employer_id,
        "slug": exercise.slug,
        "submission_id": submission.pk,
        "interview_id": interview.pk,
        "invitation_id": invitation.pk,
        "code": invitation.code,
        "subscription_id": subscription.pk,
        "token": subscription.feed_token,
        "department": offer.department,
        "accommodation_id": application.accommodation.pk,
        "question_id": question.pk,
        "answer_id": attempt.written_answers.get().pk,
    }
    return {
        "roles": {"recruiter": membership.user, "interviewer": interviewer, "adviser": adviser},
        "application": application,
        "interview": interview,
        "submission": submission,
        "ids": ids,
    }


def crawl(client, ids) -> dict[str, str]:
    pages = {}
    for name, pattern in walk(get_resolver().url_patterns):
        if name.startswith(SKIPPED_PREFIXES):
            continue
        names = kwarg_names(pattern)
        missing = [kwarg for kwarg in names if kwarg not in ids]
        assert not missing, f"The leak test needs a real value for {missing} of {name}"
        url = reverse(name, kwargs={kwarg: ids[kwarg] for kwarg in names})
        response = client.get(url)
        body = response.content.decode(errors="replace")
        pages[url] = f"{response.status_code} {response.get('Location', '')} {body}"
    return pages


@pytest.mark.parametrize("role", ["recruiter", "interviewer", "adviser"])
def test_no_identity_reaches_a_role_before_the_reveal_stage(client, world, role):
    user = world["roles"][role]
    full_login(client, user)
    pages = crawl(client, world["ids"])
    assert len(pages) >= 10
    leaks = {url: leaked(body) for url, body in pages.items() if leaked(body)}
    assert not leaks, leaks
    for message in mail.outbox:
        if user.email in message.to:
            assert not leaked(message.subject + message.body)


def test_the_recruiter_sees_the_redacted_free_text_not_the_original(client, world):
    full_login(client, world["roles"]["recruiter"])
    url = reverse("applications:detail", args=[world["application"].pk])
    page = client.get(url).content.decode()
    assert "Django" in page
    assert not leaked(page)


def test_identity_appears_after_the_reveal_stage_with_an_audit_record(client, world):
    recruiter = world["roles"]["recruiter"]
    move_application(world["application"], ApplicationStage.INTERVIEW, by=recruiter)
    full_login(client, recruiter)
    response = client.post(reverse("applications:reveal", args=[world["application"].pk]))
    assert "Quetzalcoatl-Ndiaye" in response.content.decode()
    assert EMAIL in response.content.decode()
    assert AuditEntry.objects.filter(action="identity.revealed", actor=recruiter).count() == 1
