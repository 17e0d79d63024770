"""The library's SJT scenarios and written questions are loaded into the database, versioned."""

import dataclasses
import io

import pytest
from django.core.management import call_command

from assessments.library.sjt import load_scenarios
from assessments.library_sync import sync_scenarios, sync_written_questions
from assessments.models import SjtScenario, WrittenQuestion
from tests.assessments.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def test_every_scenario_and_question_of_the_library_is_loaded():
    out = io.StringIO()
    call_command("load_assessment_library", stdout=out)
    assert "scenarios: 16 created" in out.getvalue()
    assert SjtScenario.objects.current().count() == len(load_scenarios()) >= 16
    assert WrittenQuestion.objects.current().count() >= 8
    assert SjtScenario.objects.values("competency").distinct().count() == 4


def test_syncing_twice_changes_nothing():
    sync_scenarios()
    report = sync_scenarios()
    assert report.created == report.updated == report.new_versions == []


def test_a_loaded_scenario_keeps_its_expert_key():
    spec = load_scenarios()[0]
    sync_scenarios([spec])
    row = SjtScenario.objects.get(slug=spec.id)
    assert row.to_spec() == spec


def test_a_changed_scenario_unused_by_any_campaign_is_updated_in_place():
    spec = load_scenarios()[0]
    sync_scenarios([spec])
    changed = dataclasses.replace(spec, question={"fr": "Et alors ?", "en": "So?"})
    report = sync_scenarios([changed])
    assert report.updated == [spec.id]
    assert SjtScenario.objects.filter(slug=spec.id).count() == 1


def test_a_changed_scenario_used_by_a_campaign_gets_a_new_version():
    spec = load_scenarios()[0]
    sync_scenarios([spec])
    old = SjtScenario.objects.get(slug=spec.id)
    CampaignFactory(scenarios=[old])
    sync_scenarios([dataclasses.replace(spec, question={"fr": "Et alors ?", "en": "So?"})])
    old.refresh_from_db()
    new = SjtScenario.objects.current().get(slug=spec.id)
    assert (old.is_current, old.version, new.version) == (False, 1, 2)
    assert old.question_fr == spec.question["fr"]


def test_written_questions_are_versioned_the_same_way():
    report = sync_written_questions()
    assert len(report.created) >= 8
    assert sync_written_questions().unchanged == report.created
