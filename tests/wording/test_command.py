"""``manage.py check_offer_wording``: JSON Lines in, one result line per input line out."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from employers.wording import categories

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"category", "severity", "start", "end", "message", "legal_basis", "suggestion"}
# Accents and emoji (one code point, and a ZWJ sequence of three) before the findings.
EMOJI_TEXT = "🚀 Équipe soudée 👩‍💻 : nous recherchons un développeur. Âgé de 25 à 35 ans."


def _run(*lines: str, **options) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO("".join(line + "\n" for line in lines))
    call_command("check_offer_wording", stdin=stdin, stdout=out, stderr=err, **options)
    return out.getvalue().splitlines(), err.getvalue()


def _line(item: dict) -> str:
    return json.dumps(item, ensure_ascii=False)


def test_each_input_line_gives_one_json_line_with_the_findings_in_order():
    rows, err = _run(
        _line({"id": "a", "text": "Nous recherchons un jeune diplômé motivé.", "lang": "fr"}),
        _line({"id": 7, "text": "Native English speaker required.", "lang": "en"}),
        _line({"id": "clean", "text": "Nous recrutons une personne curieuse (H/F)."}),
    )
    results = [json.loads(row) for row in rows]
    assert [r["id"] for r in results] == ["a", 7, "clean"]
    assert [f["category"] for f in results[0]["findings"]] == ["age"]
    assert [f["category"] for f in results[1]["findings"]] == ["native_language"]
    assert results[2]["findings"] == []
    assert err == ""


def test_a_finding_has_exactly_the_documented_fields():
    [row], _ = _run(_line({"id": 1, "text": "Nous recherchons un jeune diplômé motivé."}))
    [finding] = json.loads(row)["findings"]
    assert set(finding) == FIELDS
    assert finding["severity"] == "illegal"
    assert finding["legal_basis"] == categories()["age"]["legal_basis"]
    assert finding["message"].startswith("Critère d'âge")


def test_offsets_count_code_points_through_accents_and_emoji():
    [row], _ = _run(_line({"id": "e", "text": EMOJI_TEXT, "lang": "fr"}))
    quotes = {f["category"]: EMOJI_TEXT[f["start"] : f["end"]] for f in json.loads(row)["findings"]}
    assert quotes == {"gendered_title": "un développeur", "age": "Âgé de 25 à 35 ans"}


def test_the_language_is_detected_when_lang_is_missing_or_null():
    text = "We are hiring young and energetic people with a fresh mind for our team."
    rows, _ = _run(_line({"id": 1, "text": text}), _line({"id": 2, "text": text, "lang": None}))
    assert [json.loads(r)["findings"][0]["category"] for r in rows] == ["age", "age"]


def test_locale_en_gives_english_messages():
    [row], _ = _run(_line({"id": 1, "text": "Jeune diplômé exigé."}), locale="en")
    assert json.loads(row)["findings"][0]["message"].startswith("Age criterion")


@pytest.mark.parametrize(
    ("line", "item_id", "error"),
    [
        ("{not json", None, "invalid JSON"),
        ('["a list"]', None, "expected a JSON object, got list"),
        ('{"text": "Jeune diplômé"}', None, 'missing "id"'),
        ('{"id": "x"}', "x", 'missing "text"'),
        ('{"id": "x", "text": 42}', "x", '"text" must be a string, not a number'),
        ('{"id": "x", "text": null}', "x", '"text" must be a string, not null'),
        ('{"id": "x", "text": "Hello", "lang": "de"}', "x", 'unknown "lang" "de"'),
        ('{"id": true, "text": "Hello"}', None, '"id" must be a string or an integer'),
    ],
)
def test_a_bad_line_is_reported_and_the_next_lines_are_still_checked(line, item_id, error):
    out, err = io.StringIO(), io.StringIO()
    good = _line({"id": "next", "text": "Nous recherchons un jeune diplômé motivé."})
    with pytest.raises(CommandError) as raised:
        call_command(
            "check_offer_wording", stdin=io.StringIO(f"{line}\n{good}\n"), stdout=out, stderr=err
        )
    assert raised.value.returncode == 1
    assert "1 of 2 line(s) could not be checked" in str(raised.value)
    bad, checked = (json.loads(row) for row in out.getvalue().splitlines())
    assert (bad["id"], bad["line"]) == (item_id, 1)
    assert bad["error"].startswith(error)
    assert err.getvalue().startswith("line 1") and error in err.getvalue()
    assert checked["id"] == "next" and [f["category"] for f in checked["findings"]] == ["age"]


def test_bad_lines_keep_their_place_in_json_output_with_their_line_number():
    out, err = io.StringIO(), io.StringIO()
    lines = [
        _line({"id": "a", "text": "Jeune diplômé exigé."}),
        "",  # blank lines are skipped, but counted in line numbers
        '{"id": "b", "text": 42}',
        "{oops",
        _line({"id": "c", "text": "Native English speaker required.", "lang": "en"}),
    ]
    stdin = io.StringIO("\n".join(lines) + "\n")
    with pytest.raises(CommandError):
        call_command("check_offer_wording", stdin=stdin, stdout=out, stderr=err)
    rows = [json.loads(row) for row in out.getvalue().splitlines()]
    assert [(r["id"], r.get("line"), "error" in r) for r in rows] == [
        ("a", None, False),
        ("b", 3, True),
        (None, 4, True),
        ("c", None, False),
    ]
    assert rows[1]["error"] == '"text" must be a string, not a number'
    assert err.getvalue().splitlines() == [
        'line 3 (id "b"): "text" must be a string, not a number',
        "line 4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
    ]


def test_text_format_lists_findings_readably_and_errors_on_stderr_only():
    out, err = io.StringIO(), io.StringIO()
    lines = [_line({"id": "a", "text": EMOJI_TEXT}), '{"id": "b"}', '{"id": "c", "text": ""}']
    stdin = io.StringIO("\n".join(lines) + "\n")
    with pytest.raises(CommandError):
        call_command("check_offer_wording", "--format", "text", stdin=stdin, stdout=out, stderr=err)
    listing = out.getvalue()
    assert listing.startswith("[a] 2 problème(s)\n")
    assert "« Âgé de 25 à 35 ans »" in listing
    assert "Suggestion : un·e développeur·se" in listing
    assert "[c] aucun problème relevé" in listing
    assert "[b]" not in listing
    assert err.getvalue() == 'line 2 (id "b"): missing "text"\n'


def test_empty_input_gives_no_output_and_succeeds():
    assert _run() == ([], "")


def test_the_real_command_reads_stdin_bytes_and_exits_non_zero_after_a_bad_line():
    latin1 = b'{"id": "b", "text": "caf\xe9"}'  # Latin-1, not UTF-8
    payload = (
        _line({"id": "a", "text": EMOJI_TEXT}).encode("utf-8")
        + b"\n"
        + latin1
        + b"\n"
        + _line({"id": "c", "text": "Native English speaker required.", "lang": "en"}).encode()
        + b"\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.test_settings", "LC_ALL": "C"}
    done = subprocess.run(
        [sys.executable, "manage.py", "check_offer_wording"],
        input=payload,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    rows = [json.loads(row) for row in done.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c"]
    assert {EMOJI_TEXT[f["start"] : f["end"]] for f in rows[0]["findings"]} == {
        "un développeur",
        "Âgé de 25 à 35 ans",
    }
    error = f"not valid UTF-8 (byte {latin1.index(0xE9)})"
    assert rows[1] == {"id": None, "line": 2, "error": error}
    stderr = done.stderr.decode("utf-8")
    assert f"line 2: {error}" in stderr
    assert "1 of 3 line(s) could not be checked" in stderr
