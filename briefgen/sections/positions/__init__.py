"""Positions: what each party wants, offers, rejects, demands or warns, by the actor who holds it."""
from briefgen.sections.base import Section
from briefgen.sections.positions import extract, merge
from briefgen.sections.positions.model import Position

SECTION = Section(
    name="positions", title="Positions", model=Position, prefix="pos",
    empty="No positions were found in these articles.",
    description="each party's stated stance, in turns across actors so that every side is shown",
    extract=extract.extract, merge=merge.merge, needs=("developments",),
)
