"""The API answers as its OpenAPI document says, checked by schemathesis against a live daphne.

Schemathesis generates valid and invalid requests from /api/schema/ and fails on any 5xx, any
status, content type, header or body the document does not declare, and any invalid request
the API accepts. Two outcomes are declared and expected for schema-valid requests although
OpenAPI cannot predict them: 400 for the rules that tie parameters together (a distance needs a
postcode the distance table knows) and 410 for a closed offer's id.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from employers.enums import ContractType, RemotePolicy
from tests.employers.factories import OfferFactory

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# The database is set up before the suite-wide autouse fixtures, which clear a database cache.
# A live daphne and schemathesis's own processes belong to the serial pass.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.serial]
CONFIG = """
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "400", "404", "410"]
"""


def test_api_conforms_to_its_openapi_document(live_daphne, tmp_path):
    OfferFactory(published=True, rome_code="M1805")
    OfferFactory(published=True, cdd=True, part_time=True, postcode="69002", commune="Lyon")
    OfferFactory(
        published=True,
        contract_type=ContractType.STAGE,
        remote_policy=RemotePolicy.FULL,
        postcode="",
        commune="",
        salary_min=None,
        salary_max=None,
    )
    OfferFactory(justified=True)
    OfferFactory(closed=True)
    OfferFactory()  # draft
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)

    result = subprocess.run(
        [
            str(SCHEMATHESIS),
            "--config-file",
            str(config),
            "--no-color",
            "run",
            f"{live_daphne}/api/schema/",
            "--checks",
            "all",
            "--max-examples",
            "30",
            "--workers",
            "1",
            "--seed",
            "2026",
            "--request-timeout",
            "10",
            "--generation-database",
            "none",
            "--report-dir",
            str(tmp_path / "report"),
        ],
        cwd=tmp_path,  # hypothesis and schemathesis keep caches in the working directory
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Tested: 3" in result.stdout, result.stdout[-2000:]
    assert "No issues found" in result.stdout, result.stdout[-2000:]
