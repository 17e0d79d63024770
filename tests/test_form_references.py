"""Every id a page points to is on that page: a label's `for`, `aria-describedby`,
`aria-labelledby`, `aria-controls`, `aria-errormessage` and in-page links (`#id`), and every help
or error id of a form field (`…_helptext`, `…_error`) is pointed to by its field.

Pages are requested like the leak test does (every URL with real object ids), as every role and
as an anonymous visitor, in a world where each form of the project has a page that shows it. Forms
that need no constructor argument are also rendered on their own, bound to empty data, so that
their error messages are checked too."""

import inspect
import re
from collections import Counter
from datetime import timedelta
from html.parser import HTMLParser
from importlib import import_module
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.urls import get_resolver, reverse
from django.utils import timezone

from assessments import campaigns as assessment_campaigns
from assessments.models import Campaign
from candidates.enums import ApplicationStage
from candidates.services import apply_to_offer
from candidates.stages import move_application
from employers.models import Offer
from interviews import scheduling, sessions
from tests.accounts.factories import UserFactory
from tests.advisers.factories import InvitationFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EXCLUSIONARY_SENTENCE, ILLEGAL_SENTENCE, OfferFactory
from tests.test_anonymity_leaks import build_world, walk
from tests.utils import full_login

pytestmark = pytest.mark.django_db

REFERRING_ATTRIBUTES = ("aria-describedby", "aria-labelledby", "aria-controls", "aria-errormessage")
# Ids the field template gives a field's help text and its errors.
FIELD_NOTE_ID = re.compile(r"_(helptext|error)$")

# Not pages of Vivier's templates: the admin is Django's, the language switch and the health check
# only answer with a redirect or a word.
SKIPPED_NAMESPACES = {"admin"}
SKIPPED_NAMES = {"set_language", "health"}
# Values for URLs that take no object id: allauth's links carry a user id and a key (wrong ones
# show the "bad link" page, which is what is checked here); the API's catch-all answers JSON,
# never a page, so any unknown path will do.
URL_KWARGS = {"uidb36": "0", "key": "0-0", "path": "nulle-part"}


class References(HTMLParser):
    """The ids of a page and what points to ids."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids = Counter()
        self.pointers = []  # (what points, the id it points to)
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids[attrs["id"]] += 1
        if tag == "label" and attrs.get("for"):
            self.pointers.append(("label[for]", attrs["for"]))
        for name in REFERRING_ATTRIBUTES:
            for target in (attrs.get(name) or "").split():
                self.pointers.append((f"{tag}[{name}]", target))
        href = attrs.get("href") or ""
        if tag == "a" and href.startswith("#") and len(href) > 1:
            self.pointers.append(("a[href]", href[1:]))

    handle_startendtag = handle_starttag

    def problems(self) -> list[str]:
        found = []
        for where, target in self.pointers:
            if not self.ids[target]:
                found.append(f'{where}="{target}": no such id')
            elif self.ids[target] > 1:
                found.append(f'{where}="{target}": {self.ids[target]} elements have this id')
        described = {target for where, target in self.pointers if "aria-describedby" in where}
        for element_id in self.ids:
            if FIELD_NOTE_ID.search(element_id) and element_id not in described:
                found.append(f'id="{element_id}": no field points to it (aria-describedby)')
        return sorted(set(found))


def problems_of(html: str) -> list[str]:
    return References(html).problems()


def report(found: dict[str, list[str]]) -> str:
    return "\n" + "\n".join(f"{where}: {problem}" for where, ps in found.items() for problem in ps)


# -- pages ----------------------------------------------------------------------------------


def url_names():
    for name, pattern in walk(get_resolver().url_patterns):
        if name in SKIPPED_NAMES or name.split(":")[0] in SKIPPED_NAMESPACES:
            continue
        yield name, list(pattern.regex.groupindex)


def html_of(response) -> str | None:
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return None
    return response.content.decode()


def url_of(name: str, kwarg_list: list[str], ids: dict) -> str:
    values = {**URL_KWARGS, **ids}
    missing = [kwarg for kwarg in kwarg_list if kwarg not in values]
    assert not missing, f"This test needs a real value for {missing} of {name}"
    return reverse(name, kwargs={kwarg: values[kwarg] for kwarg in kwarg_list})


def crawl(client, ids: dict, only: set | None = None) -> dict[str, list[str]]:
    """{url: problems} for every page of the site, requested with the given object ids (only
    the pages that take one of the `only` ids, when given)."""
    found = {}
    for name, kwarg_list in url_names():
        if only is not None and not only.intersection(kwarg_list):
            continue
        url = url_of(name, kwarg_list, ids)
        html = html_of(client.get(url))
        if html and (problems := problems_of(html)):
            found[url] = problems
    return found


def send_empty(client, name: str, ids: dict) -> dict[str, list[str]]:
    """Posts a form with nothing filled in: the page comes back with its errors. (One unknown
    key, as `request.POST or None` leaves a form unbound when nothing at all is sent.)"""
    kwarg_list = dict(url_names())[name]
    url = url_of(name, kwarg_list, ids)
    response = client.post(url, {"rien": ""})
    html = html_of(response)
    assert response.status_code in (200, 400) and html, (url, response.status_code)
    assert 'class="errorlist' in html, f"{url} shows no error"
    problems = problems_of(html)
    return {f"{url} (sent empty)": problems} if problems else {}


def scored_interview(offer, *, recruiter, interviewer, reveal: bool):
    """A new applicant's interview with scoring open, or with every score in and revealed."""
    application = apply_to_offer(CandidateFactory(), offer)
    move_application(application, ApplicationStage.INTERVIEW, by=recruiter)  # invited first
    interview = sessions.create_interview(
        application, panel=[recruiter, interviewer], lead=recruiter, by=recruiter
    )
    sessions.start_scoring(interview, by=recruiter)
    if reveal:
        ratings = {
            competency.pk: (3, "Explique clairement sa démarche.")
            for competency in interview.grid_version.competencies.all()
        }
        for member in (recruiter, interviewer):
            sessions.submit_scores(interview, ratings, by=member)
    return application


@pytest.fixture
def world():
    """The leak test's world (an offer with applications at every step), and what it lacks for
    some forms to show: a draft offer with findings to publish, a candidate who has not started
    the assessment (time extension) and has an invitation to another offer, one sitting the
    assessment, an interview being scored and one awaiting consensus."""
    world = build_world()
    recruiter, interviewer = world["roles"]["recruiter"], world["roles"]["interviewer"]
    offer = Offer.objects.get(pk=world["ids"]["offer_id"])
    newcomer, sitting = CandidateFactory(), CandidateFactory()
    newcomer_application = apply_to_offer(newcomer, offer)
    sitting_application = apply_to_offer(sitting, offer)
    # The leak world closes its campaign at the end: open it again for one more sitting.
    Campaign.objects.filter(offer=offer).update(closed_at=None)
    assessment_campaigns.start_attempt(sitting_application, user=None)
    world["roles"].update(
        candidate=world["application"].candidate.user,
        newcomer=newcomer.user,
        sitting=sitting.user,
        staff=UserFactory(staff=True, mfa=True),
    )
    draft = OfferFactory(
        employer=offer.employer,
        description=f"Vous développez des services web. {ILLEGAL_SENTENCE} {EXCLUSIONARY_SENTENCE}",
    )
    panel = {"recruiter": recruiter, "interviewer": interviewer}
    # The newcomer has slots to choose from (the leak world's candidate has a date already).
    move_application(newcomer_application, ApplicationStage.INTERVIEW, by=recruiter)
    proposed = sessions.create_interview(
        newcomer_application, panel=[recruiter, interviewer], lead=recruiter, by=recruiter
    )
    start = timezone.now() + timedelta(days=4)
    scheduling.propose_slots(
        proposed,
        slots=[scheduling.SlotData(start, start + timedelta(hours=1))],
        place="Siège",
        attendees=[recruiter],
        by=recruiter,
    )
    scoring = {"application_id": scored_interview(offer, reveal=False, **panel).pk}
    revealed = {"application_id": scored_interview(offer, reveal=True, **panel).pk}
    world["extra_ids"] = {
        "recruiter": [{"offer_id": draft.pk}, scoring, revealed],
        "interviewer": [scoring],
        "newcomer": [
            {"application_id": newcomer_application.pk},
            {"code": InvitationFactory().code},
        ],
        "sitting": [{"application_id": sitting_application.pk}],
    }
    ids = world["ids"]
    world["sent_empty"] = {
        "recruiter": [
            ("employers:offer_edit", ids),
            ("employers:offer_publish", {**ids, "offer_id": draft.pk}),
            ("assessments:campaign_edit", ids),
            ("assessments:work_sample_create", ids),
            ("assessments:work_sample_edit", ids),
            # (the review form is not sent empty: in the leak world the recruiter has already
            # reviewed every answer, so the page refuses a second review without a form)
            ("interviews:interview_create", ids),
            ("interviews:competency_edit", ids),
            ("interviews:submit_scores", {**ids, **scoring}),
            ("interviews:record_consensus", {**ids, **revealed}),
            ("shortlists:policy", ids),
            ("shortlists:decide", ids),
            ("interviews:schedule", ids),
            ("interviews:cancel_meeting", ids),
            ("applications:thread", ids),
        ],
        "adviser": [("advisers:subscriptions", ids), ("advisers:apply_for_person", ids)],
        "candidate": [
            ("candidates:profile", ids),
            ("candidates:delete_account", ids),
            ("interviews:my_interview_new_date", ids),
            ("interviews:my_interview_cancel", ids),
            ("candidate_threads:thread", ids),
        ],
        "newcomer": [
            ("interviews:my_interview", {**ids, "application_id": newcomer_application.pk})
        ],
        "sitting": [
            ("assessments:attempt_hand_in", {**ids, "application_id": sitting_application.pk})
        ],
    }
    return world


def pages_with_problems(client, world, role) -> dict[str, list[str]]:
    if role != "anonymous":
        full_login(client, world["roles"][role])
    found = {}
    # The extra pages first: an invitation opened is remembered, and the open offers then ask
    # for consent next to the invited offer.
    for ids in world["extra_ids"].get(role, []):
        found.update(crawl(client, {**world["ids"], **ids}, only=set(ids)))
    found.update(crawl(client, world["ids"]))
    for name, ids in world["sent_empty"].get(role, []):
        found.update(send_empty(client, name, ids))
    return found


ROLES = [
    "anonymous",
    "candidate",
    "newcomer",
    "sitting",
    "recruiter",
    "interviewer",
    "adviser",
    "staff",
]


@pytest.mark.parametrize("role", ROLES)
def test_every_id_a_page_points_to_is_on_the_page(client, world, role):
    found = pages_with_problems(client, world, role)
    assert not found, report(found)


# -- forms on their own ---------------------------------------------------------------------

# Forms whose constructor needs an object (an offer, a campaign, a question…): the pages above
# show them, built by their views.
BUILT_BY_THEIR_VIEWS = {
    "accounts.forms.EmailPreferencesForm",
    "advisers.forms.InvitationForm",
    "advisers.forms.OnBehalfForm",
    "assessments.forms.AttemptForm",
    "assessments.forms.ReviewForm",
    "employers.forms.OfferForm",
    "employers.forms.PublishForm",
    "employers.team_forms.InviteForm",
    "employers.team_forms.RoleForm",
    "fairness.forms.CommunePickForm",
    "fairness.forms.ResidenceForm",
    "interviews.forms.CompetencyForm",
    "interviews.forms.ConsensusForm",
    "interviews.forms.InterviewForm",
    "interviews.forms.ScoreSheetForm",
    "interviews.forms.SlotProposalForm",
    "interviews.forms.ChooseSlotForm",
    "shortlists.forms.DecisionForm",
}


def project_apps():
    return [app for app in apps.get_app_configs() if Path(app.path).parent == settings.BASE_DIR]


def project_form_classes() -> dict[str, type]:
    """Every Form and ModelForm class of Vivier's apps: each app's forms module and whatever the
    URLconf imports (forms that live elsewhere, like the offer search)."""
    get_resolver().url_patterns  # imports every view, and the forms they use
    names = {app.name for app in project_apps()}
    for name in names:
        if (Path(apps.get_app_config(name.rsplit(".")[-1]).path) / "forms.py").exists():
            import_module(f"{name}.forms")
    found, pending = {}, [forms.BaseForm]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.split(".")[0] in names:
            found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


def needs_arguments(cls) -> bool:
    return any(
        parameter.kind is parameter.KEYWORD_ONLY and parameter.default is parameter.empty
        for parameter in inspect.signature(cls.__init__).parameters.values()
    )


def test_forms_needing_arguments_are_the_ones_their_views_build():
    """A new form with a required argument is added to BUILT_BY_THEIR_VIEWS, and to the world
    above if no page shows it yet."""
    classes = project_form_classes()
    assert {name for name, cls in classes.items() if needs_arguments(cls)} == BUILT_BY_THEIR_VIEWS
    assert len(classes) > len(BUILT_BY_THEIR_VIEWS)


@pytest.mark.parametrize("bound", [False, True], ids=["blank", "with-errors"])
def test_every_form_on_its_own_points_only_to_ids_it_renders(bound):
    found = {}
    for name, cls in project_form_classes().items():
        if name in BUILT_BY_THEIR_VIEWS:
            continue
        form = cls(data={}) if bound else cls()
        html = str(form)
        if problems := problems_of(html):
            found[name] = problems
    assert not found, report(found)
