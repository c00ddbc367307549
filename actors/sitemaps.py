"""/sitemap.xml: only what an anonymous visitor may see.

/sitemap.xml is an index of sections (/sitemap-fiches.xml?p=2 …) of at most LIMIT addresses
each, as search engines ask, with the date of the newest change in each section.
"""

from xml.sax.saxutils import escape

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone

from actors.models import ActorType, Fiche, Zone

# Search engines accept 50,000 (and the issue asks at most 10,000); small sections are quick
# to build when the cache is cold (about 25 ms for 1,000) and stay small in the page cache.
LIMIT = 1_000


def _public_fiches():
    # The same rule as every page: what an anonymous visitor may see, nothing more.
    return Fiche.objects.visible_to(AnonymousUser())


class FicheSitemap(Sitemap):
    changefreq = "monthly"
    limit = LIMIT

    def items(self):
        # Plain rows, not model instances: ten thousand of them per section.
        return _public_fiches().order_by("pk").values_list("slug", "updated_at", named=True)

    def location(self, fiche):
        if not hasattr(self, "_path"):
            self._path = reverse("actors:fiche_detail", args=["x"]).rsplit("x", 1)
        return fiche.slug.join(self._path)

    def lastmod(self, fiche):
        return fiche.updated_at

    def get_latest_lastmod(self):
        # One aggregate, instead of Django's default that reads every fiche for the index.
        return _public_fiches().aggregate(latest=Max("updated_at"))["latest"]


class ZoneSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Zone.objects.only("slug").order_by("pk")


class ActorTypeSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return ActorType.objects.only("slug").order_by("pk")


class PageSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return ["home", "actors:zone_list", "actors:actortype_list"]

    def location(self, name):
        return reverse(name)


sitemaps = {
    "pages": PageSitemap,
    "zones": ZoneSitemap,
    "soorten": ActorTypeSitemap,
    "fiches": FicheSitemap,
}


def section(request: HttpRequest, section: str) -> HttpResponse:
    """One section of the sitemap (?p= for its pages), written out directly: Django's template
    takes over a second for 10,000 addresses, this a few tens of milliseconds."""
    if section not in sitemaps:
        raise Http404("Deze sitemap bestaat niet.")
    site = sitemaps[section]()
    # The page's rows straight away, without counting every fiche first as a paginator would.
    number = request.GET.get("p", "1")
    if not number.isdigit() or int(number) < 1:
        raise Http404("Deze pagina van de sitemap bestaat niet.")
    start = (int(number) - 1) * site.limit
    object_list = site.items()[start : start + site.limit]
    if start and not object_list:
        raise Http404("Deze pagina van de sitemap bestaat niet.")
    base = f"{request.scheme}://{request.get_host()}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for item in object_list:
        lastmod = ""
        if hasattr(site, "lastmod"):
            lastmod = f"<lastmod>{timezone.localdate(site.lastmod(item)).isoformat()}</lastmod>"
        lines.append(
            f"<url><loc>{escape(base + site.location(item))}</loc>{lastmod}"
            f"<changefreq>{site.changefreq}</changefreq></url>"
        )
    lines.append("</urlset>\n")
    return HttpResponse("\n".join(lines), content_type="application/xml; charset=utf-8")
