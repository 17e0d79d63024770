"""Deleting a candidate account keeps the anonymous applications for statistics, but a
self-declaration rests on the person's consent: it goes with the account."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from candidates.models import Candidate
from fairness.models import SelfDeclaration


@receiver(post_save, sender=Candidate, dispatch_uid="fairness.erase_declaration_of_deleted")
def erase_declaration_of_deleted_account(sender, instance, **kwargs):
    if instance.deleted_at is not None:
        SelfDeclaration.objects.filter(candidate=instance).delete()
