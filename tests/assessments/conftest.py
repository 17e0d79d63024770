import shutil

import pytest

from assessments import sandbox as sandbox_module
from assessments.sandbox import Sandbox, SandboxConfig
from tests.assessments.factories import ExerciseFactory
from tests.browser.conftest import browser, page  # noqa: F401  (Playwright fixtures)
from tests.candidates.factories import ApplicationFactory


@pytest.fixture
def application(db):
    return ApplicationFactory()


@pytest.fixture
def candidate_client(client, force_login, application):
    force_login(application.candidate.user)
    return client


@pytest.fixture
def exercise(db):
    return ExerciseFactory()


@pytest.fixture
def broken_sandbox(monkeypatch):
    """The real Sandbox, pointed at a bubblewrap that does not exist: grading must refuse."""
    box = Sandbox(SandboxConfig(bwrap_path="/nonexistent/bwrap"))
    monkeypatch.setattr(sandbox_module, "_default", box)
    return box


@pytest.fixture
def real_sandbox():
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap is missing: run `make test`, which installs it")
    sandbox_module.check_available()


@pytest.fixture
def membership(db):
    from tests.employers.factories import EmployerMembershipFactory

    return EmployerMembershipFactory()


@pytest.fixture
def offer(membership):
    from tests.employers.factories import OfferFactory

    return OfferFactory(employer=membership.employer, published=True)


@pytest.fixture
def recruiter_client(client, force_login, membership):
    force_login(membership.user)
    return client
