"""`manage.py locate_territory`: JSON Lines in, JSON Lines out."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from tests.territories.fakes import INSIDE, NEAR_BORDER, ON_BORDER, OUTSIDE, REUNION


def run(lines: list, tmp_path) -> tuple[list[dict], CommandError | None]:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines),
        encoding="utf-8",
    )
    out = io.StringIO()
    error = None
    try:
        call_command("locate_territory", str(source), stdout=out)
    except CommandError as raised:
        error = raised
    return [json.loads(line) for line in out.getvalue().splitlines()], error


def test_points_get_their_qpv_and_rurality(perimeters, tmp_path):
    results, error = run(
        [
            {"id": "in", "lat": INSIDE[0], "lon": INSIDE[1]},
            {"id": "out", "lat": OUTSIDE[0], "lon": OUTSIDE[1]},
        ],
        tmp_path,
    )
    assert error is None
    assert results == [
        {"id": "in", "qpv": "QN09199M", "rural": False, "insee_code": "91228"},
        # outside every QPV, the commune comes from the communes' outlines
        {"id": "out", "qpv": None, "rural": False, "insee_code": "91600"},
    ]


def test_a_point_in_the_countryside_gets_its_commune_and_rurality(perimeters, tmp_path):
    results, error = run([{"id": "Marcenat", "lat": 45.3130, "lon": 2.8605}], tmp_path)
    assert error is None
    # (the test's perimeters cover the Essonne only: the QPV is not known in the Cantal)
    assert results == [
        {
            "id": "Marcenat",
            "qpv": None,
            "rural": True,
            "insee_code": "15114",
            "qpv_unknown": "not_covered",
        }
    ]


def test_near_a_commune_line_no_commune_is_said_and_rurality_only_when_both_agree(
    perimeters, tmp_path
):
    results, error = run(
        [
            # between Marcenat and Condat (Cantal), both classified rural
            {"id": "both rural", "lat": 45.33433, "lon": 2.78472},
            # between Aurillac (not classified) and Saint-Simon (classified)
            {"id": "one rural", "lat": 44.9537, "lon": 2.44663},
        ],
        tmp_path,
    )
    assert error is None
    assert results == [
        {
            "id": "both rural",
            "qpv": None,
            "rural": True,
            "insee_code": None,
            "qpv_unknown": "not_covered",
        },
        {
            "id": "one rural",
            "qpv": None,
            "rural": None,
            "insee_code": None,
            "qpv_unknown": "not_covered",
        },
    ]


def test_a_point_at_sea_is_in_no_commune(perimeters, tmp_path):
    results, error = run([{"id": "sea", "lat": 47.0, "lon": -5.0}], tmp_path)
    assert error is None
    assert results[0]["insee_code"] is None and results[0]["rural"] is None


def test_a_point_near_a_border_is_not_decided_and_says_why(perimeters, tmp_path):
    results, error = run(
        [
            {"id": "on", "lat": ON_BORDER[0], "lon": ON_BORDER[1]},
            {"id": "5 m in", "lat": NEAR_BORDER[0], "lon": NEAR_BORDER[1]},
        ],
        tmp_path,
    )
    assert error is None
    assert results == [
        {
            "id": name,
            "qpv": None,
            "rural": False,  # Évry-Courcouronnes, from the communes' outlines
            "insee_code": "91228",
            "qpv_unknown": "near_border",
            "qpv_near": ["QN09199M"],
        }
        for name in ("on", "5 m in")
    ]


def test_a_place_the_perimeters_do_not_cover_is_unknown_not_outside(perimeters, tmp_path):
    results, error = run(
        [
            {"id": "point", "lat": REUNION[0], "lon": REUNION[1]},
            {"id": "commune", "insee_code": "97411"},
        ],
        tmp_path,
    )
    assert error is None
    assert results == [
        {
            "id": "point",
            "qpv": None,
            "rural": None,  # Saint-Denis is partly classified ZRR
            "insee_code": "97411",
            "qpv_unknown": "not_covered",
        },
        {
            "id": "commune",
            "qpv": None,
            "rural": None,  # Saint-Denis is partly classified ZRR
            "insee_code": "97411",
            "qpv_unknown": "not_covered",
            "qpv_in_commune": None,
        },
    ]


def test_a_commune_gets_its_rurality_and_its_qpvs(perimeters, tmp_path):
    results, error = run([{"id": 7, "insee_code": "91228"}], tmp_path)
    assert error is None
    assert results == [
        {
            "id": 7,
            "qpv": None,
            "rural": False,
            "insee_code": "91228",
            "qpv_in_commune": ["QN09198M", "QN09199M"],
        }
    ]


def test_bad_lines_get_an_error_each_and_the_command_fails_at_the_end(perimeters, tmp_path):
    results, error = run(
        [
            "{not json",
            {"id": "a", "lat": "north", "lon": 2},
            {"id": "b", "lat": 91, "lon": 2},
            {"id": "c", "insee_code": "99999"},
            {"id": "d"},
            [1, 2],
            {"id": "ok", "lat": INSIDE[0], "lon": INSIDE[1]},
        ],
        tmp_path,
    )
    assert [r.get("error", "") != "" for r in results] == [True] * 6 + [False]
    assert results[0]["error"] == "ligne 1 : JSON illisible"
    assert "lat et lon" in results[1]["error"] and "lat et lon" in results[2]["error"]
    assert "99999" in results[3]["error"]
    assert results[-1]["qpv"] == "QN09199M"
    assert str(error) == "6 ligne(s) en erreur"


def test_a_missing_input_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Impossible de lire"):
        call_command("locate_territory", str(tmp_path / "absent.jsonl"))
