"""Interview pages show pseudonyms only: with a real interview scored, revealed and agreed on,
no page of the interviews app shows the candidate's identity, at any stage."""

import pytest
from django.urls import get_resolver, reverse

from interviews import sessions
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.interviews.conftest import logged_in, plan, ratings
from tests.test_anonymity_leaks import kwarg_names, walk

pytestmark = pytest.mark.django_db

IDENTITY = {"first_name": "Zébulon", "last_name": "Quetzalcoatl-Ndiaye", "city": "Trifouilly"}


def test_no_interview_page_shows_the_candidates_identity(team):
    candidate = CandidateFactory(
        user__email="zebulon.qn@example.net",
        **{f"identity__{field}": value for field, value in IDENTITY.items()},
    )
    application = ApplicationFactory(offer=team.offer, candidate=candidate, stage="interview")
    interview = plan(team, application=application)
    sessions.start_scoring(interview, by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 4, 3, 2), by=team.alice)
    sessions.submit_scores(interview, ratings(interview, 2, 3, 4), by=team.bruno)
    decisions = {c.pk: (3, "Accord.") for c in interview.grid_version.competencies.all()}
    sessions.record_consensus(interview, decisions, by=team.alice)
    ids = {"offer_id": team.offer.pk, "application_id": application.pk}
    needles = [*IDENTITY.values(), "zebulon.qn@example.net"]

    for user in (team.alice, team.admin):
        client = logged_in(user)
        for name, pattern in walk(get_resolver().url_patterns):
            if not name.startswith("interviews:"):
                continue
            url = reverse(name, kwargs={kwarg: ids[kwarg] for kwarg in kwarg_names(pattern)})
            body = client.get(url).content.decode()
            assert not [needle for needle in needles if needle.lower() in body.lower()], url
    assert (
        application.pseudonym
        in logged_in(team.alice)
        .get(reverse("interviews:session", args=[application.pk]))
        .content.decode()
    )
