"""gunicorn settings for Wegwijzer bij ziekte: `gunicorn -c deploy/gunicorn.conf.py`.

Sync workers, one per core plus one. The work is CPU-bound Python (rendering) with short
database calls, and nginx in front buffers slow clients, which is what threaded or async
workers would be for; a page served from the shared cache takes about a millisecond. To
choose the count for a given host, run `BENCH_WORKERS=N make bench` for a few N and compare
docs/benchmarks.md (the count used is in its "Conditions"). A clean comparison was not
possible on the shared 2-core development machine, so cores + 1 is the usual rule, not a
measured optimum. Every value can be overridden from the environment (systemd:
EnvironmentFile).
"""

import multiprocessing
import os

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
