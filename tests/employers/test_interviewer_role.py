"""An employer's interviewer (membership role `interviewer`) reaches the interviews whose panel
they sit on — their list, the offer's interviews they sit on, the grid (read only), the scoring
and the live session — and nothing else of the employer: every other URL of the site answers
them 403, 404 or 405, by GET and by POST. The same URLs answer a recruiter of the employer, so
the denials are the role's, not missing data."""

import pytest
from django.urls import get_resolver, reverse

from employers import services as employer_services
from employers.enums import EmployerRole
from interviews.models import Interview
from tests.test_anonymity_leaks import (
    SKIPPED_PREFIXES,
    build_world,
    kwarg_names,
    sign_in,
    walk,
)

pytestmark = pytest.mark.django_db

# What an interviewer may open (GET) and do (POST) on the interviews they sit on.
INTERVIEWER_PAGES = {
    "interviews:mine",
    "interviews:offer_interviews",
    "interviews:grid_detail",
    "interviews:session",
    "interviews:schedule",  # the panel proposes the interview's slots
    "interviews:panel_calendar",  # the chosen slot as a calendar file
    "employers:team",  # who their colleagues are (read only: invitations are the admins')
}
INTERVIEWER_ACTIONS = {
    "employers:team_leave",  # a member of the team, they may leave it
    "interviews:start_scoring",
    "interviews:submit_scores",
    "interviews:close_scoring",
    "interviews:record_consensus",
    "interviews:cancel_meeting",
}
# Pages of every signed-in user (the home page sends them to their dashboard), and pages that
# are the public's or nobody's in particular.
EVERYBODY = {
    "home",
    "privacy",
    "accessibility",
    "favicon",
    "employers:dashboard",  # sends an interviewer to interviews:mine
    "employers:signup",  # public (a signed-in user is sent home)
    "advisers:signup",
    "employers:appellations",  # ROME job titles: public reference data, for the offer form
    "employers:skills",  # ROME skills: public reference data, for the offer form
}
PUBLIC_NAMESPACES = ("broadcasting:", "api", "feeds:")
# Pages opened by a link's secret or open to anybody signed in (an invitation, a feed, the
# follow-up questionnaire, an offer to apply to): none is the employer's.
BY_LINK = {
    "advisers:invitation",
    "employers:join",
    "advisers:join",
    "advisers:subscription_feed",
    "fairness:followup_answer",
    "candidates:apply",
    "assessments:certificate_public",  # a candidate's certificate: anyone with the link
    "accounts:unsubscribe",  # one kind of email, from the link in that email
    "accounts:email_preferences",  # everyone's own choice of emails
}
DENIED = {403, 404, 405}


@pytest.fixture
def world(db):
    world = build_world()
    recruiter, juror = world["roles"]["recruiter"], world["roles"]["interviewer"]
    offer = world["application"].offer
    # The world's interviewer sits on both panels; from now on they only interview.
    employer_services.set_member_role(offer.employer, juror, EmployerRole.INTERVIEWER, by=recruiter)
    return world


def employer_urls(world):
    """Every named URL of the site with the world's real ids, but the public ones."""
    ids = world["ids"]
    for name, pattern in walk(get_resolver().url_patterns):
        if name.startswith(SKIPPED_PREFIXES) or name.startswith(PUBLIC_NAMESPACES):
            continue
        if name in EVERYBODY or name in BY_LINK:
            continue
        url = reverse(name, kwargs={kwarg: ids[kwarg] for kwarg in kwarg_names(pattern)})
        yield name, url


def test_an_interviewer_reaches_only_the_interviews_they_sit_on(client, world):
    sign_in(client, world["roles"]["interviewer"])
    reached = {}
    for name, url in employer_urls(world):
        if name in INTERVIEWER_ACTIONS:
            continue
        got = client.get(url).status_code
        posted = client.post(url).status_code
        if name in INTERVIEWER_PAGES:
            assert got == 200, (name, got)
        elif got not in DENIED or posted not in DENIED:
            reached[name] = (got, posted)
    assert not reached, f"An interviewer reaches: {reached}"


def test_an_interviewer_acts_on_their_panel(client, world):
    sign_in(client, world["roles"]["interviewer"])
    application = world["application"]
    response = client.post(reverse("interviews:start_scoring", args=[application.pk]))
    assert response.status_code == 302
    assert Interview.objects.get(pk=world["interview"].pk).scoring_started_at is None  # lead's
    page = client.get(reverse("interviews:session", args=[application.pk])).content.decode()
    assert application.pseudonym in page


def test_the_same_urls_answer_a_recruiter(client, world):
    """Not vacuous: the employer's pages the interviewer is refused open for a recruiter."""
    sign_in(client, world["roles"]["recruiter"])
    offer_id = world["ids"]["offer_id"]
    for name, args in [
        ("employers:offer_detail", [offer_id]),
        ("employers:offer_edit", [offer_id]),
        ("shortlists:ranking", [offer_id]),
        ("shortlists:export_results", [offer_id]),
        ("assessments:campaign_edit", [offer_id]),
        ("assessments:offer_submissions", [offer_id]),
        ("applications:detail", [world["application"].pk]),
        ("employers:audit_log", []),
        ("fairness:employer_index", []),
    ]:
        assert client.get(reverse(name, args=args)).status_code == 200, name


def test_an_interviewer_sees_a_read_only_grid_and_their_menu(client, world):
    sign_in(client, world["roles"]["interviewer"])
    offer_id = world["ids"]["offer_id"]
    grid = client.get(reverse("interviews:grid_detail", args=[offer_id])).content.decode()
    assert reverse("interviews:competency_edit", args=[offer_id]) not in grid
    assert reverse("interviews:grid_copy", args=[offer_id]) not in grid
    home = client.get(reverse("employers:dashboard"))
    assert home.status_code == 302 and home["Location"] == reverse("interviews:mine")
    mine = client.get(reverse("interviews:mine")).content.decode()
    assert world["application"].pseudonym in mine
    assert reverse("employers:dashboard") not in mine  # the menu: no "Mes offres"
    assert reverse("fairness:employer_index") not in mine
    listed = client.get(reverse("interviews:offer_interviews", args=[offer_id])).content.decode()
    assert reverse("interviews:interview_create", args=[offer_id]) not in listed


def test_the_interviews_lists_show_the_applications_stage_now(client, world):
    """An interviewed candidate since rejected reads « Non retenu·e », not « Invité·e en
    entretien » (walk #21)."""
    sign_in(client, world["roles"]["recruiter"])
    rejected = world["other_application"]
    rejected.refresh_from_db()
    assert rejected.stage == "rejected"
    page = client.get(reverse("interviews:offer_interviews", args=[world["ids"]["offer_id"]]))
    row = page.content.decode().split(rejected.pseudonym, 1)[1].split("</tr>", 1)[0]
    assert "Non retenu·e" in row and "Invité·e en entretien" not in row
