"""Numbers as news writes them: digits, words, and vague quantities ("dozens", "a dozen").

Casualty figures come as "1,200", "four", "a million", "1.2 million", "twenty-five", "half a dozen"
or "hundreds"; this module turns such a run of tokens into an integer and says whether the word was
vague (a lower bound, as in "dozens of people").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from spacy.tokens import Token

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
DOZEN = {"dozen": 12}
# Plural scale words with no number before them are lower bounds: "dozens" is at least two dozen.
VAGUE = {"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2_000_000, "scores": 40}
FILLERS = {"a", "an", "and", "-", "half"}
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")

NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | set(DOZEN) | set(VAGUE)


def is_number_word(text: str) -> bool:
    """True for a token that can be (part of) a count: digits or a number word."""
    low = text.lower()
    if DIGITS.match(low):
        return True
    if low in NUMBER_WORDS:
        return True
    parts = low.split("-")
    return len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS


def is_number_token(tok: Token) -> bool:
    return is_number_word(tok.text)


def _word_value(low: str) -> Optional[float]:
    if DIGITS.match(low):
        return float(low.replace(",", ""))
    if low in UNITS:
        return float(UNITS[low])
    if low in TENS:
        return float(TENS[low])
    parts = low.split("-")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
        return float(TENS[parts[0]] + UNITS[parts[1]])
    return None


def parse_words(words: Sequence[str]) -> tuple[Optional[int], bool]:
    """The value of a run of number words, and whether it is vague ("dozens", "hundreds").

    "a million" → 1000000; "1.2 million" → 1200000; "two hundred and five" → 205; "half a dozen" → 6;
    "tens of thousands" is handled by the caller as "thousands" (vague).
    """
    words = [w.lower() for w in words if w.strip()]
    if not words:
        return None, False
    if len(words) == 1 and words[0] in VAGUE:
        return VAGUE[words[0]], True
    total, current, seen, half = 0.0, 0.0, False, False
    last = ""  # "unit" after a unit or a digit string ("1 three") is two numbers, not one
    for w in words:
        if w in ("a", "an"):
            current = current or 1.0
            continue
        if w == "half":
            half = True
            continue
        if w in ("and", "-"):
            continue
        value = _word_value(w)
        if value is not None:
            kind = "digits" if DIGITS.match(w) else ("tens" if w in TENS else "unit")
            if last in ("digits", "unit") or (last == "tens" and kind != "unit"):
                return None, False
            current += value
            seen, last = True, kind
            continue
        last = "scale"
        if w in DOZEN:
            current = (current or 1.0) * 12
            seen = True
        elif w in SCALES:
            current = (current or 1.0) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif w in VAGUE:
            return int((current or 1.0) * VAGUE[w]), True
        else:
            return None, False
    if not seen:
        return None, False
    value = total + current
    if half:
        value /= 2
    return int(round(value)), False
