"""Loading the spaCy pipeline, once per process, and what briefgen adds to it.

The model name is configurable; it must be an installed package (nothing is downloaded at run time).
briefgen adds two components before the parser: a line break that ends a paragraph always ends a
sentence, so a title, a dateline or a byline never runs into the next sentence; and
`briefgen_sentences` (a factory; its word lists are data below and its default config) keeps a sentence
whole after a title or an abbreviation ("Spc.", "Gov.", "Aug.", "U.S.") and inside a quotation. The
tokenizer learns the abbreviations as single tokens, and splits a full stop glued between two
sentences ("the depth.A boy", "in 2015.The") so that a sentence ends there.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex

from briefgen.config import DEFAULT_MODEL
from briefgen.errors import ConfigError

# A full stop glued to the next sentence after a number, a closing quote or bracket ("2015.The", "us.”He").
GLUED_STOP = r"(?<=[0-9)\]\"\u201d\u2019])\.(?=[A-Z][a-z])"
# An opening quotation mark glued to the end of the sentence before it ('investigators."The gun').
GLUED_QUOTE = r"(?<=[.!?])[\"\u201c](?=[A-Z])"
OPENING_QUOTES = ('"', "\u201c")
CLOSING_QUOTES = ('"', "\u201d")  # a text may open with one kind and close with the other

# fmt: off
# The word lists of `briefgen_sentences` (its default config; a pipeline may pass its own). A full stop
# after a title is never a sentence end (a name follows); after another abbreviation it ends one only
# when the next word opens sentences (STARTERS: "He lives on Main St. The house..."), never before a
# number or a lower-case word.
TITLES = (
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Rev.", "Fr.", "Msgr.", "Hon.", "Pres.", "Gov.", "Lt.", "Gen.",
    "Sen.", "Rep.", "Reps.", "Sens.", "Del.", "Amb.", "Sec.", "Atty.", "Supt.", "Insp.", "Det.", "Sgt.", "Spc.",
    "Cpl.", "Pfc.", "Pvt.", "Capt.", "Cmdr.", "Cdr.", "Col.", "Lt.Col.", "Maj.", "Adm.", "Brig.", "Gens.", "Cmdt.",
    "Ofc.", "Dep.", "Tpr.", "Asst.", "Ald.", "Commr.", "Messrs.", "Mmes.", "Mme.", "Mlle.",
)
ABBREVIATIONS = (
    "No.", "Nos.", "St.", "Ste.", "Mt.", "Ft.", "Sr.", "Jr.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "U.S.A.", "a.m.", "p.m.", "Ave.", "Blvd.",
    "Rd.", "Hwy.", "Ln.", "Ct.", "Pl.", "Sq.", "Pkwy.", "Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "Dept.", "Univ.",
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
    "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.",
    "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.", "vs.", "v.", "approx.", "est.", "e.g.", "i.e.", "etc.",
)
# Words that open a sentence after an abbreviation that ends one ("...in the U.S. The president...").
STARTERS = (
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
    "His", "Her", "Their", "Its", "Our", "But", "And", "So", "Yet", "In", "On", "At", "After", "Before", "When",
    "While", "If", "As", "Police", "Officials", "Authorities", "Some", "Many", "No", "One", "Two", "Now", "Then",
)
# A quotation longer than this is left to the parser's own sentence breaks inside it.
MAX_QUOTE_CHARS = 500
# fmt: on


class ModelError(ConfigError):
    """The configured spaCy pipeline is not installed or cannot be loaded."""


@Language.component("briefgen_paragraphs")
def paragraph_breaks(doc):
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
    return doc


class SentenceRules:
    """No sentence break after a title or an abbreviation, nor inside a short quotation."""

    def __init__(self, titles, abbreviations, starters, max_quote_chars):
        self.titles = set(titles)
        self.abbreviations = set(abbreviations) | self.titles
        self.starters = set(starters)
        self.max_quote_chars = max_quote_chars

    def __call__(self, doc):
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.text not in self.abbreviations or nxt.is_space or "\n" in tok.whitespace_:
                continue
            if tok.text in self.titles or nxt.text not in self.starters or nxt.is_digit or nxt.is_lower:
                nxt.is_sent_start = False
        self._quotations(doc)
        return doc

    def _quotations(self, doc):
        opened = None  # the index of the opening mark of the quotation we are in
        for tok in doc:
            if "\n" in tok.text or (tok.i and "\n" in doc[tok.i - 1].whitespace_):
                opened = None  # a quotation is kept whole only within its paragraph
            text = tok.text
            if opened is not None and text in CLOSING_QUOTES:
                start = opened
                if doc[tok.i - 1].idx + len(doc[tok.i - 1]) - doc[start].idx <= self.max_quote_chars:
                    for inner in doc[start + 2: tok.i + 1]:
                        if "\n" not in doc[inner.i - 1].whitespace_:
                            inner.is_sent_start = False
                    if tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower:
                        doc[tok.i + 1].is_sent_start = False  # '...," he said.'
                opened = None
            elif opened is None and text in OPENING_QUOTES:
                opened = tok.i


@Language.factory("briefgen_sentences", default_config={"titles": list(TITLES),
                                                        "abbreviations": list(ABBREVIATIONS),
                                                        "starters": list(STARTERS),
                                                        "max_quote_chars": MAX_QUOTE_CHARS})
def sentence_rules(nlp, name, titles, abbreviations, starters, max_quote_chars):
    for word in (*titles, *abbreviations):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    infixes = list(nlp.Defaults.infixes) + [GLUED_STOP, GLUED_QUOTE]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return SentenceRules(titles, abbreviations, starters, max_quote_chars)


@lru_cache(maxsize=8)
def model_language(model: str = DEFAULT_MODEL) -> str:
    """The language the pipeline is for (its meta.json `lang`), read without loading it: ingest skips
    articles in other languages. "xx" is spaCy's multi-language code; an unknown model is taken as English
    (loading it fails later with its own message)."""
    import json
    from pathlib import Path

    try:
        where = Path(model) if Path(model).is_dir() else Path(spacy.util.get_package_path(model))
        meta = json.loads((where / "meta.json").read_text(encoding="utf-8"))
        return str(meta.get("lang") or "en")
    except (OSError, ValueError, ImportError, AttributeError, TypeError):
        return "en"


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """The pipeline, with only the components extraction reads."""
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as err:
        raise ModelError(f"spaCy pipeline '{model}' is not installed ({str(err).splitlines()[0][:120]}); "
                         f"install it with pip, or set `model:` in the config") from None
    if "parser" in nlp.pipe_names and "briefgen_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("briefgen_paragraphs", before="parser")
    if "parser" in nlp.pipe_names and "briefgen_sentences" not in nlp.pipe_names:
        nlp.add_pipe("briefgen_sentences", before="briefgen_paragraphs")
    nlp.max_length = max(nlp.max_length, 60_000_000)
    return nlp
