"""docs/benchmarks.md from the figures deploy/bench.py collected."""


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _mark(ok: bool) -> str:
    return "yes" if ok else "**no**"


def write_report(*, rows, soaked, static, settings, before, after, started) -> str:
    goals = settings["goals"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (deploy/bench.py); rerun it to replace this page. Not part of",
        "`make test`: the figures depend on the machine and on what else runs on it.",
        "",
        "## Conditions of this run",
        "",
        f"- {started:%Y-%m-%d %H:%M} UTC, commit `{before['commit']}`; {before['postgres']}; "
        f"{before['wrk']}.",
        f"- {before['cores']} cores, with PostgreSQL, Redis, nginx, the app and wrk all on them: "
        f"load average (1/5/15 min) {before['load']} before, {after['load']} after; "
        f"{before['pytest']} Python processes running at the start (this one included). "
        "Absolute figures depend on the machine; the ratios are the comparison.",
        f"- {settings['fiches']:,} published fiches in a throwaway PostgreSQL database "
        "(10% professional-only, about one contact person per five fiches, spread over every "
        "zone: `manage.py build_bench_data`).",
        f"- Production stack on loopback: DEBUG=0, two gunicorn instances "
        f"(`deploy/gunicorn.conf.py`, {settings['workers']} sync workers each) behind nginx "
        "(`deploy/nginx.conf`), Redis cache, PostgreSQL on the same host.",
        f"- wrk runs of {settings['seconds']} s, `Accept-Encoding: gzip`. One client goes through "
        "nginx, as a visitor reaches the site (wrk aimed straight at a sync gunicorn worker "
        "reconnects after every response and then sees stalls of 120–200 ms in 1–10% of "
        "requests, which a plain sequential client does not see). Twenty clients go straight to "
        "one gunicorn instance: each page and the same instance's whitenoise static file "
        f"(`site.css`) take turns, {settings['rounds']} runs of "
        f"{max(1, settings['seconds'] * 2 // settings['rounds'])} s each, so a change in the machine's "
        "load weighs on both alike. *Cached*: the anonymous page as most visitors get it (the "
        "page cache). "
        "*Built*: the same request with a session cookie, which skips the page cache, so the page "
        "is built every time (after each worker built it a few times: a fresh worker's first "
        f"build compiles its templates). In process: `manage.py benchmark`, {settings['repeat']} requests "
        "per page through the whole middleware stack with the page cache off.",
        "",
        "## Pages",
        "",
        "| page | status | queries | built in process p50 / p95 ms | 1 client over HTTP p50 / "
        "p95 ms | built, 1 client over HTTP p50 / p95 ms | 20 clients req/s | ratio to static | "
        "built, 20 clients req/s | ratio | bytes (HTML+CSS, gzip) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        static_rps = row["static"]["rps"]
        lines.append(
            f"| `{row['url']}` | {row['status']} | {row['queries']} | "
            f"{_ms(row['median_ms'])} / {_ms(row['p95_ms'])} | "
            f"{_ms(row['one']['p50_ms'])} / {_ms(row['one']['p95_ms'])} | "
            f"{_ms(row['one_built']['p50_ms'])} / {_ms(row['one_built']['p95_ms'])} | "
            f"{row['many']['rps']:.0f} | {row['many']['rps'] / static_rps:.2f} | "
            f"{row['bypass']['rps']:.1f} | {row['bypass']['rps'] / static_rps:.3f} | "
            f"{row['bytes']:,} |"
        )
    statics = [row["static"]["rps"] for row in rows]
    lines += [
        "",
        f"The static file (`{static}`) ran at {min(statics):.0f}–{max(statics):.0f} req/s "
        "over the run (20 clients).",
        "",
        "## Soak",
        "",
        f"50 clients for {settings['soak']} s through nginx and both instances, cycling over "
        f"{soaked['paths']} different route, search, zone and fiche pages: "
        f"{soaked['requests']:,} requests ({soaked['requests'] / soaked['seconds']:.0f} req/s), "
        f"p50 {_ms(soaked['p50_ms'])} ms, p95 {_ms(soaked['p95_ms'])} ms, p99 "
        f"{_ms(soaked['p99_ms'])} ms; errors: {soaked['errors']} (connect {soaked['connect']}, "
        f"read {soaked['read']}, write {soaked['write']}, timeout {soaked['timeout']}, "
        f"HTTP status {soaked['status']}).",
        "",
        "## Goals (issue 11)",
        "",
        "| goal | met? | worst page |",
        "|---|---|---|",
    ]
    lines += _goal_rows(rows, soaked, goals)
    return "\n".join(lines) + "\n"


def _goal_rows(rows, soaked, goals) -> list[str]:
    def worst(key, reverse=False):
        row = sorted(rows, key=key, reverse=reverse)[0]
        return row, key(row)

    ok = [row for row in rows if row["status"] == 200]
    slow, built_p95 = worst(lambda r: r["p95_ms"], reverse=True)
    http_slow, http_p95 = worst(lambda r: r["one"]["p95_ms"], reverse=True)
    built_slow, built_http_p95 = worst(lambda r: r["one_built"]["p95_ms"], reverse=True)
    low, ratio = worst(lambda r: r["many"]["rps"] / r["static"]["rps"])
    cached = [r for r in ok if r["cached"]] or ok
    low_cached = sorted(cached, key=lambda r: r["many"]["rps"] / r["static"]["rps"])[0]
    cached_ratio = low_cached["many"]["rps"] / low_cached["static"]["rps"]
    built_low, built_ratio = worst(lambda r: r["bypass"]["rps"] / r["static"]["rps"])
    busy, queries = worst(lambda r: r["queries"], reverse=True)
    # The sitemap is for search engines, not a page a person loads.
    big, size = worst(lambda r: 0 if r["url"].startswith("/sitemap") else r["bytes"], True)
    return [
        f"| p95 ≤ {goals['p95_ms']} ms for one client, built in process | "
        f"{_mark(built_p95 <= goals['p95_ms'])} | `{slow['url']}` {_ms(built_p95)} ms |",
        f"| p95 ≤ {goals['p95_ms']} ms for one client over HTTP | "
        f"{_mark(http_p95 <= goals['p95_ms'])} | `{http_slow['url']}` {_ms(http_p95)} ms |",
        f"| (stricter reading) p95 ≤ {goals['p95_ms']} ms for one client over HTTP, page cache "
        f"bypassed | {_mark(built_http_p95 <= goals['p95_ms'])} | `{built_slow['url']}` "
        f"{_ms(built_http_p95)} ms |",
        f"| 20 clients: every page ≥ {goals['ratio']}× the static file | "
        f"{_mark(ratio >= goals['ratio'])} | `{low['url']}` {ratio:.2f}× |",
        f"| (stricter reading) 20 clients, page cache bypassed: every page ≥ {goals['ratio']}× | "
        f"{_mark(built_ratio >= goals['ratio'])} | `{built_low['url']}` {built_ratio:.3f}× |",
        f"| 20 clients: cacheable anonymous pages ≥ {goals['cached_ratio']}× | "
        f"{_mark(cached_ratio >= goals['cached_ratio'])} | `{low_cached['url']}` "
        f"{cached_ratio:.2f}× |",
        f"| ≤ {goals['queries']} queries per page | {_mark(queries <= goals['queries'])} | "
        f"`{busy['url']}` {queries} |",
        f"| ≤ {goals['bytes'] // 1024} KB HTML+CSS transferred (pages for people) | "
        f"{_mark(size <= goals['bytes'])} | `{big['url']}` {size:,} bytes |",
        f"| soak: 0 errors | {_mark(soaked['errors'] == 0)} | {soaked['errors']} errors |",
    ]
