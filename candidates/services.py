from django.db import transaction

from candidates.models import Candidate, Identity


@transaction.atomic
def create_candidate_profile(user) -> Candidate:
    candidate, _ = Candidate.objects.get_or_create(user=user)
    Identity.objects.get_or_create(candidate=candidate)
    return candidate
