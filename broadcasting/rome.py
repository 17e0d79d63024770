"""Labels of the ROME job families: France Travail's referential, shipped once with the
territories app (`territories/data/rome-codes.csv`, provenance in `territories/data/README.md`)."""

from territories.rome import rome_label

__all__ = ["rome_label"]
