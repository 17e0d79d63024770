import factory
from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from accounts.enums import Role
from accounts.models import User

PASSWORD = "un-mot-de-passe-de-test"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    role = Role.CANDIDATE
    password = factory.django.Password(PASSWORD)

    class Params:
        recruiter = factory.Trait(role=Role.RECRUITER)
        adviser = factory.Trait(role=Role.ADVISER)
        staff = factory.Trait(role=Role.STAFF, is_staff=True, is_superuser=True)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def mfa(self, create, extracted, **kwargs):
        """`UserFactory(mfa=True)` enrols TOTP and recovery codes; the secret is on the user."""
        if create and extracted:
            self.totp_secret = generate_totp_secret()
            TOTP.activate(self, self.totp_secret)
            RecoveryCodes.activate(self)
