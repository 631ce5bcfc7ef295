"""Quotes: direct quotations with their speaker."""
from briefgen.sections.base import Section
from briefgen.sections.quotes import extract, merge
from briefgen.sections.quotes.model import Quote

SECTION = Section(
    name="quotes", title="Quotes", model=Quote, prefix="quo",
    empty="No quotes were found in these articles.",
    description="direct quotations and who said them, the most salient first, speakers taking turns",
    extract=extract.extract_joined, merge=merge.merge, needs=("developments", "positions"),  # their off-story verdict
)
