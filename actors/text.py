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


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (insert, delete, replace, swap two neighbours), or
    limit + 1 as soon as it is clear the distance is over `limit`. "gnet" → "gent" is 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            cost = 0 if char == other else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)


def typo_limit(word: str) -> int:
    """How many typing mistakes a word of this length may hold and still be recognised: none
    under four letters (too many short words are one letter apart), more for long names."""
    if len(word) < 4:
        return 0
    if len(word) <= 5:
        return 1
    return 2 if len(word) <= 10 else 3


def closest(typed: str, words: dict[str, str]) -> str | None:
    """The word (by its folded key in `words`, key → shown word) nearest to the folded
    `typed`, within typo_limit(typed); None when `typed` is a known word already."""
    limit = typo_limit(typed)
    if not limit or typed in words:
        return None
    best, best_distance = None, limit + 1
    for key in sorted(words):
        distance = edit_distance(typed, key, limit)
        if distance < best_distance:
            best, best_distance = key, distance
    return words[best] if best is not None else None
