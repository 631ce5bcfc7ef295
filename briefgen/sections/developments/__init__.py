"""Key developments: the sentences that report what happened, most salient and corroborated first."""
from briefgen.sections.base import Section
from briefgen.sections.developments import extract, merge
from briefgen.sections.developments.model import Development

SECTION = Section(
    name="developments", title="Key developments", model=Development, prefix="dev",
    empty="No key developments were found in these articles.",
    description="what happened, in the articles' own words, most salient and best corroborated first",
    extract=extract.extract, merge=merge.merge,
)
