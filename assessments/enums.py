from django.db import models
from django.utils.translation import gettext_lazy as _


class ExerciseLevel(models.TextChoices):
    BEGINNER = "beginner", _("Débutant")
    INTERMEDIATE = "intermediate", _("Intermédiaire")


class ExerciseLanguage(models.TextChoices):
    """Languages the sandbox runs (``assessments.sandbox.languages``, same keys as the library's
    ``catalog.EXTENSIONS``).

    Their names are proper nouns, the same in every interface language: they go through no
    translation, where another msgid could replace them (Django's admin translates « Go » as
    « Envoyer » in French)."""

    PYTHON = "python", "Python 3"
    JAVASCRIPT = "javascript", "JavaScript (Node.js)"
    TYPESCRIPT = "typescript", "TypeScript"
    JAVA = "java", "Java"
    PHP = "php", "PHP"
    C = "c", "C"
    CPP = "cpp", "C++"
    GO = "go", "Go"
    BASH = "bash", "Bash"
    SQL = "sql", "SQL (SQLite)"


class ExerciseTrack(models.TextChoices):
    """The digital jobs the library's exercises are grouped by."""

    WEB = "web", _("Développement web (front et back)")
    DATA = "data", _("Données et informatique décisionnelle")
    SYSTEMS = "systems", _("Systèmes et programmation bas niveau")
    DEVOPS = "devops", _("Support, exploitation et DevOps")
    GENERAL = "general", _("Résolution de problèmes")


class CheckerKind(models.TextChoices):
    EXACT = "exact", _("Sortie exacte")
    WHITESPACE = "whitespace", _("Sortie exacte aux espaces près")
    FLOAT = "float", _("Nombres à une tolérance près")
    ROWS = "rows", _("Mêmes lignes dans n'importe quel ordre")


class SubmissionStatus(models.TextChoices):
    """Life cycle of a submission; transitions are in ``Submission.TRANSITIONS``."""

    QUEUED = "queued", _("En attente de correction")
    RUNNING = "running", _("Correction en cours")
    GRADED = "graded", _("Corrigée")
    FAILED = "failed", _("Correction reportée")


class TestVerdict(models.TextChoices):
    """Per-test verdicts stored on a submission (same codes as ``assessments.grading``)."""

    __test__ = False  # not a pytest class

    AC = "AC", _("Réussi")
    WA = "WA", _("Réponse incorrecte")
    TLE = "TLE", _("Temps dépassé")
    MLE = "MLE", _("Mémoire dépassée")
    RE = "RE", _("Erreur à l'exécution")
    OLE = "OLE", _("Sortie trop longue")
    CE = "CE", _("Erreur de compilation")
    SE = "SE", _("Erreur de la plateforme (non imputable)")


class SampleVerdict(models.TextChoices):
    """Verdicts of "Lancer les exemples": the program ran; the output is shown, not judged."""

    OK = "OK", _("Exécuté")
    TLE = "TLE", _("Temps dépassé")
    MLE = "MLE", _("Mémoire dépassée")
    RE = "RE", _("Erreur à l'exécution")
    OLE = "OLE", _("Sortie trop longue")
    CE = "CE", _("Erreur de compilation")
    SE = "SE", _("Erreur de la plateforme (non imputable)")


class Competency(models.TextChoices):
    """Soft-skill competencies of the SJT and written questions (``library.sjt.COMPETENCIES``)."""

    COMMUNICATION = "communication", _("Communication")
    TEAMWORK = "teamwork", _("Travail en équipe")
    PROBLEM_SOLVING = "problem_solving", _("Résolution de problèmes et autonomie")
    CLIENT_ORIENTATION = "client_orientation", _("Orientation client")


class Component(models.TextChoices):
    """The three parts of an assessment campaign, each weighted by the employer."""

    CODING = "coding", _("Exercices de code")
    SJT = "sjt", _("Mises en situation")
    WRITTEN = "written", _("Questions écrites")


class SjtMode(models.TextChoices):
    """How candidates answer the situational judgement scenarios of a campaign; each mode has
    its scoring function in ``assessments.library.sjt`` (formulas in ``SCORING_NOTE``)."""

    BEST_WORST = "best_worst", _("Choisir la réponse la plus efficace et la moins efficace")
    RANK = "rank", _("Classer toutes les réponses, de la plus efficace à la moins efficace")


class AttemptStatus(models.TextChoices):
    """Life cycle of an attempt; transitions are in ``Attempt.TRANSITIONS``."""

    IN_PROGRESS = "in_progress", _("En cours")
    SUBMITTED = "submitted", _("Remise")
    EXPIRED = "expired", _("Remise automatiquement à la fin du temps")


class AccommodationStatus(models.TextChoices):
    """A request is granted as it is made. Pending and refused requests are history: the
    employer used to decide each one, seeing its pseudonym."""

    PENDING = "pending", _("En attente")
    APPROVED = "approved", _("Accordé")
    REFUSED = "refused", _("Refusé")


class ExtraTime(models.TextChoices):
    """The extra time a campaign grants to whoever asks for it (the duration's multiplier).
    There is no "none": the accessibility statement promises extra time to anyone who asks."""

    QUARTER = "1.25", _("Un quart en plus (× 1,25)")
    THIRD = "1.33", _("Tiers-temps (× 1,33)")
    HALF = "1.50", _("Moitié en plus (× 1,5)")
    DOUBLE = "2.00", _("Temps double (× 2)")


class ValidationStatus(models.TextChoices):
    """Life cycle of one check of an employer's exercise: its reference solution run in the
    sandbox on every sample and hidden test (``assessments.work_samples``); transitions are in
    ``ExerciseValidation.TRANSITIONS``."""

    QUEUED = "queued", _("Vérification en attente")
    RUNNING = "running", _("Vérification en cours")
    PASSED = "passed", _("Validé : la solution de référence réussit tous les tests")
    FAILED = "failed", _("Refusé : la solution de référence échoue à des tests")
    UNAVAILABLE = "unavailable", _("Non vérifié : le bac à sable est indisponible")
    ERROR = "error", _("Non vérifié : erreur de la plateforme")
