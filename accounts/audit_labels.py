"""What the audit log's action codes mean, in words (French first, translated): the employer's
log and its filter show these labels, never the codes. `tests/accounts/test_audit_labels.py`
fails when a code written by `log_action` has no label here."""

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "accommodation.granted": _("Temps supplémentaire accordé"),
    "adviser.feed_token_renewed": _("Lien du flux d'offres renouvelé"),
    "adviser.invitation_created": _("Invitation à candidater créée"),
    "adviser.referral_consent_changed": _("Accord de suivi par le conseiller modifié"),
    "adviser.referral_recorded": _("Candidature orientée par un conseiller"),
    "adviser.subscription_created": _("Abonnement aux offres créé"),
    "adviser.subscription_deleted": _("Abonnement aux offres supprimé"),
    "adviser_organisation.signed_up": _("Inscription de la structure"),
    "adviser_organisation.validated": _("Structure validée par l'équipe Vivier"),
    "application.decided": _("Décision sur une candidature"),
    "application.no_answer_reminded": _("Rappel : candidature sans décision"),
    "application.stage_changed": _("Étape de candidature modifiée"),
    "attempt.expired": _("Évaluation remise à la fin du temps"),
    "attempt.started": _("Évaluation commencée"),
    "attempt.submitted": _("Évaluation remise"),
    "campaign.closed": _("Évaluation clôturée"),
    "campaign.created": _("Évaluation créée"),
    "campaign.updated": _("Évaluation modifiée"),
    "campaign.versioned": _("Nouvelle version de l'évaluation"),
    "candidate.account_deleted": _("Compte candidat supprimé"),
    "candidate.anonymised_for_inactivity": _("Compte candidat anonymisé après inactivité"),
    "candidate.data_exported": _("Données d'un·e candidat·e exportées"),
    "employer.confirmed": _("Entreprise confirmée par l'équipe Vivier"),
    "employer.signed_up": _("Inscription de l'entreprise"),
    "fairness.declaration_saved": _("Informations d'équité enregistrées"),
    "fairness.declaration_withdrawn": _("Informations d'équité retirées"),
    "identity.revealed": _("Identité consultée"),
    "interview.consensus_recorded": _("Consensus d'entretien enregistré"),
    "interview.created": _("Entretien prévu"),
    "interview.scores_revealed": _("Notes d'entretien révélées"),
    "interview.scores_submitted": _("Notes d'entretien remises"),
    "interview.scoring_started": _("Notation d'entretien ouverte"),
    "interview_grid.competency_deleted": _("Compétence retirée de la grille"),
    "interview_grid.competency_saved": _("Compétence de la grille enregistrée"),
    "interview_grid.copied": _("Grille d'entretien copiée de la bibliothèque"),
    "interview_grid.version_created": _("Nouvelle version de la grille d'entretien"),
    "membership.left": _("Départ d'un·e membre"),
    "membership.removed": _("Membre retiré·e"),
    "membership.role_changed": _("Rôle d'un membre modifié"),
    "offer.closed": _("Offre clôturée"),
    "offer.created": _("Offre créée"),
    "offer.illegal_wording_justified": _("Condition légale de l'offre justifiée"),
    "offer.published": _("Offre publiée"),
    "offer.results_exported": _("Résultats de l'offre exportés"),
    "offer.updated": _("Offre modifiée"),
    "selection_policy.changed": _("Règles de sélection changées après verrouillage"),
    "selection_policy.fixed": _("Règles de sélection fixées"),
    "selection_policy.locked": _("Règles de sélection verrouillées"),
    "selection_policy.updated": _("Règles de sélection modifiées"),
    "team.invitation_accepted": _("Invitation acceptée"),
    "team.invitation_resent": _("Invitation renvoyée"),
    "team.invitation_revoked": _("Invitation révoquée"),
    "team.invitation_sent": _("Invitation envoyée"),
    "user.role_changed": _("Rôle d'un compte modifié"),
    "written.reviewed": _("Réponse écrite relue"),
}


def action_label(code: str) -> str:
    """The label of `code`; the code itself for one no longer written (older entries)."""
    label = ACTION_LABELS.get(code)
    return str(label) if label is not None else code
