"""Plain text helpers shared by place lookup and search (no Django imports)."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation and hyphens as single spaces.

    "Sint-Niklaas" → "sint niklaas", "Zoersel " → "zoersel", "Liège" → "liege".
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", ascii_only.lower()).strip()


def person(user) -> str:
    """How a staff member is named in the history and in mails: full name, else username."""
    return user.get_full_name() or user.get_username()
