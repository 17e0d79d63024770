"""`territories/data/build_qpv.py` turns ANCT's file into the one Vivier reads, keeping the
answers: the same perimeters cover the same points."""

import json
import subprocess
import sys
from pathlib import Path

from territories.qpv import Perimeters
from tests.territories.fakes import INSIDE, ON_BORDER, OUTSIDE, write_perimeters

ROOT = Path(__file__).resolve().parents[2]


def test_the_built_file_keeps_codes_names_communes_and_answers(tmp_path):
    official = write_perimeters(tmp_path)
    built = subprocess.run(
        [sys.executable, str(ROOT / "territories" / "data" / "build_qpv.py"), str(official)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    features = json.loads(built)["features"]
    assert [f["properties"] for f in features] == [
        {"code_qp": "QN00199M", "lib_qp": "Quartier d'essai de Bourg", "insee_com": "01053"},
        {"code_qp": "QN09198M", "lib_qp": "Bois d'essai", "insee_com": "91228, 91174"},
        {"code_qp": "QN09199M", "lib_qp": "Quartier d'essai des Pyramides", "insee_com": "91228"},
    ]
    before, after = Perimeters.read(official), Perimeters(features)
    for point in (INSIDE, ON_BORDER, OUTSIDE):
        assert before.place(*point) == after.place(*point)
    assert before.departments == after.departments == {"01", "91"}
