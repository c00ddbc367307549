"""Read a QR code back, as a phone would: the inline SVG the page carries is drawn as a PNG and
decoded by Debian's zbarimg (zbar-tools; `make browser-deps` installs it)."""

import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest

ZBARIMG = shutil.which("zbarimg")
needs_zbarimg = pytest.mark.skipif(
    ZBARIMG is None, reason="zbarimg (Debian zbar-tools) is not installed: make browser-deps"
)


def svg_from(html: str) -> str:
    match = re.search(r'<svg[^>]*class="qr-code".*?</svg>', html, re.S)
    assert match, "no QR code on the page"
    return match.group(0)


def modules(svg: str) -> tuple[int, set[tuple[int, int]]]:
    """(size, dark modules) from segno's SVG: one path of horizontal strokes, "M4 4.5h7m1 0h1"."""
    size = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
    path = re.search(r'<path[^>]*stroke="#000"[^>]*d="([^"]+)"', svg).group(1)
    dark, x, y = set(), 0.0, 0.0
    for command, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", path):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            dark |= {(int(x) + i, int(y)) for i in range(int(float(a)))}
            x += float(a)
    return size, dark


def png(size: int, dark: set[tuple[int, int]], scale: int = 8) -> bytes:
    rows = b""
    for y in range(size * scale):
        line = bytes(0 if (x // scale, y // scale) in dark else 255 for x in range(size * scale))
        rows += b"\0" + line

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size * scale, size * scale, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def decode_image(path: Path) -> list[str]:
    """Every QR code zbarimg finds in an image file."""
    result = subprocess.run(
        [ZBARIMG, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return [line for line in result.stdout.splitlines() if line]


def decode_svg(svg: str) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "qr.png"
        path.write_bytes(png(*modules(svg)))
        return decode_image(path)
