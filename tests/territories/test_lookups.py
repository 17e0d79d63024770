"""The reference data lookups: communes, rural classification, ROME, QPV perimeters."""

import csv
from pathlib import Path

import pytest

from territories import communes, qpv, rome
from tests.territories.fakes import (
    INSIDE,
    ON_BORDER,
    ON_WESTERN_EDGE,
    OUTSIDE,
    REUNION,
    east_of,
    north_of,
)

ROOT = Path(__file__).resolve().parents[2]


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

    def test_titles_of_digital_jobs_come_first_among_equals(self):
        # « Développeur culturel » or « attaché foncier » start with the word too
        found = rome.search_appellations("développeur")
        assert len(found) == 10 and {a.rome_code for a in found} == {"M1805"}
        assert "Développeur / Développeuse web" in [a.label for a in found]
        # a title starting with the word still comes before one that only contains it
        assert rome.search_appellations("web")[0].label.lower().startswith("web")

    def test_a_rome_code_lists_its_titles(self):
        assert {a.rome_code for a in rome.search_appellations("M1805")} == {"M1805"}

    def test_nothing_typed_finds_nothing(self):
        assert rome.search_appellations(" ") == []


class TestPerimeters:
    def test_a_point_inside_is_in_the_neighbourhood(self, perimeters):
        placed = qpv.place(*INSIDE)
        assert (placed.status, placed.neighbourhood.code) == (qpv.Status.INSIDE, "QN09199M")
        assert placed.decided

    def test_a_point_outside_is_in_none(self, perimeters):
        placed = qpv.place(*OUTSIDE)
        assert (placed.status, placed.neighbourhood, placed.near) == (qpv.Status.OUTSIDE, None, ())
        assert placed.decided

    def test_a_commune_lists_its_neighbourhoods_by_name(self, perimeters):
        names = [n.name for n in qpv.of_commune("91228")]
        assert names == ["Bois d'essai", "Quartier d'essai des Pyramides"]
        # A neighbourhood over two communes belongs to both.
        assert [n.code for n in qpv.of_commune("91174")] == ["QN09198M"]
        assert qpv.of_commune("01001") == []  # the Ain is covered, and this commune has none
        assert qpv.of_commune("59350") is None  # the Nord is not covered by the test file

    def test_without_the_perimeter_file_nothing_can_be_told(self, settings, tmp_path):
        settings.VIVIER_QPV_PERIMETERS = tmp_path / "missing.geojson"
        assert not qpv.available()
        with pytest.raises(qpv.PerimetersUnavailable):
            qpv.place(*INSIDE)
        assert qpv.of_commune("91228") is None  # not known, never « none »


class TestBorderBand:
    """The shipped perimeters are simplified (about 10 m): a point closer than
    qpv.BORDER_BAND_METRES to a perimeter's line is not decided by the geometry."""

    BAND = qpv.BORDER_BAND_METRES

    def test_the_band_is_wider_than_the_measured_cost_of_the_simplification(self):
        # territories/data/README.md: 0.2 % of points 10 m from the official line judged
        # otherwise, and the simplified outlines stray up to 10.6 m from the official ones.
        assert self.BAND >= 10.6

    def test_a_point_on_the_border_is_not_decided(self, perimeters):
        placed = qpv.place(*ON_BORDER)
        assert placed.status == qpv.Status.NEAR_BORDER and not placed.decided
        assert placed.neighbourhood is None
        assert [n.code for n in placed.near] == ["QN09199M"]

    @pytest.mark.parametrize("metres", [-3, 3])
    def test_a_point_just_inside_or_just_outside_is_not_decided(self, perimeters, metres):
        # North of the southern edge is inside; south of it, outside.
        placed = qpv.place(*north_of(ON_BORDER, metres * (self.BAND - 3) / 3))
        assert placed.status == qpv.Status.NEAR_BORDER

    def test_points_beyond_the_band_are_decided(self, perimeters):
        assert qpv.place(*north_of(ON_BORDER, self.BAND + 3)).status == qpv.Status.INSIDE
        assert qpv.place(*north_of(ON_BORDER, -self.BAND - 3)).status == qpv.Status.OUTSIDE

    def test_the_band_is_measured_in_metres_east_and_west_too(self, perimeters):
        # A degree of longitude is shorter than a degree of latitude (two thirds at 48.6° N).
        near = qpv.place(*east_of(ON_WESTERN_EDGE, self.BAND - 3))
        assert near.status == qpv.Status.NEAR_BORDER
        assert qpv.place(*east_of(ON_WESTERN_EDGE, self.BAND + 3)).status == qpv.Status.INSIDE
        assert qpv.place(*east_of(ON_WESTERN_EDGE, -self.BAND - 3)).status == qpv.Status.OUTSIDE

    def test_near_a_qpv_of_another_commune_the_point_is_decided(self, perimeters):
        # 5 m outside « Bois d'essai » (Évry-Courcouronnes and Corbeil-Essonnes): an address of
        # Corbeil-Essonnes may be in it; one of Ris-Orangis, by its commune, cannot.
        point = north_of((48.605, 2.4025), 5)
        assert qpv.place(*point).status == qpv.Status.NEAR_BORDER
        assert qpv.place(*point, insee_code="91174").status == qpv.Status.NEAR_BORDER
        assert qpv.place(*point, insee_code="91521").status == qpv.Status.OUTSIDE


class TestCoverage:
    """The perimeters tell « in no QPV » only where they cover: the departments they hold a
    perimeter in, read from the file. Elsewhere the answer is « not covered »: unknown."""

    def test_an_overseas_commune_is_not_covered_by_a_metropolitan_file(self, perimeters):
        assert qpv.of_commune("97411") is None  # Saint-Denis, La Réunion
        placed = qpv.place(*REUNION, insee_code="97411")
        assert (placed.status, placed.decided) == (qpv.Status.NOT_COVERED, False)

    def test_a_point_far_from_every_covered_department_is_not_covered(self, perimeters):
        assert qpv.place(*REUNION).status == qpv.Status.NOT_COVERED

    def test_coverage_is_read_from_the_file(self):
        features = [
            {
                "type": "Feature",
                "properties": {"code_qp": "QN97499Z", "lib_qp": "Essai", "insee_com": "97411"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [
                        [
                            [55.44, -20.89],
                            [55.46, -20.89],
                            [55.46, -20.87],
                            [55.44, -20.87],
                            [55.44, -20.89],
                        ]
                    ],
                },
            }
        ]
        reunion = qpv.Perimeters(features)
        assert reunion.departments == frozenset({"974"})
        assert reunion.place(*REUNION).status == qpv.Status.INSIDE
        assert [n.code for n in reunion.of_commune("97411")] == ["QN97499Z"]
        assert reunion.of_commune("97415") == []  # Saint-Paul: covered, no QPV in this file
        assert reunion.of_commune("91228") is None
        assert reunion.place(*INSIDE).status == qpv.Status.NOT_COVERED


@pytest.fixture(scope="module")
def shipped():
    return qpv.Perimeters.read(qpv.DEFAULT_FILE)


class TestShippedPerimeters:
    """The file shipped: ANCT's 2024 list for metropolitan France and French Polynesia; the
    overseas departments and Saint-Martin are left out (territories/data/README.md)."""

    def test_it_covers_every_metropolitan_department_and_french_polynesia(self, shipped):
        metropolitan = {c.department for c in communes._communes().values()}
        metropolitan = {d for d in metropolitan if len(d) == 2}
        assert len(metropolitan) == 96
        assert shipped.departments == frozenset(metropolitan | {"987"})

    @pytest.mark.parametrize(
        ("insee_code", "point"),
        [
            ("97101", (16.2411, -61.5331)),  # Les Abymes, Guadeloupe
            ("97209", (14.6161, -61.0588)),  # Fort-de-France, Martinique
            ("97302", (4.9372, -52.3260)),  # Cayenne, Guyane
            ("97411", REUNION),
            ("97611", (-12.7806, 45.2279)),  # Mamoudzou, Mayotte
            ("97801", (18.0708, -63.0501)),  # Saint-Martin
        ],
    )
    def test_the_overseas_departments_are_not_covered(self, shipped, insee_code, point):
        assert shipped.of_commune(insee_code) is None
        assert shipped.place(*point, insee_code=insee_code).status == qpv.Status.NOT_COVERED
        assert shipped.place(*point).status == qpv.Status.NOT_COVERED

    @pytest.mark.parametrize(
        "point",
        [
            (48.4590, -5.0860),  # Ouessant, the westernmost
            (51.0700, 2.5300),  # Bray-Dunes, the northernmost
            (48.9700, 8.2000),  # Lauterbourg, the easternmost on the mainland
            (41.3900, 9.1600),  # Bonifacio, the southernmost
            (42.4400, 3.1600),  # Cerbère
            (45.9237, 6.8694),  # Chamonix-Mont-Blanc
        ],
    )
    def test_every_corner_of_metropolitan_france_is_covered(self, shipped, point):
        assert shipped.place(*point).status != qpv.Status.NOT_COVERED

    def test_every_metropolitan_postcode_is_covered_and_no_overseas_department_is(self, shipped):
        with (ROOT / "broadcasting" / "data" / "postcodes.csv").open(encoding="utf-8") as handle:
            points = {
                row["postcode"]: (float(row["latitude"]), float(row["longitude"]))
                for row in csv.DictReader(handle)
            }
        covered = {code for code, point in points.items() if shipped.covers(*point)}
        overseas = {code for code in points if code[:3] in {"971", "972", "973", "974", "976"}}
        assert overseas and not overseas & covered
        assert {code for code in points if code[:2] not in {"97", "98"}} <= covered

    def test_a_merged_commune_has_the_qpvs_of_its_former_communes(self, shipped):
        # Saint-Denis (93066) took in Pierrefitte-sur-Seine (93059) in 2025; ANCT's 2024 list
        # names the latter. The geocoder gives today's code.
        codes = [n.code for n in shipped.of_commune("93066")]
        assert {"QN09335M", "QN09336I", "QN09342M"} <= set(codes)
        # An address just inside « Joncherolles - Fauvettes » (93059 only) is near its border.
        joncherolles = shipped.shapes[[n.code for n in shipped.neighbourhoods].index("QN09336I")]
        corner = (
            joncherolles.exterior.coords[0]
            if hasattr(joncherolles, "exterior")
            else (joncherolles.geoms[0].exterior.coords[0])
        )
        placed = shipped.place(corner[1], corner[0], insee_code="93066")
        assert placed.status == qpv.Status.NEAR_BORDER
        assert "QN09336I" in [n.code for n in placed.near]

    def test_a_commune_of_french_polynesia_has_its_qpvs(self, shipped):
        assert shipped.of_commune("98735")  # Papeete
