"""The reference data lookups: communes, rural classification, ROME, QPV perimeters."""

import pytest

from territories import communes, qpv, rome
from tests.territories.fakes import INSIDE, ON_BORDER, OUTSIDE


class TestCommunes:
    def test_a_commune_is_found_by_its_insee_code(self):
        assert communes.commune("91228").name == "Évry-Courcouronnes"

    def test_an_unknown_code_is_none(self):
        assert communes.commune("99999") is None

    def test_search_by_postcode_lists_the_communes_it_serves(self):
        names = [c.name for c in communes.search("91000")]
        assert "Évry-Courcouronnes" in names

    def test_search_by_name_ignores_accents_and_case(self):
        assert communes.search("evry courcouronnes")[0].insee_code == "91228"
        assert communes.search("ÉVRY-COURCOURONNES")[0].insee_code == "91228"

    def test_search_of_nothing_finds_nothing(self):
        assert communes.search("  - ") == []


class TestRurality:
    def test_a_classified_commune_is_rural(self):
        classified = next(
            code for code, status in communes._zrr().items() if status == communes.CLASSIFIED
        )
        assert communes.rural(classified) is True

    def test_a_city_is_not_rural(self):
        assert communes.rural("91228") is False  # Évry-Courcouronnes, via its former communes
        assert communes.rural("59350") is False  # Lille

    def test_a_district_takes_its_city_status(self):
        assert communes.rural("75119") is False  # Paris 19e

    def test_a_partly_classified_commune_is_unknown(self):
        partly = next(code for code, status in communes._zrr().items() if status == communes.PARTLY)
        assert communes.rural(partly) is None

    def test_an_unknown_commune_is_unknown(self):
        assert communes.rural("99999") is None


class TestRome:
    def test_a_code_exists_with_its_label(self):
        assert rome.rome_exists("M1805")
        assert rome.rome_label("m1805") == "Études et développement informatique"

    def test_an_invented_code_does_not_exist(self):
        assert not rome.rome_exists("Z9999")

    def test_appellations_are_found_accents_and_case_aside(self):
        labels = [a.label for a in rome.search_appellations("DEVELOPPEUR")]
        assert labels and all("veloppeu" in label for label in labels)
        assert rome.search_appellations("développeur") == rome.search_appellations("developpeur")

    def test_every_word_typed_must_start_a_word_of_the_title(self):
        found = rome.search_appellations("dev web")
        assert found
        for appellation in found:
            assert "web" in appellation.label.lower()

    def test_an_appellation_carries_its_rome_code_and_label(self):
        found = rome.search_appellations("développeur web")[0]
        assert rome.appellation(found.code) == found
        assert found.rome_label == rome.rome_label(found.rome_code)

    def test_a_rome_code_lists_its_titles(self):
        assert {a.rome_code for a in rome.search_appellations("M1805")} == {"M1805"}

    def test_nothing_typed_finds_nothing(self):
        assert rome.search_appellations(" ") == []


class TestPerimeters:
    def test_a_point_inside_is_in_the_neighbourhood(self, perimeters):
        assert qpv.locate(*INSIDE).code == "QN09199M"

    def test_a_point_outside_is_in_none(self, perimeters):
        assert qpv.locate(*OUTSIDE) is None

    def test_a_point_on_the_border_counts_as_inside(self, perimeters):
        assert qpv.locate(*ON_BORDER).code == "QN09199M"

    def test_a_commune_lists_its_neighbourhoods_by_name(self, perimeters):
        names = [n.name for n in qpv.of_commune("91228")]
        assert names == ["Bois d'essai", "Quartier d'essai des Pyramides"]
        # A neighbourhood over two communes belongs to both.
        assert [n.code for n in qpv.of_commune("91174")] == ["QN09198M"]
        assert qpv.of_commune("59350") == []

    def test_without_the_perimeter_file_a_point_cannot_be_placed(self, settings, tmp_path):
        settings.VIVIER_QPV_PERIMETERS = tmp_path / "missing.geojson"
        assert not qpv.available()
        with pytest.raises(qpv.PerimetersUnavailable):
            qpv.locate(*INSIDE)
        assert qpv.of_commune("91228") == []
