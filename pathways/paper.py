"""What a route carries on paper to lead back to it online: a QR code and a short address.

The QR code is SVG made on the server (segno), inline and without style attributes, so the
Content-Security-Policy (no inline styles) holds and the page needs no extra request.
"""

import segno
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def qr_svg(url: str, *, title: str) -> SafeString:
    """The QR code of `url` as inline SVG markup, its accessible name `title`."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(
        scale=1,
        border=4,
        omitsize=True,
        svgclass="qr-code",
        lineclass=None,
        dark="#000",
        light="#fff",
        title=title,  # segno escapes it
    )
    # segno's markup holds only the code's modules and the title, which it escaped.
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))


def readable(url: str) -> SafeString:
    """An address as a person types it: without "https://", and on paper allowed to break
    only after a slash, so no part of it is cut in two."""
    return mark_safe(escape(url.split("://", 1)[-1]).replace("/", "/<wbr>"))
