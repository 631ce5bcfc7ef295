"""Open questions: what the articles leave unresolved, and the figures on which they disagree."""
from briefgen.sections.base import Section
from briefgen.sections.open_questions import extract, merge
from briefgen.sections.open_questions.model import OpenQuestion

SECTION = Section(
    name="open_questions", title="Open questions", model=OpenQuestion, prefix="opq",
    empty="No open questions were found in these articles.",
    description="points the articles call unresolved, and casualty figures they dispute, the latest article's first",
    extract=extract.extract, merge=merge.merge, needs=("casualties", "developments", "positions", "quotes"),
)
