"""The one crawler of the test suite: fetch every page reachable from some entry points by
following links, as a given client. The privacy test and the page guards both use it."""

import re
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.test import Client

REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class Visit:
    url: str
    response: object
    linked_from: set[str] = field(default_factory=set)

    @property
    def is_html(self) -> bool:
        return "text/html" in self.response.get("Content-Type", "")

    @property
    def text(self) -> str:
        return self.response.content.decode(self.response.charset or "utf-8", errors="replace")


def internal(href: str, base: str, skip: tuple[str, ...]) -> str | None:
    """The path?query of an internal link, or None for other sites and skipped prefixes."""
    parts = urlsplit(urljoin(base, href.replace("&amp;", "&")))
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
        return None
    if not parts.path.startswith("/") or parts.path.startswith(skip):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links_in(visit: Visit) -> list[str]:
    """Hrefs of an HTML page, <loc>s of an XML sitemap, the target of a redirect."""
    if visit.response.status_code in REDIRECTS:
        return [visit.response["Location"]]
    content_type = visit.response.get("Content-Type", "")
    if "xml" in content_type:
        return re.findall(r"<loc>([^<]+)</loc>", visit.text)
    if "html" in content_type:
        return re.findall(r'\bhref="([^"#]+)', visit.text)
    return []


def crawl(client: Client, start: list[str], *, skip: tuple[str, ...], limit: int) -> dict:
    """Breadth-first over internal GET links, each URL fetched once; {url: Visit}.
    Fails when the bound is reached, so a growing site never goes half-checked."""
    visits: dict[str, Visit] = {}
    linked_from: dict[str, set[str]] = {url: set() for url in start}
    queue = deque(start)
    while queue:
        url = queue.popleft()
        if url in visits:
            continue
        assert len(visits) < limit, f"crawl did not finish in {limit} pages; raise the limit"
        visit = visits[url] = Visit(url, client.get(url), linked_from[url])
        for href in links_in(visit):
            target = internal(href, url, skip)
            if target is None:
                continue
            linked_from.setdefault(target, set()).add(url)
            if target not in visits:
                queue.append(target)
    return visits
