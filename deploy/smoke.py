"""Smoke test of the production kit: two gunicorn instances behind nginx on loopback, DEBUG=0,
PostgreSQL and Redis. Exits non-zero when a check fails. Run by .ci/run:

    .venv/bin/python deploy/smoke.py

It checks the security and caching headers, compression (HTML by Django, static files by
nginx), hashed static names, that both instances share one page cache, and that a login
lockout made on one instance holds on the other while another visitor can still log in.
"""

import gzip
import os
import re
import subprocess
import sys
import urllib.parse

from stack import HOST, database, fetch, stack

BROWSER = {"Accept-Encoding": "gzip", "X-Forwarded-Proto": "https"}
PASSWORD = "juist-wachtwoord-2026"
failures: list[str] = []


def check(condition: bool, what: str) -> None:
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


def create_user(running) -> None:
    code = (
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.create_user('smoke', password='{PASSWORD}')"
    )
    running.manage("shell", "-c", code)


def login(port: int, visitor: str, password: str):
    """A visitor at address `visitor` (as nginx would forward it) tries to log in."""
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": visitor}
    form = fetch(port, "/account/inloggen/", headers=forwarded)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form.body).group(1)
    body = urllib.parse.urlencode(
        {"username": "smoke", "password": password, "csrfmiddlewaretoken": token.decode()}
    )
    return fetch(
        port,
        "/account/inloggen/",
        method="POST",
        body=body,
        headers={
            **forwarded,
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={form.cookies['csrftoken']}",
            "Origin": f"https://{HOST}",
            "Referer": f"https://{HOST}/account/inloggen/",
        },
    )


def check_pages(front: int) -> None:
    home = fetch(front, "/", headers=BROWSER)
    check(home.status == 200, "home page through nginx answers 200")
    check(home.header("Content-Encoding") == "gzip", "HTML is sent gzip-compressed")
    html = gzip.decompress(home.body).decode() if home.header("Content-Encoding") else ""
    check("<h1" in html, "the compressed home page holds its heading")
    check("max-age=" in home.header("Strict-Transport-Security"), "HSTS is sent (TLS simulated)")
    check("default-src 'self'" in home.header("Content-Security-Policy"), "CSP is sent")
    check(home.header("X-Frame-Options") == "DENY", "X-Frame-Options: DENY")
    check(home.header("X-Content-Type-Options") == "nosniff", "X-Content-Type-Options: nosniff")
    cache_control = home.header("Cache-Control")
    check(
        "public" in cache_control and "stale-while-revalidate" in cache_control,
        f"anonymous page may be cached briefly ({cache_control})",
    )
    check(home.header("Server") in ("nginx", ""), "nginx does not name its version")
    again = fetch(front, "/", headers={**BROWSER, "If-None-Match": home.header("ETag")})
    check(again.status == 304 and not again.body, "conditional GET answers 304 without a body")

    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
    check(stylesheet is not None, "the page links a hashed stylesheet")
    if stylesheet:
        css = fetch(front, stylesheet.group(1), headers=BROWSER)
        check(css.status == 200, "nginx serves the hashed stylesheet")
        check(css.header("Content-Encoding") == "gzip", "static file sent pre-compressed")
        check("immutable" in css.header("Cache-Control"), "hashed static file cached a year")

    zones = fetch(front, "/zones/", headers=BROWSER)
    zones_html = gzip.decompress(zones.body).decode()
    svg_path = re.search(r'src="(/static/img/zones\.[0-9a-f]{12}\.svg)"', zones_html)
    check(svg_path is not None, "the zone map has a hashed name")
    if svg_path:
        svg = fetch(front, svg_path.group(1), headers={"X-Forwarded-Proto": "https"})
        check(
            re.search(rb'href="\.\./css/zone-map\.[0-9a-f]{12}\.css"', svg.body) is not None,
            "the zone map links its stylesheet by its hashed name",
        )

    plain = fetch(front, "/healthz", headers={"X-Forwarded-Proto": "http"})
    check(plain.status == 200, "health check answers through nginx")


def check_shared_state(apps: list[int]) -> None:
    first, second = apps
    one = fetch(first, "/zones/gent/", headers=BROWSER)
    two = fetch(second, "/zones/gent/", headers=BROWSER)
    check(one.status == two.status == 200, "both instances serve the zone page")
    check(
        one.header("ETag") == two.header("ETag") != "",
        "both instances serve the same cached page (one shared Redis cache)",
    )
    redirect = fetch(first, "/", headers={"Host": HOST})
    check(redirect.status == 301, "a plain-HTTP request is sent to HTTPS")

    visitor, other = "203.0.113.9", "203.0.113.10"
    statuses = [login(first, visitor, "fout").status for _ in range(5)]
    check(statuses[:4] == [200] * 4, f"wrong passwords are refused on instance 1 ({statuses})")
    locked = login(second, visitor, PASSWORD)
    check(locked.status == 429, f"the lockout made on instance 1 holds on 2 ({locked.status})")
    check("Inloggen is even geblokkeerd" in locked.body.decode(), "the lockout page explains it")
    spoofed = login(second, f"198.51.100.7, {visitor}", PASSWORD)
    check(spoofed.status == 429, "a forged X-Forwarded-For does not lift the lockout")
    welcome = login(second, other, PASSWORD)
    check(welcome.status == 302, f"another visitor logs in on instance 2 ({welcome.status})")


def check_change_reaches_every_instance(running) -> None:
    """A change made in another process reaches the pages every instance keeps in memory."""
    pages = [fetch(port, "/zones/gent/", headers=BROWSER) for port in running.app_ports * 3]
    check(all(page.status == 200 for page in pages), "the zone page is served from memory")
    running.manage(
        "shell",
        "-c",
        "from actors.models import Zone; z = Zone.objects.get(slug='gent'); "
        "z.name = 'Gent Rookproef'; z.save()",
        stdout=subprocess.DEVNULL,
    )
    after = [
        gzip.decompress(fetch(port, "/zones/gent/", headers=BROWSER).body).decode()
        for port in running.app_ports * 3
    ]
    check(
        all("Gent Rookproef" in html for html in after),
        "a change made in another process shows at once on both instances",
    )


def main() -> int:
    name = f"wegwijzer_smoke_{os.getpid()}"
    with database(name), stack(name, create_user) as running:
        check_pages(running.nginx_port)
        check_shared_state(running.app_ports)
        check_change_reaches_every_instance(running)
    if failures:
        print(f"\n{len(failures)} check(s) failed.")
        return 1
    print("\nAll smoke checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
