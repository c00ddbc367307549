"""Settings for Wegwijzer bij ziekte, read from the environment.

A fresh checkout runs with DEBUG on and a SQLite file; production sets DEBUG off and must
provide SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see README).
"""

import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from wegwijzer.env import env_bool, env_int, env_list, env_str, load_env_file

BASE_DIR = Path(__file__).resolve().parent.parent
load_env_file(BASE_DIR / ".env")

# Under pytest the development defaults apply (plain HTTP test client, plain static storage);
# tests/test_deploy_settings.py checks the production settings in a separate process.
TESTING = "PYTEST_VERSION" in os.environ
DEBUG = env_bool("DEBUG", TESTING)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY is required when DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "csp",
    "axes",
    "import_export",
    "rest_framework",
    "actors",
    "accounts",
    "pathways",
    # Last: the top layer, for the cross-app load_reference_data command.
    "wegwijzer",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the page cache, compressed and validated already (a hit goes no
    # further); for the pages it stores it compresses and validates itself.
    "wegwijzer.pagecache.AnonymousPageCacheMiddleware",
    # Compresses the HTML built per visitor (with padding against BREACH). Above
    # ConditionalGet, as Django advises.
    "django.middleware.gzip.GZipMiddleware",
    # ETag and Last-Modified: a browser that has the page gets a 304 without the body.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "actors.middleware.PrivateProfessionalDataMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wegwijzer.middleware.permissions_policy",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wegwijzer.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wegwijzer.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "wegwijzer.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A broad search ranks the first matches a scan hands over (actors.search._candidates);
    # without synchronised scans those are the same ones on every page of the results.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronize_seqscans=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": (
        {
            "BACKEND": "wegwijzer.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # Lets two sites (or a benchmark beside the real site) share one Redis database.
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX"),
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Anonymous pages are kept this long in the shared cache (0 turns it off); any change to a
# fiche, text or zone empties it at once (wegwijzer/pagecache.py). Browsers may reuse a page
# for PAGE_MAX_AGE seconds and show it a while longer while they check again.
# Off by default while developing (a template edit shows at once) and under pytest (tests
# count the queries a page builds with); tests/test_http_caching.py turns it on.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0 if DEBUG else 600)
PAGE_MAX_AGE = env_int("PAGE_MAX_AGE", 60)
PAGE_STALE_WHILE_REVALIDATE = env_int("PAGE_STALE_WHILE_REVALIDATE", 600)
# Never cached: the admin, accounts (forms with a token), health check for the balancer.
PAGE_CACHE_SKIP = ("/beheer/", "/admin/", "/account/", "/healthz")

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Brute-force lockout: five failures lock the username + address pair for an hour.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "wegwijzer.storage.HashedStaticFilesStorage"
        )
    },
}
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# The console and file backends write confirmation and password-reset links to the server log or
# disk, where anyone who reads them can take over an account: development only. Production sends
# by SMTP unless told otherwise, and refuses to start with a development backend.
DEVELOPMENT_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
if not DEBUG and EMAIL_BACKEND in DEVELOPMENT_EMAIL_BACKENDS:
    raise ImproperlyConfigured(
        f"EMAIL_BACKEND {EMAIL_BACKEND} writes account links to the log: not allowed when "
        "DEBUG is off. Set EMAIL_BACKEND to an SMTP (or other sending) backend."
    )
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Wegwijzer bij ziekte <noreply@localhost>")

# Security headers. HTTPS-only settings are on whenever DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
# "preload" lets the domain be put on the browsers' HTTPS-only list, subdomains included. On in
# production so `check --deploy` is clean; SECURE_HSTS_PRELOAD=0 when the domain's owner objects.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
PROXY_COUNT = env_int("PROXY_COUNT", 1)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Login lockout and form rate limits count per visitor address: behind a reverse proxy
# that address is the one the proxy appends to X-Forwarded-For, not the proxy's own.
AXES_CLIENT_IP_CALLABLE = "wegwijzer.client_ip.visitor_address"

# Permissions-Policy: the site uses no camera, microphone, location or other device feature, so
# no page (nor anything that slips into one) may ask for them.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), "
    "browsing-topics=(), interest-cohort=()"
)

# Open data (HSDS API and downloads under /open-data/): the licence stated in the metadata and
# the download (an SPDX id, its title and URL), and the requests one client address may make.
OPEN_DATA_LICENCE = env_str("OPEN_DATA_LICENCE", "CC-BY-4.0")
OPEN_DATA_LICENCE_TITLE = env_str("OPEN_DATA_LICENCE_TITLE", "Creative Commons Attribution 4.0")
OPEN_DATA_LICENCE_URL = env_str(
    "OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
OPEN_DATA_RATE = env_str("OPEN_DATA_RATE", "120/minute")
if not re.fullmatch(r"[1-9][0-9]*/(second|minute|hour|day)", OPEN_DATA_RATE):
    raise ImproperlyConfigured("OPEN_DATA_RATE must look like 120/minute (second/hour/day).")

# Content-Security-Policy: no inline scripts or styles anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# A published fiche not checked for this many months is "stale": flagged in the admin and in
# the editors' digest (manage.py send_editor_digest).
STALE_AFTER_MONTHS = env_int("STALE_AFTER_MONTHS", 12)

# Spreadsheet import and export of fiches: importing needs the right to change fiches, exporting
# the right to see them; an import is one transaction (all rows or none).
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_ACTION_EXPORT_UI = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
