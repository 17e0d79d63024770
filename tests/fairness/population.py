"""Build a funnel in the database: applications with or without a self-declaration."""

from candidates.enums import ApplicationStage
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.fairness.factories import SelfDeclarationFactory

S = ApplicationStage


def applicants(offer, count, *, furthest=S.APPLIED, stage=None, **declared):
    """`count` applications to `offer` that got as far as `furthest` and now stand at `stage`
    (by default, waiting at `furthest`); `declared` are self-declared attributes."""
    made = []
    for _ in range(count):
        candidate = CandidateFactory(identity=None)
        if declared:
            SelfDeclarationFactory(candidate=candidate, **declared)
        made.append(
            ApplicationFactory(
                offer=offer, candidate=candidate, furthest_stage=furthest, stage=stage or furthest
            )
        )
    return made


def first_stage(offer, *, advanced, rejected, **declared):
    """At the first stage: `advanced` went on to the assessment, `rejected` stopped there."""
    return applicants(offer, advanced, furthest=S.ASSESSED, **declared) + applicants(
        offer, rejected, furthest=S.APPLIED, stage=S.REJECTED, **declared
    )
