"""make bench: the public pages at the scale of Flanders, measured on the production stack.

Builds BENCH_FICHES (50,000) fiches in a throwaway PostgreSQL database, starts two gunicorn
instances behind nginx on loopback (deploy/stack.py, DEBUG=0, Redis cache), then:

1. in process, every public page built without the page cache: queries, p50 and p95
   (manage.py benchmark);
2. over HTTP with wrk, against one gunicorn instance, every public page side by side with the
   same instance's whitenoise static file, measured just before it: one client (p50, p95),
   20 clients (req/s, ratio to the static file), and 20 clients that bypass the page cache
   (a session cookie), plus the bytes a browser fetches (HTML and CSS, gzip);
3. a soak through nginx: 50 clients for BENCH_SOAK seconds over many route, search, zone and
   fiche pages, counting errors;

and writes docs/benchmarks.md. Not a test: the figures depend on the machine and its load.
"""

import datetime
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

from report import write_report
from stack import HOST, ROOT, database, fetch, stack

FICHES = int(os.environ.get("BENCH_FICHES", 50_000))
SECONDS = int(os.environ.get("BENCH_SECONDS", 5))
SOAK = int(os.environ.get("BENCH_SOAK", 60))
REPEAT = int(os.environ.get("BENCH_REPEAT", 100))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
WORKERS = int(os.environ.get("BENCH_WORKERS", os.cpu_count() + 1))
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", ROOT / "docs" / "benchmarks.md"))
LUA = Path(__file__).with_name("wrk_report.lua")
HEADERS = [f"Host: {HOST}", "Accept-Encoding: gzip", "X-Forwarded-Proto: https"]
BROWSER = {"Accept-Encoding": "gzip", "X-Forwarded-Proto": "https"}
# A session cookie skips the page cache: the page is built for every request.
BYPASS = "Cookie: sessionid=benchmark"
SEARCHES = [
    "werkhervatting", "werkhervating", "tnw", "coordinator", "arbeidsarts", "psycholoog",
    "burn-out", "re-integratie", "jobcoach", "vdab", "gent", "leuven", "brugge", "huisarts",
    "ziekenfonds cm", "loopbaan", "ocmw", "caw", "ergotherapeut", "werkpunt",
]  # fmt: skip
POSTCODES = ["9000", "3000", "2000", "8000", "3500", "1000", "9300", "2800", "8500", "3600"]
GOALS = {"p95_ms": 30, "ratio": 0.35, "cached_ratio": 0.9, "queries": 8, "bytes": 40 * 1024}


def wrk(port: int, path: str, clients: int, seconds: int, extra=(), paths_file="") -> dict:
    command = ["wrk", f"-t{min(2, clients)}", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-s", str(LUA)]
    for header in [*HEADERS, *extra]:
        command += ["-H", header]
    command.append(f"http://127.0.0.1:{port}{path}")
    env = {**os.environ, "WRK_PATHS": paths_file}
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    result = json.loads(out.split("WRK_JSON ", 1)[1].splitlines()[0])
    result["rps"] = result["requests"] / result["seconds"]
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    return result


def side_by_side(port: int, static: str, url: str) -> tuple[dict, dict]:
    """The static file and the page at 20 clients, in ROUNDS alternating runs each, so a
    change of machine load in between weighs on both alike; each total over its runs."""
    runs: dict[str, list[dict]] = {static: [], url: []}
    for _ in range(ROUNDS):
        for path in (static, url):
            runs[path].append(wrk(port, path, 20, max(1, SECONDS * 2 // ROUNDS)))

    def total(results: list[dict]) -> dict:
        keys = ("requests", "seconds", "bytes", "errors")
        summed = {key: sum(r[key] for r in results) for key in keys}
        return summed | {"rps": summed["requests"] / summed["seconds"]}

    return total(runs[static]), total(runs[url])


def in_process(running) -> list[dict]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        running.manage("benchmark", "--fiches", "0", "--repeat", str(REPEAT), "--json", out.name)
        return json.loads(Path(out.name).read_text())


def static_path(port: int) -> tuple[str, int]:
    html = fetch(port, "/", headers={"X-Forwarded-Proto": "https"}).body.decode()
    path = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html).group(1)
    return path, len(fetch(port, path, headers=BROWSER).body)


def measure_pages(port: int, front: int, pages: list[dict]) -> tuple[str, list[dict]]:
    """Each page: one client through nginx (`front`), as a visitor reaches it, and 20 clients
    straight at one instance (`port`), taking turns with that instance's static file."""
    static, css_bytes = static_path(port)
    rows = []
    for page in pages:
        url = page["url"]
        print(f"  {url}", flush=True)
        first = fetch(port, url, headers=BROWSER)  # builds it and fills the page cache
        row = dict(page, bytes=len(first.body) + css_bytes, html_bytes=len(first.body))
        row["cached"] = "public" in first.header("Cache-Control")
        row["static"], row["many"] = side_by_side(port, static, url)
        # wrk straight at a sync worker reconnects after every response and then sees stalls
        # of 120-200 ms in 1-10% of requests, which a plain sequential client does not see.
        row["one"] = wrk(front, url, 1, SECONDS)
        # Every worker builds the page a few times first: the first build in a fresh worker
        # compiles its templates and fills its own copies of the reference tables (100-300 ms
        # once per worker, which would otherwise be the p95 of a 5-second run).
        wrk(front, url, 2 * WORKERS, 1, extra=[BYPASS])
        row["one_built"] = wrk(front, url, 1, SECONDS, extra=[BYPASS])
        row["bypass"] = wrk(port, url, 20, SECONDS, extra=[BYPASS])
        rows.append(row)
    return static, rows


def soak_paths(port: int) -> list[str]:
    """Many different pages, so the soak mixes cache hits with pages built afresh."""
    rng = random.Random(11)

    def locations(path):
        body = fetch(port, path, headers={"X-Forwarded-Proto": "https"}).body.decode()
        return [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)", body)]

    fiches = rng.sample(locations("/sitemap-fiches.xml"), 300)
    zones = locations("/sitemap-zones.xml")
    searches = [f"/zoeken/?q={urllib.parse.quote_plus(q)}" for q in SEARCHES] + [
        f"/zoeken/?plaats={p}" for p in POSTCODES
    ]
    routes = [
        f"/route/patient/?werk=werknemer&sinds={duur}&doel=eigen&ziekenfonds=cm&plaats={code}"
        for code in POSTCODES
        for duur in ("minder-1-maand", "3-12-maanden")
    ]
    paths = fiches + zones + searches + routes
    rng.shuffle(paths)
    return paths


def soak(port: int, paths: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
        listing.write("\n".join(paths))
        listing.flush()
        result = wrk(port, "/", 50, SOAK, paths_file=listing.name)
    return result | {"paths": len(paths)}


def machine() -> dict:
    load = os.getloadavg()
    busy = subprocess.run(["ps", "-eo", "comm="], capture_output=True, text=True).stdout.split()
    return {
        "cores": os.cpu_count(),
        "load": f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}",
        "pytest": sum(1 for name in busy if name.startswith(("pytest", "python"))),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip(),
        "postgres": subprocess.run(
            ["psql", "--version"], capture_output=True, text=True
        ).stdout.strip(),
        "wrk": subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split(
            "\n"
        )[0],
    }


def main() -> int:
    name = f"wegwijzer_bench_{os.getpid()}"
    before = machine()
    started = datetime.datetime.now(datetime.UTC)

    def build(running):
        print(f"Building {FICHES} fiches …", flush=True)
        running.manage("build_bench_data", "--fiches", str(FICHES))

    with database(name), stack(name, build, workers=WORKERS) as running:
        print("In process …", flush=True)
        pages = in_process(running)
        print("Over HTTP …", flush=True)
        static, rows = measure_pages(running.app_ports[0], running.nginx_port, pages)
        print(f"Soak: 50 clients for {SOAK} s through nginx …", flush=True)
        soaked = soak(running.nginx_port, soak_paths(running.app_ports[0]))
    after = machine()
    OUTPUT.parent.mkdir(exist_ok=True)
    raw = {"rows": rows, "soak": soaked, "before": before, "after": after}
    OUTPUT.with_suffix(".json").write_text(json.dumps(raw, indent=1))
    OUTPUT.write_text(
        write_report(
            rows=rows,
            soaked=soaked,
            static=static,
            settings={
                "fiches": FICHES,
                "seconds": SECONDS,
                "rounds": ROUNDS,
                "soak": SOAK,
                "repeat": REPEAT,
                "workers": WORKERS,
                "goals": GOALS,
            },
            before=before,
            after=after,
            started=started,
        )
    )
    print(f"Written: {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
