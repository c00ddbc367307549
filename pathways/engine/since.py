"""Since when someone is off work: what the `sinds` answer may hold, and how long that is.

Plain Python, no Django. The answer lives only in the address, in one of three forms:
- a date, 2026-11-03 (what the question page makes of "3/11/2026" or "6 weken");
- a count back from today, 6-weken / 4-maanden / 10-dagen (also read, for links made by hand);
- a duration band without a date, nog-niet / minder-1-maand / 1-3-maanden / 3-12-maanden /
  meer-1-jaar: the answers of the former `duur` question, so saved addresses keep working, and
  the shortcuts on the question page for someone who does not know the date.
The routing reads the band (`band`); the timeline reads the date (`parse_since`).
"""

import calendar
import re
from datetime import date, timedelta

from pathways.engine.questions import (
    MEER_1_JAAR,
    MINDER_1_MAAND,
    NOG_NIET,
    TOT_1_JAAR,
    TOT_3_MAANDEN,
)

BANDS = (NOG_NIET, MINDER_1_MAAND, TOT_3_MAANDEN, TOT_1_JAAR, MEER_1_JAAR)
_UNITS = {"dagen": 1, "weken": 7}
MAX_MONTHS = 240  # an incapacity of 20 years is the most anyone can mean


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 = 28 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def parse_since(value: str | None, today: date) -> date | None:
    """The first day off work from the `sinds` answer, or None when it holds no date.

    A date in the future is not valid (the person is not off work yet); neither is one before
    today minus MAX_MONTHS. "6-weken" and "4-maanden" count back from today."""
    if not value:
        return None
    try:
        number, unit = value.split("-", 1)
        count = int(number)
    except ValueError:
        count, unit = -1, ""
    if count >= 0 and unit in _UNITS:
        start = today - timedelta(days=count * _UNITS[unit])
    elif count >= 0 and unit == "maanden":
        start = add_months(today, -count) if count <= MAX_MONTHS else None
    else:
        try:
            start = date.fromisoformat(value)
        except ValueError:
            return None
    if start is None or start > today or start < add_months(today, -MAX_MONTHS):
        return None
    return start


def band_of(start: date, today: date) -> str:
    """The duration band the routing uses: where the person is in the incapacity today."""
    if today < add_months(start, 1):
        return MINDER_1_MAAND
    if today < add_months(start, 3):
        return TOT_3_MAANDEN
    if today < add_months(start, 12):
        return TOT_1_JAAR
    return MEER_1_JAAR


def band(value: str | None, today: date) -> str | None:
    """The band of a `sinds` answer (a band itself, a date or a count back), or None."""
    if value in BANDS:
        return value
    start = parse_since(value, today)
    return band_of(start, today) if start else None


# ------------------------------------------------------------------ what people type
# "3/11/2026", "3-11-2026", "3.11.2026", "3 11 2026" (day first, as in Belgium), "2026-11-03".
_DATE = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$")
_COUNT = re.compile(r"^(\d{1,3}) ?(dag|dagen|week|weken|maand|maanden|jaar)$")
_COUNT_UNITS = {
    "dag": "dagen",
    "dagen": "dagen",
    "week": "weken",
    "weken": "weken",
    "maand": "maanden",
    "maanden": "maanden",
}
_WORDS = {"vandaag": 0, "gisteren": 1, "eergisteren": 2}


def _typed_date(text: str, today: date) -> date | None:
    if match := _DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        if year < 100:
            year += 2000
        try:
            return date(year, month, day)
        except ValueError:
            return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def read_since(text: str, today: date) -> str | None:
    """What someone typed, as the value the address keeps, or None when it cannot be read.

    Dates and counts ("6 weken", "4 maanden", "1 jaar", "gisteren") become the first day off
    work as a date, so a saved route stays right in the weeks after. The bands stay bands."""
    text = " ".join(text.lower().split())
    if text in BANDS:
        return text
    if text in ("nog niet", "nog-niet"):
        return NOG_NIET
    if text in _WORDS:
        return (today - timedelta(days=_WORDS[text])).isoformat()
    if match := _COUNT.match(text):
        count, unit = int(match.group(1)), match.group(2)
        value = f"{count * 12}-maanden" if unit == "jaar" else f"{count}-{_COUNT_UNITS[unit]}"
    else:
        start = _typed_date(text, today)
        value = start.isoformat() if start else text
    start = parse_since(value, today)
    return start.isoformat() if start else None
