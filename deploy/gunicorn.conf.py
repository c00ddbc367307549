"""gunicorn settings for Wegwijzer bij ziekte: `gunicorn -c deploy/gunicorn.conf.py`.

Worker class and count were chosen by measurement (docs/benchmarks.md, "Choosing the workers"):
on a 2-core host, sync workers at one per core plus one gave the most requests per second for
the pages and the static file; threads did not help (the work is CPU-bound Python, and nginx in
front buffers slow clients, which is what async or threaded workers would be for).
Every value can be overridden from the environment (systemd unit: EnvironmentFile).
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
