from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The kind of account. Organisation roles (admin or member) live on memberships."""

    CANDIDATE = "candidate", _("Candidat·e")
    RECRUITER = "recruiter", _("Recruteur·euse")
    ADVISER = "adviser", _("Conseiller·ère")
    STAFF = "staff", _("Équipe Vivier")


# Roles that must have a second factor before they open any candidate data.
ROLES_REQUIRING_MFA = frozenset({Role.RECRUITER, Role.ADVISER, Role.STAFF})


class EmailKind(models.TextChoices):
    """The emails a person may switch off (`accounts.notifications`). The others are always
    sent: receipts, invitations, interview dates and their changes, decisions, security and
    account mails."""

    ASSESSMENT_REMINDER = (
        "assessment_reminder",
        _("Rappels avant la date limite d'une évaluation (48 h et 24 h avant)"),
    )
    INTERVIEW_REMINDER = "interview_reminder", _("Rappel la veille d'un entretien")
    MESSAGE_WAITING = "message_waiting", _("Avis de nouveau message sur une candidature")
    RECRUITER_DIGEST = (
        "recruiter_digest",
        _("Résumé quotidien des nouvelles candidatures et des relectures en attente"),
    )
    OFFER_DIGEST = "offer_digest", _("Nouvelles offres de mes abonnements")
    NO_ANSWER_REMINDER = (
        "no_answer_reminder",
        _("Rappel des candidatures sans décision, avant leur clôture automatique"),
    )
    RETENTION_FOLLOWUP = (
        "retention_followup",
        _("Question « toujours en poste ? » 6 et 12 mois après une embauche"),
    )


# Which optional emails each kind of account can receive (the preferences page offers these).
EMAIL_KINDS_BY_ROLE = {
    Role.CANDIDATE: (
        EmailKind.ASSESSMENT_REMINDER,
        EmailKind.INTERVIEW_REMINDER,
        EmailKind.MESSAGE_WAITING,
        EmailKind.RETENTION_FOLLOWUP,
    ),
    Role.RECRUITER: (
        EmailKind.RECRUITER_DIGEST,
        EmailKind.NO_ANSWER_REMINDER,
        EmailKind.INTERVIEW_REMINDER,
        EmailKind.MESSAGE_WAITING,
    ),
    Role.ADVISER: (EmailKind.OFFER_DIGEST,),
    Role.STAFF: (),
}
