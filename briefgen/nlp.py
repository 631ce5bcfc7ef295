"""Loading the spaCy pipeline, once per process, and what briefgen adds to it.

The model name is configurable; it must be an installed package (nothing is downloaded at run time).
briefgen adds one component before the parser: a line break that ends a paragraph always ends a
sentence, so a title, a dateline or a byline never runs into the next sentence.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from briefgen.config import DEFAULT_MODEL
from briefgen.errors import ConfigError



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
    nlp.max_length = max(nlp.max_length, 60_000_000)
    return nlp
