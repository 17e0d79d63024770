"""The ROME 4.0 skills referential: the skills (savoir-faire, savoirs) each job family lists,
and a search by words that ignores accents and case."""

import csv
from pathlib import Path

from territories import rome

DATA = Path(__file__).resolve().parents[2] / "territories" / "data"


class TestSkillsOfAJobFamily:
    def test_a_rome_code_lists_its_skills_core_ones_first(self):
        skills = rome.skills_for("M1805")
        labels = [s.label for s in skills]
        assert "Concevoir une application web" in labels
        assert "Coder" in labels
        assert skills[0].core
        cores = [s.core for s in skills]
        assert cores == sorted(cores, reverse=True)

    def test_the_code_is_read_whatever_its_case(self):
        assert rome.skills_for(" m1805 ") == rome.skills_for("M1805")

    def test_an_unknown_or_empty_code_lists_nothing(self):
        assert rome.skills_for("Z9999") == []
        assert rome.skills_for("") == []

    def test_every_shipped_job_family_lists_skills(self):
        with (DATA / "rome-codes.csv").open(encoding="utf-8") as handle:
            codes = [row["rome_code"] for row in csv.DictReader(handle)]
        assert all(rome.skills_for(code) for code in codes)

    def test_a_skill_says_its_kind(self):
        kinds = {s.kind for s in rome.skills_for("M1805")}
        assert kinds <= {"savoir_faire", "savoir", "savoir_etre"}
        assert {"savoir_faire", "savoir"} <= kinds
        assert rome.skills_for("M1805")[0].kind_label in {"Savoir-faire", "Savoir"}


class TestSkillSearch:
    def test_words_are_found_accents_and_case_aside(self):
        found = rome.search_skills("BASE DE DONNEES")
        assert found
        assert rome.search_skills("base de données") == found
        assert all("donn" in s.label.lower() for s in found)

    def test_every_word_typed_must_start_a_word_of_the_label(self):
        for skill in rome.search_skills("appli web"):
            words = skill.label.lower().replace("'", " ").split()
            assert any(w.startswith("appli") for w in words)
            assert "web" in words

    def test_the_job_familys_skills_come_first(self):
        found = rome.search_skills("concevoir", rome_code="M1805", limit=50)
        own = {s.code for s in rome.skills_for("M1805")}
        flags = [s.code in own for s in found]
        assert flags[0] and False in flags
        assert flags == sorted(flags, reverse=True)

    def test_the_limit_is_kept(self):
        assert len(rome.search_skills("gerer", limit=7)) == 7

    def test_nothing_typed_finds_nothing(self):
        assert rome.search_skills("  ' ") == []


class TestSkillByLabel:
    def test_a_label_is_recognised_accents_and_case_aside(self):
        skill = rome.skill_by_label("concevoir une APPLICATION web")
        assert skill is not None and skill.label == "Concevoir une application web"
        assert rome.skill(skill.code) == skill

    def test_free_text_is_not_a_referential_skill(self):
        assert rome.skill_by_label("Aimer le travail bien fait") is None
        assert rome.skill_by_label("") is None
