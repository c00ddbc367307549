"""Real-browser tests: Debian's headless Chromium driven by Playwright against Django's live server.

One browser for the whole session, one live server; every test gets a fresh browser context
(no cookies carried over). All tests in this folder carry the `browser` marker, so
`pytest -m "not browser"` runs only the fast suite. Never `playwright install`: we use the
Chromium the system package manager installed (`make browser-deps`).
"""

import os
from pathlib import Path

import pytest

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    missing = not CHROMIUM.exists()
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} not installed: run `make browser-deps` (Debian chromium)"
    )
    for item in items:
        if HERE in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            if missing:
                item.add_marker(skip)


@pytest.fixture(scope="package")
def browser():
    """One Chromium for all browser tests, closed when they are done (package scope), so the
    fast tests that run after them see no Playwright and no async-unsafe switch."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop running in this thread; Django would refuse
    # database access from the test code ("You cannot call this from an async context").
    # Only while the browser runs: the deploy check rightly fails when the variable is set.
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab at desktop width, pointed at the live server.

    Fails the test if the page broke the Content-Security-Policy (an inline script or style
    slipped in) or logged a JavaScript error.
    """
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 1280, "height": 900},
        locale="nl-BE",
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text)
            if message.type == "error" and _is_our_problem(message.text)
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
    yield page
    context.close()
    assert not problems, "The browser reported:\n" + "\n".join(problems)


def _is_our_problem(text: str) -> bool:
    # A 404 page is expected to log "Failed to load resource: 404" for itself; CSP refusals and
    # script errors are always ours.
    return "Content Security Policy" in text or "Refused to" in text
