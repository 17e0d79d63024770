"""Demo data for a development machine: one account per role, enrolled in MFA where the role
requires it, so that a newcomer can try every role without a phone, and (``demo.population``)
some sixty candidates whose applications went through every step. Idempotent."""

import base64
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from accounts.enums import Role
from accounts.models import User
from advisers.enums import AdviserOrganisationKind
from advisers.models import AdviserMembership, AdviserOrganisation
from assessments.campaigns import (
    CampaignData,
    close_campaign,
    current_campaign,
    save_answers,
    save_campaign,
    start_attempt,
    submit_attempt,
)
from assessments.enums import SjtMode
from assessments.library_sync import sync_exercises, sync_scenarios, sync_written_questions
from assessments.models import Exercise, SjtScenario, WrittenQuestion
from candidates.models import Application, Candidate, Identity
from candidates.services import apply_to_offer, create_candidate_profile
from demo.people import CANDIDAT4, PEOPLE, Person
from demo.population import Staff, populate
from demo.work_sample import demo_work_sample
from employers.enums import (
    ContractType,
    EmployerRole,
    ExperienceLevel,
    MemberRole,
    OfferStatus,
    RemotePolicy,
)
from employers.models import Employer, EmployerMembership, Offer
from employers.services import create_offer, publish_offer
from fairness.services import save_declaration
from interviews.grids import copy_library_grid, current_version
from shortlists.policies import POLICY_FIELDS, current_policy, save_policy, suggested_policy


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: Role
    label: str
    display_name: str = ""

    @property
    def needs_mfa(self) -> bool:
        return self.role in (Role.RECRUITER, Role.ADVISER, Role.STAFF)


EMPLOYER_NAME = "Atelier Numérique du Val"
ADVISER_ORGANISATION = "France Travail Évry-Courcouronnes"
# The password of every demo account: known to anyone who reads this, hence development only.
DEMO_PASSWORD = "vivier-demo-2026"

ACCOUNTS = [
    DemoAccount("recruteuse@vivier.demo", Role.RECRUITER, "recruteuse (admin)", "Camille R."),
    DemoAccount("intervieweur1@vivier.demo", Role.RECRUITER, "intervieweur", "Samir I."),
    DemoAccount("intervieweuse2@vivier.demo", Role.RECRUITER, "intervieweuse", "Lou I."),
    DemoAccount("conseiller@vivier.demo", Role.ADVISER, "conseiller France Travail", "Yanis C."),
    DemoAccount("candidate1@vivier.demo", Role.CANDIDATE, "candidate"),
    DemoAccount("candidat2@vivier.demo", Role.CANDIDATE, "candidat"),
    DemoAccount("candidate3@vivier.demo", Role.CANDIDATE, "candidate"),
    DemoAccount(
        "candidat4@vivier.demo", Role.CANDIDATE, "candidat (candidatures à plusieurs étapes)"
    ),
    DemoAccount("admin@vivier.demo", Role.STAFF, "équipe Vivier (admin Django)", "Équipe Vivier"),
]

CANDIDATE_IDENTITIES = {
    "candidate1@vivier.demo": ("Awa", "Diallo", "Grigny", "91350", 1999),
    "candidat2@vivier.demo": ("Kévin", "Martin", "Guéret", "23000", 1988),
    "candidate3@vivier.demo": ("Inès", "Benali", "Roubaix", "59100", 2002),
    CANDIDAT4.address: (
        CANDIDAT4.first_name,
        CANDIDAT4.last_name,
        CANDIDAT4.city,
        CANDIDAT4.postcode,
        CANDIDAT4.birth_year,
    ),
}


@dataclass(frozen=True)
class DemoOffer:
    title: str
    description: str
    skills: tuple[str, ...]
    commune: str
    postcode: str
    contract_type: str = ContractType.CDI
    remote_policy: str = RemotePolicy.PARTIAL
    salary: tuple[int, int] = (34000, 42000)
    experience_level: str = ExperienceLevel.BEGINNER_WELCOME
    rome_code: str = "M1805"
    publish: bool = True
    interview_grid: str = ""
    positions: int = 1


# Published offers in two departments, and two drafts left to edit and publish.
DEMO_OFFERS = [
    DemoOffer(
        "Développeur·se web Python (H/F)",
        "<p>Vous développez nos outils internes en Django avec une équipe de quatre "
        "personnes.</p><ul><li>Écrire et relire du code Python testé</li>"
        "<li>Échanger avec les utilisateurs pour comprendre leurs besoins</li></ul>"
        "<p>Recrutement sans CV : un exercice de code, puis un entretien structuré.</p>",
        ("Python", "Django", "SQL", "Git"),
        "Évry-Courcouronnes",
        "91000",
        interview_grid="web-developer",
    ),
    DemoOffer(
        "Technicien·ne support informatique (H/F)",
        "<p>Vous aidez nos utilisateurs au quotidien, par téléphone et sur site : postes de "
        "travail, comptes, imprimantes et petits incidents réseau.</p>"
        "<p>Vous êtes formé·e à nos outils pendant vos premières semaines.</p>",
        ("Support utilisateurs", "Windows", "Réseaux"),
        "Lille",
        "59000",
        contract_type=ContractType.CDD,
        remote_policy=RemotePolicy.NONE,
        salary=(24000, 27000),
        rome_code="I1401",
        interview_grid="support-technician",
    ),
    DemoOffer(
        "Analyste de données en alternance (H/F)",
        "<p>Pendant votre formation, vous préparez les tableaux de bord de nos équipes et "
        "fiabilisez les données de nos clients.</p>",
        ("SQL", "Tableur", "Python"),
        "Roubaix",
        "59100",
        contract_type=ContractType.APPRENTISSAGE,
        remote_policy=RemotePolicy.PARTIAL,
        salary=(14000, 19000),
        rome_code="M1403",
        interview_grid="data-analyst",
    ),
    DemoOffer(
        "Développeur·se front-end (H/F)",
        "<p>Vous construisez des interfaces accessibles pour nos services publics numériques.</p>",
        ("JavaScript", "HTML", "CSS", "Accessibilité"),
        "Évry-Courcouronnes",
        "91000",
        remote_policy=RemotePolicy.FULL,
        salary=(36000, 44000),
        experience_level=ExperienceLevel.WISHED,
        publish=False,
    ),
    DemoOffer(
        "Administrateur·rice systèmes et réseaux (H/F)",
        "<p>Vous maintenez les serveurs Linux et le réseau de nos trois sites, et automatisez "
        "ce qui peut l'être.</p>",
        ("Linux", "Réseaux", "Scripts shell"),
        "Lille",
        "59000",
        remote_policy=RemotePolicy.PARTIAL,
        salary=(35000, 43000),
        rome_code="M1801",
        publish=False,
    ),
]


# Another employer, whose assessment candidate1 already took and whose results are out: the
# scenario it shares with the Python offer can be reused there, and the result certified.
OTHER_EMPLOYER_NAME = "Coopérative numérique des Hauts"
OTHER_ADMIN = "rh@cooperative-hauts.demo"  # not a demo login: nobody signs in as them
OTHER_OFFER = DemoOffer(
    "Chargé·e d'assistance aux usagers (H/F)",
    "<p>Vous répondez aux questions des usagers de nos services en ligne, par téléphone et par "
    "écrit, et faites remonter les anomalies à l'équipe technique.</p>",
    ("Support utilisateurs", "Rédaction"),
    "Lille",
    "59000",
    remote_policy=RemotePolicy.PARTIAL,
    salary=(24000, 27000),
    rome_code="I1401",
)


# Last spring's offer: a cohort of ten, hired seven months ago and asked six months later
# whether they are still in post. Made (and closed) with the demo's candidates.
PAST_OFFER = DemoOffer(
    "Technicien·ne d'assistance informatique (promotion de printemps)",
    "<p>Dix postes pour notre centre de services d'Évry : accueil des demandes, diagnostic à "
    "distance et interventions sur site.</p><p>Formation de quatre semaines à la prise de "
    "poste.</p>",
    ("Support utilisateurs", "Windows", "Réseaux"),
    "Évry-Courcouronnes",
    "91000",
    remote_policy=RemotePolicy.NONE,
    salary=(24000, 28000),
    rome_code="I1401",
    interview_grid="support-technician",
    positions=10,
)


@dataclass(frozen=True)
class DemoAssessment:
    exercises: tuple[str, ...]
    scenarios: tuple[str, ...]
    questions: tuple[str, ...]
    weights: tuple[int, int, int]  # coding, SJT, written
    duration_minutes: int
    sjt_mode: str = SjtMode.BEST_WORST


# The Python offer: code, three scenarios (best and worst), a written question. The data offer:
# two scenarios to rank in full and a written question.
WEB_ASSESSMENT = DemoAssessment(
    ("brackets",),
    ("client-angry-bug", "team-missed-deadlines", "com-jargon-user"),
    ("written-explain-technical",),
    (50, 25, 25),
    45,
)
DATA_ASSESSMENT = DemoAssessment(
    (),
    ("ps-recurring-ticket", "com-unclear-request"),
    ("written-user-need",),
    (0, 50, 50),
    30,
    SjtMode.RANK,
)
OTHER_ASSESSMENT = DemoAssessment((), ("client-angry-bug",), (), (0, 100, 0), 15)
# Offers without an assessment choose on the interview alone.
INTERVIEW_ONLY = {"weight_coding": 0, "weight_sjt": 0, "weight_written": 0, "weight_interview": 100}
SKILLS = {
    "web": ["Python", "Django", "SQL", "Git"],
    "support": ["Support utilisateurs", "Windows", "Réseaux"],
    "data": ["SQL", "Tableur", "Python"],
    "past": ["Support utilisateurs", "Windows", "Réseaux"],
}


def totp_command(email: str = "EMAIL") -> str:
    """The command that prints an account's current code, as typed from the repository root."""
    return f"DJANGO_DEBUG=1 .venv/bin/python manage.py demo_totp {email}"


def demo_totp_secret(email: str) -> str:
    """A fixed secret per demo account, so its codes can be printed on a development machine."""
    digest = hashlib.sha256(f"vivier-demo-totp:{email}".encode()).digest()[:20]
    return base64.b32encode(digest).decode()


def current_totp_code(email: str, at: float | None = None) -> str:
    import time

    from allauth.mfa import app_settings as mfa_settings

    counter = int(at if at is not None else time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(demo_totp_secret(email), counter))


def _user(account: DemoAccount, password_hash: Callable[[], str]) -> User:
    user, created = User.objects.get_or_create(
        email=account.email,
        defaults={"role": account.role, "display_name": account.display_name},
    )
    if created:
        user.password = password_hash()
        if account.role == Role.STAFF:
            user.is_staff = user.is_superuser = True
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=account.email, defaults={"verified": True, "primary": True}
    )
    if account.needs_mfa and not is_mfa_enabled(user):
        TOTP.activate(user, demo_totp_secret(account.email))
    if (
        account.needs_mfa
        and not Authenticator.objects.filter(
            user=user, type=Authenticator.Type.RECOVERY_CODES
        ).exists()
    ):
        RecoveryCodes.activate(user)
    return user


def seed_demo() -> list[DemoAccount]:
    # The demo's people have no mailbox: decisions, invitations and follow-ups go nowhere
    # (the console backend of a development machine would print hundreds of them).
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        with transaction.atomic():
            _seed()
    return ACCOUNTS


def _seed() -> None:
    # One Argon2 hash for every demo account (a second each on a busy machine): the password
    # is the same and public anyway.
    password_hash = functools.cache(lambda: make_password(DEMO_PASSWORD))
    users = {account.email: _user(account, password_hash) for account in ACCOUNTS}

    employer, _ = Employer.objects.get_or_create(name=EMPLOYER_NAME)
    for email, role in [
        ("recruteuse@vivier.demo", MemberRole.ADMIN),
        ("intervieweur1@vivier.demo", MemberRole.MEMBER),
        ("intervieweuse2@vivier.demo", EmployerRole.INTERVIEWER),  # sits on panels only
    ]:
        EmployerMembership.objects.get_or_create(
            user=users[email], employer=employer, defaults={"role": role}
        )

    organisation, _ = AdviserOrganisation.objects.get_or_create(
        name=ADVISER_ORGANISATION,
        defaults={"kind": AdviserOrganisationKind.FRANCE_TRAVAIL, "department": "91"},
    )
    AdviserMembership.objects.get_or_create(
        user=users["conseiller@vivier.demo"],
        organisation=organisation,
        defaults={"role": MemberRole.ADMIN},
    )

    for email, (first, last, city, postcode, birth_year) in CANDIDATE_IDENTITIES.items():
        candidate = create_candidate_profile(users[email])
        Identity.objects.filter(candidate=candidate).update(
            first_name=first, last_name=last, city=city, postcode=postcode, birth_year=birth_year
        )

    _sync_library()
    admin = users["recruteuse@vivier.demo"]
    web, support, data, *_drafts = [_demo_offer(employer, spec, admin) for spec in DEMO_OFFERS]
    _demo_assessment(web, WEB_ASSESSMENT, admin)
    _demo_assessment(data, DATA_ASSESSMENT, admin)
    _demo_policy(support, admin, INTERVIEW_ONLY)
    # The employer's own exercise, checked: ready to go into an assessment.
    demo_work_sample(employer, admin)

    # Demo candidates waiting at the first step: they can take the assessments (the Python
    # one picks the best and worst responses, the data one ranks them all).
    for email, offer in [
        ("candidate1@vivier.demo", web),
        ("candidat2@vivier.demo", web),
        ("candidate3@vivier.demo", data),
    ]:
        candidate = create_candidate_profile(users[email])
        if not candidate.skills:
            candidate.skills = ["Python", "SQL", "Git"]
            candidate.save(update_fields=["skills"])
        if not Application.objects.filter(offer=offer, candidate=candidate).exists():
            apply_to_offer(candidate, offer)

    # Everybody else, once: their stories are played in this transaction, all or nothing.
    if Offer.objects.filter(employer=employer, title=PAST_OFFER.title).exists():
        return
    _result_elsewhere(users["candidate1@vivier.demo"], password_hash)
    past = _demo_offer(employer, PAST_OFFER, admin)
    _demo_policy(past, admin, INTERVIEW_ONLY)
    cast = [(person, _candidate(person)) for person in PEOPLE]
    cast.append((CANDIDAT4, _candidate(CANDIDAT4, user=users[CANDIDAT4.address])))
    staff = Staff(
        admin=admin,
        panel=[
            admin,
            users["intervieweur1@vivier.demo"],
            users["intervieweuse2@vivier.demo"],
        ],
        adviser=users["conseiller@vivier.demo"],
        organisation=organisation,
    )
    populate({"web": web, "support": support, "data": data, "past": past}, cast, staff)


def _result_elsewhere(candidate_user: User, password_hash) -> None:
    """candidate1 took another employer's assessment (one scenario shared with the Python
    offer), and that employer closed it: the result is out, may travel to the Python offer
    (« Réutiliser mon résultat ») and be certified (« Mes certificats de résultats »)."""
    other, _ = Employer.objects.get_or_create(name=OTHER_EMPLOYER_NAME)
    admin = User.objects.create(email=OTHER_ADMIN, role=Role.RECRUITER, display_name="Inès R.")
    admin.set_unusable_password()
    admin.save(update_fields=["password"])
    EmployerMembership.objects.create(user=admin, employer=other, role=MemberRole.ADMIN)
    offer = _demo_offer(other, OTHER_OFFER, admin)
    _demo_assessment(offer, OTHER_ASSESSMENT, admin)
    candidate = create_candidate_profile(candidate_user)
    application = apply_to_offer(candidate, offer)
    attempt = start_attempt(application, user=candidate_user)
    scenario = attempt.campaign.scenarios.get()
    ordered = sorted(scenario.responses, key=lambda response: -response["rating"])
    best, worst = ordered[0]["id"], ordered[-1]["id"]
    save_answers(attempt, sjt={scenario.pk: (best, worst)}, written={}, user=candidate_user)
    submit_attempt(attempt, user=candidate_user)
    close_campaign(offer, user=admin)


def _sync_library() -> None:
    """Scenarios and questions always (cheap); the exercises only into an empty table: their
    large hidden tests take seconds to build, and `make run` syncs the whole library
    (load_assessment_library) just before seed_demo."""
    if not Exercise.objects.library().current().exists():
        sync_exercises()
    sync_scenarios()
    sync_written_questions()


def _candidate(person: Person, *, user: User | None = None) -> Candidate:
    """The person's account (no password: not a demo login), identity, skills and
    self-declaration."""
    if user is None:
        user = User(email=person.address, role=Role.CANDIDATE)
        user.set_unusable_password()
        user.save()
    candidate = create_candidate_profile(user)
    Identity.objects.filter(candidate=candidate).update(
        first_name=person.first_name,
        last_name=person.last_name,
        city=person.city,
        postcode=person.postcode,
        birth_year=person.birth_year,
    )
    candidate.skills = next(SKILLS[key] for key in SKILLS if getattr(person, key))
    candidate.save(update_fields=["skills"])
    if person.declared:
        values = person.declaration(this_year=timezone.localdate().year)
        save_declaration(candidate, values, user=user)
    return candidate


def _current(model, slugs):
    """The current library items of `slugs`, in that order (fewer if the library dropped some)."""
    found = {item.slug: item for item in model.objects.current().filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def _demo_assessment(offer: Offer, spec: DemoAssessment, admin: User) -> None:
    """The offer's assessment and its selection rules, so that every step can be tried."""
    if current_campaign(offer) is None:
        coding, sjt, written = spec.weights
        data = CampaignData(
            exercises=_current(Exercise, spec.exercises),
            scenarios=_current(SjtScenario, spec.scenarios),
            questions=_current(WrittenQuestion, spec.questions),
            weight_coding=coding,
            weight_sjt=sjt,
            weight_written=written,
            duration_minutes=spec.duration_minutes,
            deadline=timezone.now() + timedelta(days=30),
            sjt_mode=spec.sjt_mode,
        )
        save_campaign(offer, data, user=admin)
    _demo_policy(offer, admin)


def _demo_policy(offer: Offer, admin: User, weights: dict | None = None) -> None:
    if current_policy(offer) is None:
        values = {name: getattr(suggested_policy(offer), name) for name in POLICY_FIELDS}
        save_policy(offer, {**values, **(weights or {})}, by=admin)


def _demo_offer(employer: Employer, spec: DemoOffer, admin: User) -> Offer:
    offer = Offer.objects.filter(employer=employer, title=spec.title).first()
    if offer is None:
        offer = Offer(
            employer=employer,
            title=spec.title,
            description=spec.description,
            skills=list(spec.skills),
            contract_type=spec.contract_type,
            commune=spec.commune,
            postcode=spec.postcode,
            remote_policy=spec.remote_policy,
            salary_min=spec.salary[0],
            salary_max=spec.salary[1],
            experience_level=spec.experience_level,
            rome_code=spec.rome_code,
            positions=spec.positions,
            start_date=date.today() + timedelta(days=45),
        )
        if spec.contract_type == ContractType.CDD:
            offer.contract_end_date = date.today() + timedelta(days=45 + 365)
        create_offer(offer, by=admin)
    if spec.publish and offer.status == OfferStatus.DRAFT:
        offer = publish_offer(offer, by=admin, acknowledged=True)
    if spec.interview_grid and current_version(offer) is None:
        copy_library_grid(offer, spec.interview_grid, language="fr", by=admin)
    return offer
