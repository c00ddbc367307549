"""gunicorn settings for Wegwijzer bij ziekte: `gunicorn -c deploy/gunicorn.conf.py`.

Sync workers, one per core plus one. The work is CPU-bound Python (rendering) with short
database calls, and nginx in front buffers slow clients, which is what threaded or async
workers would be for; a page served from the page cache takes well under a millisecond.

The count was chosen by measurement (2026-12-01, 2 cores, 50,000 fiches, PostgreSQL and Redis
on the same host, one instance, wrk with 20 clients for 5 s; rerun: deploy/workers.py):

| workers | static file req/s | cached zone / search / route req/s | built zone / search / route req/s |
|---|---|---|---|
| 2 | 1999 | 1799 / 1538 / 1574 | 19.7 / 24.4 / 20.5 |
| 3 | 1827 | 1877 / 1686 / 1942 | 18.4 / 24.2 / 28.2 |
| 4 | 2003 | 1424 / 1883 / 1537 | 14.7 / 22.3 / 17.9 |
| 5 | 1886 | 1555 / 1494 / 1704 | 15.1 / 23.8 / 21.6 |

Three (cores + 1) served the cached pages and the built route best; more workers only fight
over the two cores with PostgreSQL. On another host, run `deploy/workers.py 2 3 4 5` (or
`BENCH_WORKERS=N make bench` for a few N). Every value can be overridden from the environment
(systemd: EnvironmentFile).
"""

import gc
import multiprocessing
import os

# Python's advice for servers that fork without exec: no collections while the app loads,
# everything loaded frozen before the workers fork (a full collection then skips Django's
# ~150,000 long-lived objects: 30-40 ms less now and then, and pages stay shared between
# workers instead of being copied when the collector touches them), collections again in
# each worker. Measured with one client and pages built: search p95 29.3 → 23.2 ms.
gc.disable()

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
worker_class = "sync"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
# Load the app once before forking: less memory, and a broken setting stops the start at once.
preload_app = True
# A request that takes longer than this is a bug; the worker is restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Recycle workers now and then, so a slow leak never grows into an outage.
max_requests = 5000
max_requests_jitter = 500
# nginx on the same host speaks to us; it sets X-Forwarded-For and X-Forwarded-Proto
# (Django reads them when BEHIND_PROXY=1).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Errors to stderr (journald); the access log is nginx's job.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = os.environ.get("GUNICORN_PROC_NAME", "wegwijzer")


def when_ready(server):
    # The master, after preload_app loaded the app and before the first worker forks.
    gc.freeze()


def post_fork(server, worker):
    gc.enable()
