"""Template helpers for the directory pages (thin wrappers over plain functions)."""

import re

from django import template

register = template.Library()


def tel_href(phone: str) -> str:
    """A phone number as typed ("09 123 45 67") → the number a tel: link needs."""
    return re.sub(r"[^0-9+]", "", phone or "")


register.filter("tel_href", tel_href)
