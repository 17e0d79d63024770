"""Speed of the offer-wording checker, and throughput against genderdecoder 0.3.

Usage: .venv/bin/python benchmarks/wording_speed.py [--data PATH] [--offers N] [--repeats R]
[--rounds K]

Offers of about 500 words are composed as a realistic offer template (company, role,
missions, profile, benefits; ~230 words) followed by dev-set excerpts of the same language,
taken in turn from a different starting point for each offer, until the offer reaches 500
words. "clean" offers use only the excerpts labelled without findings (a compliant offer);
"typical" offers two excerpts with findings, then clean ones (an offer with a couple of
problems, as most non-compliant offers have); "dense" offers every excerpt in turn (11-18
findings per offer, far more than a real offer: a stress test).

``check`` is timed R times on each offer. The machine is shared with other jobs, which only
ever add time, so each offer keeps its fastest run and the figure is the median over offers
("best-of-R median"); the plain median of every call is printed too. genderdecoder's
``assess`` and ``check`` then process the same English offers in alternate rounds; each keeps
its best round, and the throughput ratio of those is reported (with the ratio of median
rounds). genderdecoder must be installed (``pip install genderdecoder==0.3``); its Python 2
style imports are handled by putting its folder on sys.path.
"""

import argparse
import importlib.util
import json
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from employers.wording import check, engine  # noqa: E402
from employers.wording.textutil import (  # noqa: E402
    Sentences,
    detect_language,
    fold_text,
    word_starts,
)
from employers.wording.titles import gendered_titles  # noqa: E402

DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "offer-wording-dev.jsonl"
WORDS_PER_OFFER = 500

TEMPLATES = {
    "en": (
        "About us. We are a software company of 120 people building tools that help local "
        "authorities plan public transport, with offices in Lyon and Nantes and customers in "
        "six European countries. Our product teams are small, autonomous and work closely "
        "with the people who use what we build.\n"
        "The role. You will join a team of six engineers and a product manager working on "
        "our route planning service. You will design, build and run features end to end, "
        "from discussing a need with users to monitoring it in production. You will review "
        "code, write tests and documentation, and take part in technical decisions.\n"
        "What you will do: improve the performance of our planning engine; build APIs used "
        "by our web and mobile applications; work with designers on new screens; share on-call "
        "duties one week in six, paid and compensated with time off.\n"
        "Your profile: you can write clean, tested code in Python or a similar language; you "
        "are curious, you explain your choices clearly and you enjoy working with others. "
        "Experience with PostgreSQL or geographic data is a plus, not a requirement.\n"
        "What we offer: a salary between 45,000 and 55,000 euros, 27 days of paid leave, "
        "two days of remote work per week, a learning budget and flexible hours.\n"
    ),
    "fr": (
        "Qui sommes-nous ? Nous sommes une entreprise de 120 personnes qui conçoit des outils "
        "de planification des transports publics pour les collectivités, avec des bureaux à "
        "Lyon et à Nantes et des clients dans six pays européens. Nos équipes produit sont "
        "petites, autonomes et travaillent au contact des personnes qui utilisent nos outils.\n"
        "Le poste. Vous rejoignez une équipe de six développeur·ses et une responsable "
        "produit sur notre service de calcul d'itinéraires. Vous concevez, développez et "
        "exploitez les fonctionnalités de bout en bout, de l'échange avec les usagers au suivi "
        "en production. Vous relisez le code, écrivez des tests et de la documentation.\n"
        "Vos missions : améliorer les performances du moteur de calcul ; construire les API de "
        "nos applications web et mobiles ; travailler avec les designers sur de nouveaux "
        "écrans ; participer aux astreintes une semaine sur six, rémunérées et récupérées.\n"
        "Votre profil : vous écrivez un code propre et testé en Python ou dans un langage "
        "proche ; vous êtes curieux·se et vous expliquez clairement vos choix. Une expérience "
        "de PostgreSQL ou des données géographiques est un plus.\n"
        "Ce que nous offrons : un salaire de 45 000 à 55 000 euros brut annuel, 27 jours de "
        "congés, deux jours de télétravail par semaine et un budget formation.\n"
    ),
}


def compose_offers(
    rows: list[dict], lang: str, count: int, flagged: int | None = None
) -> list[str]:
    """``count`` offers of ~500 words: the template, then excerpts of the language.

    ``flagged=None``: every excerpt in turn ("dense"); ``flagged=0``: only excerpts labelled
    without findings ("clean"); ``flagged=k``: ``k`` excerpts with findings, then clean ones
    ("typical" with k=2: an offer with a couple of problems).
    """
    excerpts = [r["text"] for r in rows if r["lang"] == lang]
    bad = [r["text"] for r in rows if r["lang"] == lang and r["findings"]]
    good = [r["text"] for r in rows if r["lang"] == lang and not r["findings"]]
    offers = []
    for i in range(count):
        parts = [TEMPLATES[lang]]
        if flagged:
            parts += [bad[(i * 7 + k) % len(bad)] for k in range(flagged)]
        pool = excerpts if flagged is None else good
        words = sum(len(part.split()) for part in parts)
        j = i * 7
        while words < WORDS_PER_OFFER:
            excerpt = pool[j % len(pool)]
            parts.append(excerpt)
            words += len(excerpt.split())
            j += 1
        offers.append("\n".join(parts))
    return offers


def load_genderdecoder():
    spec = importlib.util.find_spec("genderdecoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    sys.path.insert(0, spec.submodule_search_locations[0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its regexes use invalid escapes (Python 2 era)
        import assess  # noqa: PLC0415

    return assess.assess


def time_offers(offers: list[str], repeats: int) -> tuple[float, float]:
    """(median over offers of each offer's fastest run, median of every run), in ms."""
    best = [float("inf")] * len(offers)
    samples = []
    for _ in range(repeats):
        for i, text in enumerate(offers):
            t0 = time.perf_counter()
            check(text)
            elapsed = time.perf_counter() - t0
            samples.append(elapsed)
            best[i] = min(best[i], elapsed)
    return statistics.median(best) * 1000, statistics.median(samples) * 1000


def phases(offers: list[str], repeats: int) -> dict[str, float]:
    """Where ``check`` spends its time, step by step as in ``engine._check``: best-of-R
    median per offer of each step, in µs."""
    # "anchors" alone (the automaton's pass, as when the engine runs it) is timed for
    # information; "rules" runs that pass again, as the engine matches while it finds anchors.
    steps = ("fold", "detect", "sentences", "anchors", "rules", "titles", "merge+findings")
    best = {step: [float("inf")] * len(offers) for step in steps}
    for _ in range(repeats):
        for i, text in enumerate(offers):
            t = [time.perf_counter()]
            folded, others = fold_text(text)
            t.append(time.perf_counter())
            lang = detect_language(text, folded)
            t.append(time.perf_counter())
            sentences = Sentences(folded)
            sentences.bounds()
            t.append(time.perf_counter())
            ruleset = engine.compiled(lang)
            list(engine.anchor_hits(ruleset, folded, word_starts(folded, others)))
            t.append(time.perf_counter())
            spaced = word_starts(folded, others)
            hits, title_positions = engine._rule_hits(text, folded, ruleset, sentences, spaced)
            t.append(time.perf_counter())
            if title_positions:
                gendered_titles(text, folded, title_positions)
            t.append(time.perf_counter())
            # (the rewrite re-check of merged findings is left out of this step's time)
            merged = engine._merge(hits, folded, text, ruleset.rules, lambda new, cat: False)
            engine._findings(merged, text, "fr", lang)
            t.append(time.perf_counter())
            for step, a, b in zip(steps, t, t[1:], strict=False):
                best[step][i] = min(best[step][i], b - a)
    return {step: statistics.median(values) * 1e6 for step, values in best.items()}


def throughput(func, offers: list[str]) -> float:
    t0 = time.perf_counter()
    for text in offers:
        func(text)
    return len(offers) / (time.perf_counter() - t0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--offers", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=25)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--phases", action="store_true", help="also time each step of check()")
    args = parser.parse_args()
    assess = load_genderdecoder()
    if assess is None:
        print(
            "error: genderdecoder is not installed; run `.venv/bin/pip install "
            "genderdecoder==0.3` (benchmark only) and try again.",
            file=sys.stderr,
        )
        return 2
    path = args.data.resolve()
    if not path.exists():
        print(f"error: no data at {path}; pass --data PATH", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    kinds = {
        kind: {lang: compose_offers(rows, lang, args.offers, flagged) for lang in ("en", "fr")}
        for kind, flagged in (("clean", 0), ("typical", 2), ("dense", None))
    }
    for text in kinds["dense"]["en"][:3] + kinds["dense"]["fr"][:3]:
        check(text)  # warm-up: compile the rules once
    assess(kinds["dense"]["en"][0])
    print(f"python {platform.python_version()}, {args.offers} offers per language and kind")
    for kind, sets in kinds.items():
        for lang, texts in sets.items():
            words = statistics.mean(len(t.split()) for t in texts)
            findings = statistics.mean(len(check(t)) for t in texts)
            best, median = time_offers(texts, args.repeats)
            print(
                f"check() {kind} {lang}: best-of-{args.repeats} median {best:.3f} ms per offer "
                f"(median of all calls {median:.3f} ms; {words:.0f} words, "
                f"{findings:.1f} findings per offer)"
            )
    if args.phases:
        for kind, sets in kinds.items():
            for lang, texts in sets.items():
                spent = phases(texts, args.repeats)
                listing = ", ".join(f"{step} {us:.0f}" for step, us in spent.items())
                print(f"phases {kind} {lang} (µs per offer): {listing}")
    for kind, sets in kinds.items():
        ours, theirs = [], []
        for _ in range(args.rounds):
            ours.append(throughput(check, sets["en"]))
            theirs.append(throughput(assess, sets["en"]))
        print(
            f"throughput on the same {kind} English offers, best of {args.rounds} alternate "
            f"rounds: check {max(ours):,.0f} offers/s, genderdecoder.assess "
            f"{max(theirs):,.0f} offers/s, ratio {max(ours) / max(theirs):.1f}x "
            f"(median rounds: {statistics.median(ours) / statistics.median(theirs):.1f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
