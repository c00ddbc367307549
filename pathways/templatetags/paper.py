"""`{% qr_code url %}`: the QR code of an address as inline SVG (see pathways/paper.py)."""

from django import template
from django.utils.translation import gettext as _

from pathways import paper

register = template.Library()


@register.simple_tag
def qr_code(url: str):
    return paper.qr_svg(url, title=_("QR-code: scan hem om deze route online te openen"))


register.filter("readable_url", paper.readable)
