"""How many gunicorn workers: the same pages at 20 clients for a few worker counts.

    .venv/bin/python deploy/workers.py 2 3 4 5

Builds BENCH_FICHES (50,000) fiches in a throwaway PostgreSQL database once, then for each
count starts the production stack (deploy/stack.py) and measures with wrk, on one instance:
the whitenoise static file, three pages served from the page cache, and the same three pages
built every time (a session cookie skips the cache). Prints a Markdown table; the figures
behind deploy/gunicorn.conf.py's choice came from this. Not a test.
"""

import os
import statistics
import sys

from bench import BROWSER, FICHES, static_path, wrk
from stack import database, fetch, stack

PAGES = [
    "/zones/gent/",
    "/zoeken/?q=werkhervatting",
    "/route/patient/?werk=werknemer&sinds=3-12-maanden&doel=eigen&ziekenfonds=cm&plaats=9000",
]
SECONDS = int(os.environ.get("BENCH_SECONDS", 5))


def measure(port: int) -> str:
    static, _ = static_path(port)
    for page in PAGES:
        fetch(port, page, headers=BROWSER)  # fills the page cache
    files = statistics.mean(wrk(port, static, 20, SECONDS)["rps"] for _ in range(2))
    cached = [wrk(port, page, 20, SECONDS)["rps"] for page in PAGES]
    bypass = ["Cookie: sessionid=benchmark"]
    built = [wrk(port, page, 20, SECONDS, extra=bypass)["rps"] for page in PAGES]
    return (
        f"| {files:.0f} | {' / '.join(f'{n:.0f}' for n in cached)} | "
        f"{' / '.join(f'{n:.1f}' for n in built)} |"
    )


def main(counts: list[int]) -> int:
    name = f"wegwijzer_workers_{os.getpid()}"
    print("| workers | static file req/s | cached zone / search / route req/s "
          "| built zone / search / route req/s |")  # fmt: skip
    print("|---|---|---|---|")
    with database(name):
        for number, count in enumerate(counts):

            def build(running, first=number == 0):
                if first:
                    running.manage("build_bench_data", "--fiches", str(FICHES))

            with stack(name, build, workers=count) as running:
                print(f"| {count} {measure(running.app_ports[0])}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main([int(arg) for arg in sys.argv[1:]] or [2, 3, 4, 5]))
