"""Self-declared attributes (coarse, voluntary, within what the CNIL allows: no ethnicity, no
origin, no religion) and the follow-up of hires."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    WOMAN = "woman", _("Femme")
    MAN = "man", _("Homme")
    NON_BINARY = "non_binary", _("Non binaire")


class AgeBand(models.TextChoices):
    # The bands of French employment policy: young people (under 26) and seniors (50 and over).
    UNDER_26 = "under_26", _("Moins de 26 ans")
    FROM_26_TO_49 = "26_49", _("26 à 49 ans")
    FROM_50 = "50_plus", _("50 ans et plus")


class YesNo(models.TextChoices):
    YES = "yes", _("Oui")
    NO = "no", _("Non")


class Residence(models.TextChoices):
    """Where someone lives, for the QPV and rural questions, with how it is known: ticked by the
    person (« déclaré », or their commune picked from the list, its QPV chosen by name), or
    found from their address by the geocoder and the official perimeters and lists
    (« vérifié »). Figures show the two apart."""

    YES = "yes", _("Oui (déclaré)")
    NO = "no", _("Non (déclaré)")
    YES_VERIFIED = "yes_verified", _("Oui (adresse vérifiée)")
    NO_VERIFIED = "no_verified", _("Non (adresse vérifiée)")


DECLARED_RESIDENCE = [(Residence.YES.value, _("Oui")), (Residence.NO.value, _("Non"))]


class TerritorySource(models.TextChoices):
    ADDRESS = "address", _("adresse vérifiée par le géocodeur")
    COMMUNE = "commune", _("commune choisie dans la liste")


class Attribute(models.TextChoices):
    """The declared attributes, in the order of the pages; values are the model's fields."""

    GENDER = "gender", _("Genre")
    AGE_BAND = "age_band", _("Tranche d'âge")
    QPV = "qpv", _("Résidence en quartier prioritaire (QPV)")
    ZRR = "zrr", _("Résidence en zone rurale (ZRR)")
    RQTH = "rqth", _("Reconnaissance de la qualité de travailleur handicapé (RQTH)")
    CAREER_CHANGE = "career_change", _("Reconversion professionnelle")


ATTRIBUTE_CHOICES: dict[Attribute, type[models.TextChoices]] = {
    Attribute.GENDER: Gender,
    Attribute.AGE_BAND: AgeBand,
    Attribute.QPV: Residence,
    Attribute.ZRR: Residence,
    Attribute.RQTH: YesNo,
    Attribute.CAREER_CHANGE: YesNo,
}


class Milestone(models.IntegerChoices):
    """Months after the hire when the person is asked whether they are still in the job."""

    SIX_MONTHS = 6, _("6 mois")
    TWELVE_MONTHS = 12, _("12 mois")


class FollowUpAnswer(models.TextChoices):
    STILL_EMPLOYED = "still_employed", _("Toujours en poste")
    LEFT = "left", _("Plus en poste")
