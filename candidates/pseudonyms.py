"""Pseudonyms: random, non-sequential, and drawn afresh for every application, so that the same
person cannot be linked across offers."""

import secrets

# Plants and birds: neutral words that say nothing about a person.
WORDS = (
    "Acacia Aigrette Alouette Aulne Bouleau Bruant Cèdre Chêne Colibri Cormoran Érable Faucon "
    "Fauvette Figuier Frêne Génévrier Grive Héron Hêtre If Ibis Jasmin Lavande Linotte Martinet "
    "Mélèze Merle Mésange Milan Noisetier Olivier Orme Passereau Peuplier Pinson Platane Pluvier "
    "Roitelet Romarin Saule Sittelle Sorbier Sterne Tilleul Tourterelle Troène Verdier"
).split()
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_pseudonym() -> str:
    suffix = "".join(secrets.choice(ALPHABET) for _ in range(4))
    return f"{secrets.choice(WORDS)}-{suffix}"
