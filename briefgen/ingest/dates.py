"""An article's date from the ways people and sites write one, as ISO 8601.

`published:` (or `date:`, as Hugo, Jekyll and Pelican name it) may be a YAML date, ISO 8601 with or
without a time and zone, `20250821`, `21/08/2025 14:00`, `21.08.2025`, `20 August 2025`, `Aug. 20, 2025`,
`Thursday, Nov. 12, 2015 6:23 PM EDT` or an e-mail style date. The result is written `YYYY-MM-DD`, or
`YYYY-MM-DDTHH:MM:SS[+HH:MM]` when a time is given, so that the facts file compares and sorts dates
as dates (ISO text sorts in time order). A slash date is read day first when its first number is over
12, month first otherwise (the US order: write ISO to be sure).
"""
from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Optional

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
          "oct": 10, "nov": 11, "dec": 12}
# Zone names news sites print after a time.
ZONES = {"utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8,
         "pdt": -7, "bst": 1, "cet": 1, "cest": 2}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", re.IGNORECASE)
NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b(?P<rest>.*)$")
WORDS_MDY = re.compile(r"^(?:[a-z]+day,?\s+)?(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b(?P<rest>.*)$",
                       re.IGNORECASE)
WORDS_DMY = re.compile(r"^(?:[a-z]+day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[a-z]{3,9})\.?,?\s+(?P<year>\d{4})\b(?P<rest>.*)$",
                       re.IGNORECASE)
TIME = re.compile(r"^[\s,T@]*(?:at\s+)?(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
                  r"\s*(?P<zone>[a-z]{1,4}|[+-]\d{2}:?\d{2})?\s*$", re.IGNORECASE)


def iso(value: date | datetime) -> str:
    """ISO 8601: a date as YYYY-MM-DD, a datetime as YYYY-MM-DDTHH:MM:SS with its zone when it has one."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def parse_date(value: Any) -> Optional[str]:
    """The ISO 8601 text of a date in any common format, or None when it is not a real date."""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return iso(value)
    if value is None or isinstance(value, bool):
        return None
    text = " ".join(str(value).split()).strip()
    if not text:
        return None
    if ISO.match(text):
        try:
            return iso(datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "zZ" else text)) \
                if len(text) > 10 else iso(date.fromisoformat(text))
        except ValueError:
            return None
    if text.isdigit() and len(text) == 8:
        return _day(int(text[:4]), int(text[4:6]), int(text[6:]))
    match = NUMERIC.match(text)
    if match:
        a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
        year += 2000 if year < 100 else 0
        day, month = (a, b) if (a > 12 or match["sep"] == ".") else (b, a)
        return _with_time(_day(year, month, day), match["rest"])
    for pattern in (WORDS_MDY, WORDS_DMY):
        match = pattern.match(text)
        if match:
            word = match["month"].lower()
            if not _month_word(word):
                continue
            month = MONTHS[word[:3]]
            return _with_time(_day(int(match["year"]), month, int(match["day"])), match["rest"])
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return iso(when) if when else None


def _month_word(word: str) -> bool:
    """'Aug', 'August', 'Sept.': a month's name or its start, not any word beginning with its letters."""
    names = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
    word = word.lower().rstrip(".")
    return any(name.startswith(word) for name in names) and len(word) >= 3


def _day(year: int, month: int, day: int) -> Optional[str]:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _with_time(day: Optional[str], rest: str) -> Optional[str]:
    """The day, with the time that follows it when there is one; None when the rest is not a time."""
    if day is None:
        return None
    rest = (rest or "").strip()
    if not rest:
        return day
    match = TIME.match(rest)
    if not match:
        return None
    hour, minute, second = int(match["h"]), int(match["m"] or 0), int(match["s"] or 0)
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif match["m"] is None:
        return None  # a lone number after a date is not a time
    try:
        clock = time(hour, minute, second)
    except ValueError:
        return None
    zone = match["zone"]
    tz = None
    if zone:
        if zone[0] in "+-":
            digits = zone[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            tz = timezone(-offset if zone[0] == "-" else offset)
        elif zone.lower() in ZONES:
            tz = timezone(timedelta(hours=ZONES[zone.lower()]))
        else:
            return None
    return iso(datetime.combine(date.fromisoformat(day), clock, tzinfo=tz))
