"""The production stack on loopback, for the smoke test and the benchmark: a throwaway
PostgreSQL database, two gunicorn instances (deploy/gunicorn.conf.py, DEBUG=0, Redis cache)
and nginx with deploy/nginx.conf in front. Only loopback addresses; everything it starts is
stopped, and the database and cache keys are removed, when the `with` block ends.
"""

import contextlib
import http.client
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
HOST = "wegwijzer.example.be"
PG = os.environ.get("STACK_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("STACK_REDIS", "redis://127.0.0.1:6379/13")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def psql(sql: str) -> None:
    subprocess.run(
        ["psql", PG + "/postgres", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True,
        capture_output=True,
    )


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes
    cookies: dict = field(default_factory=dict)

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def fetch(port: int, path: str, method="GET", headers=None, body=None) -> Response:
    """One request to 127.0.0.1:port as a browser behind HTTPS would send it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
        raw = connection.getresponse()
        data = raw.read()
        cookies = {}
        for name, value in raw.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                cookies[key] = rest.split(";", 1)[0]
        headers = {name.lower(): value for name, value in raw.getheaders()}
        return Response(raw.status, headers, data, cookies)
    finally:
        connection.close()


@dataclass
class Stack:
    env: dict
    nginx_port: int
    app_ports: list[int]
    workdir: Path
    processes: list = field(default_factory=list)

    def manage(self, *args: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True, **kwargs
        )


def production_env(database: str, workdir: Path, prefix: str, **extra: str) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTEST_VERSION", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},127.0.0.1",
        SITE_URL=f"https://{HOST}",
        CSRF_TRUSTED_ORIGINS=f"https://{HOST}",
        DATABASE_URL=f"{PG}/{database}",
        REDIS_URL=REDIS,
        CACHE_KEY_PREFIX=prefix,
        BEHIND_PROXY="1",
        PROXY_COUNT="1",
        STATIC_ROOT=str(workdir / "static"),
        LOG_LEVEL="ERROR",
        GUNICORN_LOG_LEVEL="warning",
    )
    env.update(extra)
    return env


def nginx_site(nginx_port: int, app_ports: list[int], static_root: Path) -> str:
    """deploy/nginx.conf as it would run, with loopback ports and TLS simulated: nginx tells
    the app the request came over HTTPS, as it does behind its own certificate."""
    text = (DEPLOY / "nginx.conf").read_text()
    lines, skipping = [], False
    for line in text.splitlines():
        if "# smoke: plain HTTP redirect" in line:
            skipping = True
        if skipping:
            skipping = "# smoke: end of redirect" not in line
            continue
        if any(f"# smoke: {mark}" in line for mark in ("listen v6", "http2", "cert", "key")):
            continue
        lines.append(line)
    site = "\n".join(lines)
    replacements = {
        "listen 443 ssl;": f"listen 127.0.0.1:{nginx_port};",
        "127.0.0.1:8001": f"127.0.0.1:{app_ports[0]}",
        "127.0.0.1:8002": f"127.0.0.1:{app_ports[1]}",
        "/srv/wegwijzer/staticfiles/": f"{static_root}/",
        "X-Forwarded-Proto $scheme;": "X-Forwarded-Proto https;",
    }
    for old, new in replacements.items():
        if old not in site:
            raise SystemExit(f"deploy/nginx.conf no longer holds {old!r}: update deploy/stack.py")
        site = site.replace(old, new)
    return site


def nginx_main(workdir: Path, site: Path) -> str:
    temp = workdir / "nginx"
    return f"""
worker_processes 1;
pid {temp}/nginx.pid;
error_log {temp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {site};
}}
"""


def wait_for(port: int, process: subprocess.Popen, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} stopped at start (exit {process.returncode})")
        try:
            if fetch(port, "/healthz", headers={"X-Forwarded-Proto": "https"}).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{what} did not answer on port {port} within {seconds} s")


def _clear_cache_keys(prefix: str) -> None:
    client = redis.Redis.from_url(REDIS)
    keys = list(client.scan_iter(f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])


@contextlib.contextmanager
def database(name: str):
    psql(f"DROP DATABASE IF EXISTS {name}")
    psql(f"CREATE DATABASE {name}")
    try:
        yield name
    finally:
        psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextlib.contextmanager
def stack(database_name: str, prepare, workers: int = 2, **extra_env: str):
    """Start everything; `prepare(stack)` fills the database before the servers start."""
    workdir = Path(tempfile.mkdtemp(prefix="wegwijzer-stack-"))
    # nginx's workers run as an unprivileged user and must read the static files.
    os.chmod(workdir, 0o755)
    (workdir / "nginx").mkdir()
    prefix = f"stack{os.getpid()}"
    app_ports = [free_port(), free_port()]
    env = production_env(database_name, workdir, prefix, GUNICORN_WORKERS=str(workers), **extra_env)
    running = Stack(env=env, nginx_port=free_port(), app_ports=app_ports, workdir=workdir)
    try:
        running.manage("migrate", "--noinput", stdout=subprocess.DEVNULL)
        running.manage("load_reference_data", stdout=subprocess.DEVNULL)
        running.manage("collectstatic", "--noinput", stdout=subprocess.DEVNULL)
        prepare(running)
        for number, port in enumerate(app_ports, start=1):
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", str(DEPLOY / "gunicorn.conf.py")]
                + ["wegwijzer.wsgi"],
                cwd=ROOT,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
            )
            running.processes.append(process)
            wait_for(port, process, f"gunicorn {number}")
        site = workdir / "site.conf"
        site.write_text(nginx_site(running.nginx_port, app_ports, workdir / "static"))
        main = workdir / "nginx.conf"
        main.write_text(nginx_main(workdir, site))
        nginx = subprocess.Popen(["nginx", "-c", str(main), "-g", "daemon off;"])
        running.processes.append(nginx)
        wait_for(running.nginx_port, nginx, "nginx")
        yield running
    finally:
        for process in reversed(running.processes):
            process.terminate()
        for process in running.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        _clear_cache_keys(prefix)
        subprocess.run(["rm", "-rf", str(workdir)], check=False)
