"""`load_exercises` syncs the library into the database, idempotently and safely."""

import dataclasses
import io

import pytest
from django.core.management import call_command

from assessments.library import get_exercise, load_exercises
from assessments.library_sync import sync_exercises
from assessments.models import Exercise
from tests.assessments.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def changed(spec, **changes):
    return dataclasses.replace(spec, **changes)


def test_the_command_loads_every_library_exercise_once():
    call_command("load_exercises", stdout=io.StringIO())
    output = io.StringIO()
    call_command("load_exercises", stdout=output)
    assert "0 created, 0 updated, 0 new versions" in output.getvalue()
    slugs = {spec.slug for spec in load_exercises()}
    assert set(Exercise.objects.current().values_list("slug", flat=True)) == slugs
    assert Exercise.objects.count() == len(slugs)


def test_a_second_sync_changes_nothing():
    sync_exercises()
    report = sync_exercises()
    assert report.created == report.updated == report.new_versions == []
    assert len(report.unchanged) == len(load_exercises())


def test_hidden_tests_and_limits_are_stored_with_the_exercise():
    spec = get_exercise("brackets")
    sync_exercises([spec])
    exercise = Exercise.objects.get(slug="brackets")
    assert len(exercise.hidden_cases()) == len(spec.hidden)
    assert exercise.hidden_cases()[0].expected == spec.hidden[0].expected
    assert exercise.time_limit_s == spec.time_limit_s
    assert exercise.title_fr == "Parenthèses équilibrées"


def test_the_statement_is_rendered_and_sanitised():
    spec = get_exercise("brackets")
    hostile = spec.statement["fr"] + "\n<script>alert(1)</script>\n[lien](javascript:alert(1))\n"
    sync_exercises([changed(spec, statement={**spec.statement, "fr": hostile})])
    html = Exercise.objects.get(slug="brackets").statement_html_fr
    assert "<h3>Entrée</h3>" in html  # below the page title and its "Énoncé" section
    assert "<script" not in html and "javascript:" not in html
    assert "# Parenthèses" not in html  # the title is the page's own heading


def test_a_changed_exercise_without_submissions_is_updated_in_place():
    spec = get_exercise("brackets")
    sync_exercises([spec])
    report = sync_exercises([changed(spec, time_limit_s=3.0)])
    assert report.updated == ["brackets"]
    exercise = Exercise.objects.get(slug="brackets")
    assert (exercise.version, exercise.time_limit_s) == (2, 3.0)


def test_a_changed_exercise_with_submissions_gets_a_new_version():
    spec = get_exercise("brackets")
    sync_exercises([spec])
    old = Exercise.objects.get(slug="brackets")
    SubmissionFactory(exercise=old)

    report = sync_exercises([changed(spec, time_limit_s=3.0)])

    assert report.new_versions == ["brackets"]
    old.refresh_from_db()
    current = Exercise.objects.current().get(slug="brackets")
    assert (old.is_current, old.time_limit_s) == (False, spec.time_limit_s)
    assert (current.version, current.time_limit_s) == (2, 3.0)


def test_an_exercise_removed_from_the_library_is_retired_not_deleted():
    sync_exercises([get_exercise("brackets"), get_exercise("run-length")])
    report = sync_exercises([get_exercise("brackets")])
    assert report.retired == ["run-length"]
    assert not Exercise.objects.get(slug="run-length").is_current
