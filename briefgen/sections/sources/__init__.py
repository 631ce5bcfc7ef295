"""Sources: every article read, with the sentences the briefing cites; rendered from the facts file."""
from briefgen.sections.base import Section

SECTION = Section(
    name="sources", title="Sources", empty="No articles were read.",
    description="every article read, the cited sentences under it, and the files that could not be used",
)
