"""The briefing's own words and dates, by `language:`: a gettext message catalogue per language
(`briefgen/locale/<lang>/LC_MESSAGES/briefgen.po`, read with Babel) and Babel's CLDR date formats.

English is the source language: it has no catalogue and every message is its own translation. A
language without a catalogue of its own still gets its dates from CLDR (`language: de` writes
"20. August 2025"), and English words (`has_catalogue` tells which).
"""
from __future__ import annotations

import gettext
import io
from datetime import date as _date, datetime as _datetime
from functools import lru_cache
from pathlib import Path
from typing import Optional

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import format_decimal
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "briefgen"
DATE_FORMATS = ("short", "medium", "long", "full")


def shipped_languages() -> list[str]:
    """Languages with a catalogue in briefgen/locale/, English first."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return ["en"] + [lang for lang in found if lang != "en"]


def check_language(value: str) -> str:
    """A CLDR locale name (`en`, `en_GB`, `fr`, `fr-CA`); ValueError otherwise."""
    try:
        Locale.parse(str(value).replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(f"'{value}' is not a language Babel knows: use a code such as en, en_GB, fr or de") from None
    return str(value)


def _locale(language: str) -> Locale:
    return Locale.parse(language.replace("-", "_"))


@lru_cache(maxsize=16)
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue for `language` (then its base language: fr_CA → fr), or English (no translation)."""
    loc = _locale(language)
    for name in dict.fromkeys((str(loc), loc.language)):
        po = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po.is_file():
            with po.open("rb") as handle:
                catalog = read_po(handle, locale=name, domain=DOMAIN)
            buffer = io.BytesIO()
            write_mo(buffer, catalog)
            buffer.seek(0)
            return gettext.GNUTranslations(buffer)
    return gettext.NullTranslations()


def has_catalogue(language: str) -> bool:
    return _locale(language).language == "en" or type(translations(language)) is not gettext.NullTranslations


def _as_date(value: object) -> Optional[_date]:
    if isinstance(value, _datetime):
        return value.date()
    if isinstance(value, _date):
        return value
    text = str(value or "").strip()
    try:
        return _date.fromisoformat(text[:10])
    except ValueError:
        return None


def format_day(value: object, language: str = "en", style: str = "long") -> Optional[str]:
    """An ISO date (or the date part of an ISO time) as the language writes it; the text itself if it is none."""
    if value in (None, ""):
        return None
    day = _as_date(value)
    if day is None:
        return str(value)
    return format_date(day, style, locale=_locale(language))


def format_moment(value: object, language: str = "en", style: str = "long") -> Optional[str]:
    """A time of issue, `2026-03-01T14:05` → "1 March 2026, 14:05" (as the language joins a date and a time).
    No time zone is added or converted: the time is printed as written in the config."""
    if value in (None, ""):
        return None
    if isinstance(value, _datetime):
        moment = value
    else:
        text = str(value).strip()
        try:
            moment = _datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
        except ValueError:
            return text
        if len(text) <= 10:
            return format_date(moment.date(), style, locale=_locale(language))
    loc = _locale(language)
    day = format_date(moment.date(), style, locale=loc)
    clock = format_time(moment.time(), "short", locale=loc)
    zone = moment.strftime(" %Z") if moment.tzinfo is not None else ""
    pattern = str(loc.datetime_formats.get("medium", "{1} {0}"))
    return pattern.replace("{1}", day).replace("{0}", clock + zone)


def format_number(value: int, language: str = "en") -> str:
    """A count with the language's grouping: 1,000,000 (en), 1 000 000 (fr)."""
    return format_decimal(value, locale=_locale(language))


def code_messages() -> list[str]:
    """The built-in words that come from code, not templates: section titles and empty sentences, kinds
    of figure (heading and in-sentence word), the words of a figure."""
    from briefgen.sections import all_sections
    from briefgen.sections.casualties.lexicon import KIND_LABELS, QUALIFIER_WORDS

    out: list[str] = []
    for spec in all_sections():
        out += [spec.title] + ([spec.empty] if spec.empty else [])
    for label in KIND_LABELS.values():
        out += [label, label.lower()]
    out += [w.strip() for w in QUALIFIER_WORDS.values() if w.strip()] + ["people", "person", "and 1 more source",
                                                                           "and %(num)d more sources", ", including the attacker"]
    return list(dict.fromkeys(out))


def template_messages(folder: Optional[Path] = None) -> list[object]:
    """Every `_()`/`ngettext()` message in the templates of `folder` (default: the built-ins), as Babel
    extracts them (a string, or a (singular, plural) pair): what a catalogue must translate."""
    from babel.messages.extract import extract_from_dir

    from briefgen.render.paths import builtin_templates_dir

    options = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true",
               "newstyle_gettext": "true"}
    found = extract_from_dir(str(folder or builtin_templates_dir()), [("**.j2", "jinja2")],
                             options_map={"**.j2": options})
    return list(dict.fromkeys(message for _name, _line, message, _comments, _context in found))
