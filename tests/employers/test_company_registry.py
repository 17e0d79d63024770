"""The registry client against a real HTTP server on loopback serving recorded answers."""

import pytest

from employers import company_registry
from tests.employers.registry import (
    DINUM,
    SIRET_SERVER_ERROR,
    SIRET_SILENT,
    UNKNOWN,
    base_url,
    serve_registry,
)


@pytest.fixture
def server():
    with serve_registry() as server:
        yield server


def test_the_name_address_and_activity_code_come_from_the_registry(server):
    company = company_registry.look_up(DINUM, base_url=base_url(server), timeout=2)
    assert company == company_registry.Company(
        siret=DINUM,
        name="DIRECTION INTERMINISTERIELLE DU NUMERIQUE",
        address="20 AVENUE DE SEGUR 75007 PARIS",
        activity_code="84.11Z",
    )
    assert server.queries == [DINUM]


def test_a_siret_the_registry_does_not_know_is_not_found(server):
    with pytest.raises(company_registry.CompanyNotFound):
        company_registry.look_up(UNKNOWN, base_url=base_url(server), timeout=2)


def test_a_server_error_makes_the_registry_unavailable(server):
    with pytest.raises(company_registry.RegistryUnavailable):
        company_registry.look_up(SIRET_SERVER_ERROR, base_url=base_url(server), timeout=2)


def test_a_registry_that_does_not_answer_in_time_is_unavailable(server):
    with pytest.raises(company_registry.RegistryUnavailable):
        company_registry.look_up(SIRET_SILENT, base_url=base_url(server), timeout=0.5)


def test_a_registry_nobody_listens_to_is_unavailable():
    with pytest.raises(company_registry.RegistryUnavailable):
        company_registry.look_up(DINUM, base_url="http://127.0.0.1:9", timeout=2)


def test_an_answer_about_another_establishment_is_not_the_one_asked():
    answer = {"results": [{"nom_complet": "X", "siege": {"siret": DINUM}}]}
    with pytest.raises(company_registry.CompanyNotFound):
        company_registry.parse_answer(answer, UNKNOWN)
