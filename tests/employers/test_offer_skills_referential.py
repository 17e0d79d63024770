"""Skills picked from France Travail's ROME 4.0 referential in the offer form: suggested from
the offer's ROME code, searched by words; skills typed freely stay allowed."""

import pytest
from django.urls import reverse

from employers.models import Offer
from territories import rome
from tests.employers.factories import EmployerMembershipFactory
from tests.employers.test_offer_editor import form_data

pytestmark = pytest.mark.django_db
CREATE = reverse("employers:offer_create")
SUGGEST = reverse("employers:skills")
LONG = (
    "Développer et administrer une base de données géographiques (catalogues de données, "
    "de métadonnées)"
)
WITH_COMMAS = (
    "Alimenter et actualiser la base de données clients et prospects, classer, archiver les "
    "dossiers et les documents"
)


@pytest.fixture
def member(client, force_login):
    membership = EmployerMembershipFactory()
    force_login(membership.user)
    return membership


def create(client, member, **fields):
    return client.post(CREATE, form_data(employer=member.employer.pk, **fields))


def test_a_referential_skill_is_kept_whole_at_its_length_and_spelling(client, member):
    assert len(LONG) > 80
    typed = (
        "developper et administrer une base de donnees geographiques (catalogues de donnees, "
        "de metadonnees)"
    )
    create(client, member, skills=f"{typed}\n{WITH_COMMAS}\nPython")
    assert Offer.objects.get().skills == [LONG, WITH_COMMAS, "Python"]


def test_free_skills_are_still_split_on_commas(client, member):
    create(client, member, skills="Python, SQL\nDjango")
    assert Offer.objects.get().skills == ["Python", "SQL", "Django"]


def test_a_free_skill_longer_than_80_characters_is_still_refused(client, member):
    response = create(client, member, skills="Savoir " + "très " * 20 + "bien coder")
    assert response.status_code == 200
    assert response.context["form"].errors["skills"]
    assert not Offer.objects.exists()


def test_the_form_offers_the_referential_picker(client, member):
    page = client.get(CREATE).content.decode()
    assert "data-vivier-skills-combobox" in page
    assert f'data-url="{SUGGEST}"' in page


def test_the_offers_rome_code_suggests_its_skills_core_ones_first(client, member):
    results = client.get(SUGGEST, {"rome": "m1805"}).json()["results"]
    expected = rome.skills_for("M1805")[: len(results)]
    assert [r["code"] for r in results] == [s.code for s in expected]
    assert results[0] == {
        "code": expected[0].code,
        "label": expected[0].label,
        "kind": expected[0].kind_label,
        "core": True,
    }


def test_typed_words_search_the_whole_referential_the_familys_skills_first(client, member):
    results = client.get(SUGGEST, {"q": "BASE DONNEES", "rome": "M1805"}).json()["results"]
    assert results[0]["label"] == "Développer une application en lien avec une base de données"
    assert WITH_COMMAS in [r["label"] for r in results]


def test_bad_input_finds_nothing(client, member):
    assert client.get(SUGGEST).json() == {"results": []}
    assert client.get(SUGGEST, {"q": "b"}).json() == {"results": []}
    assert client.get(SUGGEST, {"rome": "Z9999"}).json() == {"results": []}
    assert client.get(SUGGEST, {"rome": "<script>"}).json() == {"results": []}
    assert client.get(SUGGEST, {"q": "x" * 5000}).json() == {"results": []}


def test_suggestions_are_for_recruiters(client, force_login):
    assert client.get(SUGGEST, {"q": "coder"}).status_code in (302, 403)
