"""Build territories/data/rome-skills.csv and rome-skill-links.csv from France Travail's ROME 4.0
CSV files (version 460).

Usage (see territories/data/README.md for where the inputs come from):

    python territories/data/build_rome_skills.py SOURCE_DIR territories/data

SOURCE_DIR holds `unix_referentiel_competence_v460_utf8.csv` (savoir-faire and savoir-être),
`unix_referentiel_savoir_v460_utf8.csv` (savoirs) and `unix_coherence_item_v460_utf8.csv`
(which items a ROME job family lists). Only the job families Vivier ships
(`rome-codes.csv`) and the skills they list are kept; labels are copied unchanged.
"""

import csv
import sys
from pathlib import Path

KINDS = {"Savoir-faire": "savoir_faire", "Savoir-être professionnel": "savoir_etre"}
CORE = {"Principale": "principale", "Émergente": "emergente", "": ""}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def main(source: str, target: str) -> None:
    source_dir, target_dir = Path(source), Path(target)
    skills: dict[str, tuple[str, str]] = {}
    for row in read(source_dir / "unix_referentiel_competence_v460_utf8.csv"):
        skills[row["code_ogr"]] = (row["libelle_competence"].strip(), KINDS[row["cat_comp"]])
    for row in read(source_dir / "unix_referentiel_savoir_v460_utf8.csv"):
        skills[row["code_ogr_savoir"]] = (row["libelle_savoir"].strip(), "savoir")
    shipped = {row["rome_code"] for row in read(target_dir / "rome-codes.csv")}
    links = sorted(
        (row["code_rome"], row["code_ogr"], CORE[row["coeur_metier"]])
        for row in read(source_dir / "unix_coherence_item_v460_utf8.csv")
        # The other items are work contexts (« contextes de travail »), not skills.
        if row["code_rome"] in shipped and row["code_ogr"] in skills
    )
    used = {code for _rome, code, _core in links}
    with (target_dir / "rome-skills.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["skill_code", "label", "kind"])
        for code in sorted(used, key=int):
            writer.writerow([code, *skills[code]])
    with (target_dir / "rome-skill-links.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["rome_code", "skill_code", "core"])
        writer.writerows(links)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
