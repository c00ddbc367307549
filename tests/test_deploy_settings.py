"""Production settings, checked in a fresh process: under pytest settings.py applies the
development defaults, so these tests start manage.py without PYTEST_VERSION."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def production_env(tmp_path, **overrides) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTEST_VERSION", "DJANGO_SETTINGS_MODULE"}
        and not key.startswith(("DEBUG", "SECRET_KEY", "SECURE_", "ALLOWED_HOSTS", "DATABASE_URL"))
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="wegwijzer.example.be",
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def tmp_path_module(tmp_path_factory):
    return tmp_path_factory.mktemp("deploy")


def test_check_deploy_is_clean_with_production_variables(tmp_path_module):
    result = manage(production_env(tmp_path_module), "check", "--deploy", "--fail-level", "WARNING")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS" not in output
    assert "System check identified no issues" in result.stdout


def test_check_deploy_would_report_a_weak_setting(tmp_path_module):
    # Proves the check above can fail: a production site without HSTS must be flagged.
    env = production_env(tmp_path_module, SECURE_HSTS_SECONDS="0")
    result = manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off(tmp_path_module):
    env = production_env(tmp_path_module, SECRET_KEY=None)
    result = manage(env, "check")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY is required" in result.stderr


def test_it_refuses_to_start_with_the_console_mail_backend_when_debug_is_off(tmp_path_module):
    # The console backend writes confirmation and reset links to the log: account takeover.
    env = production_env(
        tmp_path_module, EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend"
    )
    result = manage(env, "check")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "EMAIL_BACKEND" in result.stderr


def test_production_sends_mail_by_smtp_when_no_backend_is_set(tmp_path_module):
    env = production_env(tmp_path_module, EMAIL_BACKEND=None)
    code = "from django.conf import settings; print(settings.EMAIL_BACKEND)"
    result = manage(env, "shell", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "django.core.mail.backends.smtp.EmailBackend"
