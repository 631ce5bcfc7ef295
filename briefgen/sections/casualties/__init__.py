"""Casualty figures: killed, wounded, missing ... as each article gives them, never averaged."""
from briefgen.sections.base import Section
from briefgen.sections.casualties import extract, merge
from briefgen.sections.casualties.model import Casualty

SECTION = Section(
    name="casualties", title="Casualty figures", model=Casualty, prefix="cas",
    empty="No casualty figures were found in these articles.",
    description="figures per kind, most recent first; disagreeing figures side by side",
    extract=extract.extract, merge=merge.merge, finish=merge.finish,
)
