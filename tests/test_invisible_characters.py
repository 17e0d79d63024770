"""Bidi controls and other invisible characters in what people type and others read: titles
and names refuse them with an error, free text loses them (core.text, issue 16 item 3)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import User
from advisers.forms import InvitationForm
from advisers.models import AdviserOrganisation
from candidates.forms import IdentityForm, ProfileForm
from employers.models import Employer, Offer
from interviews import sessions
from interviews.forms import CompetencyForm
from interviews.models import Score
from shortlists.forms import DecisionForm
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.employers.test_offer_editor import form_data
from tests.interviews.conftest import build_team, plan, ratings
from tests.utils import full_login

pytestmark = pytest.mark.django_db

RLO = "\u202e"  # right-to-left override: "Atelier‮lanoisseforP" shows as "…Professionel"
ZWSP = "\u200b"


@pytest.fixture
def team(db):
    return build_team()


@pytest.fixture
def member(client):
    membership = EmployerMembershipFactory()
    full_login(client, membership.user)
    return membership


def test_an_offer_title_with_a_bidi_control_is_refused_with_the_reason(client, member):
    data = form_data(employer=member.employer.pk, title=f"Développeur·se {RLO}nohtyP")
    response = client.post(reverse("employers:offer_create"), data)
    assert "U+202E" in response.content.decode()
    assert not Offer.objects.exists()


def test_an_offer_description_loses_its_invisible_characters(client, member):
    data = form_data(employer=member.employer.pk, description=f"Vous dé{ZWSP}veloppez.\ufeff")
    client.post(reverse("employers:offer_create"), data)
    assert Offer.objects.get().description == "<p>Vous développez.</p>"


def test_an_offer_published_text_loses_them_in_skills_too(client, member):
    data = form_data(employer=member.employer.pk, skills=f"Py{ZWSP}thon\nSQL")
    client.post(reverse("employers:offer_create"), data)
    assert Offer.objects.get().skills == ["Python", "SQL"]


@pytest.mark.parametrize(
    ("model", "field"),
    [(Employer, "name"), (AdviserOrganisation, "name"), (User, "display_name"), (Offer, "title")],
)
def test_a_name_typed_in_the_admin_refuses_them(model, field):
    with pytest.raises(ValidationError) as error:
        model._meta.get_field(field).clean(f"Atelier{RLO}numérique", None)
    assert "U+202E" in error.value.messages[0]


def test_a_candidates_name_refuses_them():
    form = IdentityForm({"first_name": f"Zo{ZWSP}é", "last_name": "Martin", "postcode": ""})
    assert not form.is_valid()
    assert "U+200B" in form.errors["first_name"][0]


def test_a_candidates_path_loses_them():
    form = ProfileForm({"path_text": f"Dix ans {RLO}de support.", "skills": "Python"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["path_text"] == "Dix ans de support."


def test_an_interview_competency_name_refuses_them():
    data = {"name": f"Écoute{RLO}", "weight": "1", "questions": "Racontez un conflit."}
    data.update({f"level_{level}": "Observé." for level in range(1, 6)})
    form = CompetencyForm(data, language="fr")
    assert not form.is_valid()
    assert "U+202E" in form.errors["name"][0]


def test_a_decision_comment_loses_them():
    form = DecisionForm(
        {"kind": "reject", "reason": "below_cutoff", "comment": f"Merci{ZWSP} !"},
        kinds=["reject"],
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["comment"] == "Merci !"


def test_an_advisers_note_loses_them():
    organisation = OfferFactory().employer  # any queryset of one will do
    form = InvitationForm(
        {"note": f"A.{RLO}D."}, organisations=Employer.objects.filter(pk=organisation.pk)
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["note"] == "A.D."


def test_evidence_sent_over_the_websocket_loses_them(team):
    interview = plan(team)
    sessions.start_scoring(interview, by=team.alice)
    notes = {
        competency: (level, f"A cité{RLO} un exemple.")
        for competency, (level, _e) in ratings(interview, 3, 3, 3).items()
    }
    sessions.submit_scores(interview, notes, by=team.alice)
    assert set(Score.objects.values_list("evidence", flat=True)) == {"A cité un exemple."}
