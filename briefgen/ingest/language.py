"""Which language an article is written in, by py3langid (a model it ships: no download, deterministic).

The pipeline's spaCy model is English, so an article in another language would be parsed into
nonsense; ingest skips it with a warning naming the language. Only texts of `MIN_LANGUAGE_CHARS` or
more are judged, and only a verdict of `MIN_LANGUAGE_CONFIDENCE` or more counts. A text whose words are
`MIN_ENGLISH_SHARE` English function words is English without loading the model (about 130 MB).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from briefgen.ingest import lexicon as lx

SAMPLE_CHARS = 5_000  # the identifier reads this much of the text: enough, and fast


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_share(text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(map(lx.ENGLISH_WORDS.__contains__, words)) / len(words) if words else 0.0


def identify(text: str) -> Optional[tuple[str, float]]:
    """(ISO 639-1 code, confidence) of the text's language, or None for a text too short to judge. Plain
    English (many English function words) is known without loading the identifier's model."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < lx.MIN_LANGUAGE_CHARS:  # letters in the sample
        return None
    if english_share(sample) >= lx.MIN_ENGLISH_SHARE:
        return "en", 1.0
    code, confidence = _identifier().classify(sample)
    return code, float(confidence)


def name(code: str) -> str:
    """The English name of a language code ("de" → "German"), or the code when it is not listed."""
    return lx.LANGUAGE_NAMES.get(code, code)


def foreign(text: str, expected: tuple[str, ...] = ("en",)) -> Optional[str]:
    """The name of the language the text is written in when it is surely not one of `expected`, else None."""
    found = identify(text)
    if found is None:
        return None
    code, confidence = found
    if code in expected or confidence < lx.MIN_LANGUAGE_CONFIDENCE:
        return None
    return f"{name(code)} ({code})"
