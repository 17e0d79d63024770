"""Vivier settings. Everything that differs between machines comes from the environment.

Safe by default: DEBUG is off unless DJANGO_DEBUG says otherwise, and then a real secret key and
explicit ALLOWED_HOSTS are required. See README.md, "Configuration".
"""

from pathlib import Path

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import database, env_bool, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VIVIER_VAR_DIR") or BASE_DIR / "var")

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_secret(
    "DJANGO_SECRET_KEY",
    required=not DEBUG,
    dev_default="django-insecure-vivier-development-only-never-in-production",
)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is required when DJANGO_DEBUG is off.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

SITE_URL = env_str("VIVIER_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The public « API Recherche d'entreprises », asked for the company behind a SIRET at sign-up
# (employers.company_registry); seconds before the sign-up gives up and goes on, pending.
COMPANY_REGISTRY_URL = env_str(
    "VIVIER_COMPANY_REGISTRY_URL", "https://recherche-entreprises.api.gouv.fr"
)
COMPANY_REGISTRY_TIMEOUT = env_int("VIVIER_COMPANY_REGISTRY_TIMEOUT", 5)
# Days an invitation to join an organisation stays valid.
TEAM_INVITATION_DAYS = env_int("VIVIER_TEAM_INVITATION_DAYS", 7)
# Where people write to exercise their rights or report an accessibility problem (the privacy
# notice and the accessibility statement give it).
CONTACT_EMAIL = env_str("VIVIER_CONTACT_EMAIL", "")
# Where candidates live (territories app): the address geocoder and the QPV perimeter file.
VIVIER_GEOCODER_URL = env_str("VIVIER_GEOCODER_URL", "https://data.geopf.fr/geocodage/search")
VIVIER_GEOCODER_TIMEOUT = env_int("VIVIER_GEOCODER_TIMEOUT", 3)
VIVIER_QPV_PERIMETERS = env_str(
    "VIVIER_QPV_PERIMETERS", str(BASE_DIR / "territories" / "data" / "qpv-2024.geojson")
)

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",  # its widget templates, for config.forms.FormRenderer
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "channels",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "territories",
    "accounts",
    "employers",
    "candidates",
    "assessments",
    "interviews",
    "shortlists",
    "fairness",
    "broadcasting",
    "advisers",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # In development, absolute links follow the address the request came to (core.site).
    "core.site.RequestOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
]

# Every form field renders through templates/forms/field.html (see config/forms.py).
FORM_RENDERER = "config.forms.FormRenderer"

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "config.navigation.navigation",
            ],
            "string_if_invalid": "",
            # core is not an installed app: its tag libraries are named here. {{ name|de }}:
            # « de Lille », « d'Atelier » (core.elision); {% colon %}: « Lieu : » / "Place:".
            "libraries": {
                "elision": "core.templatetags.elision",
                "typography": "core.templatetags.typography",
            },
        },
    },
]

# Database: SQLite file under var/ by default, PostgreSQL in production through DATABASE_URL.
# PostgreSQL connections come from a pool (DATABASE_POOL, DATABASE_POOL_MIN_SIZE, _MAX_SIZE,
# _TIMEOUT: see config.env.database).
DATABASES = {"default": database(f"sqlite:///{VAR_DIR / 'vivier.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes (daphne, the task worker) share the file: wait for locks, don't fail.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
# Rate limits and single-use TOTP codes must be shared between processes, and pages must keep
# working when Redis is down (only live updates need it): the cache lives in the database.
# Its table is created by a migration (accounts 0003).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "vivier_cache",
    }
}

# Background tasks (grading, emails): stored in the database, run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Grading postponed because nothing could run (every sandbox slot busy, or no sandbox) is
# retried by the worker after these delays in seconds, the last one repeating.
GRADING_RETRY_DELAYS = (30, 60, 120, 300)

# Accounts
AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, loading the user with their second factor and admin role
# (config/auth_backends.py).
AUTHENTICATION_BACKENDS = [
    "config.auth_backends.ModelBackend",
    "config.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_ADAPTER = "candidates.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
# allauth's messages and emails speak to the account's owner: name it by its address (str(user)
# is the label other people see: a candidate's is their role).
ACCOUNT_USER_DISPLAY = "accounts.models.own_address"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Vivier] "
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Vivier"

# Internationalisation: French first, English complete.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates day first in both languages, never the US month first (config/formats).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# Static files are self-hosted (no CDN) and served by WhiteNoise, also under daphne.
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Email
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Vivier <ne-pas-repondre@vivier.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
elif DEBUG:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    raise ImproperlyConfigured("EMAIL_HOST is required when DJANGO_DEBUG is off.")

# Security. In production Vivier sits behind a TLS-terminating proxy.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],  # CodeMirror injects <style> with the page nonce
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}
