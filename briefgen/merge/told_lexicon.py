"""When a shown item of one section only says again what a shown item of another section says (merge/told.py)."""
from __future__ import annotations

# sections whose shown items may point to another section's item instead of saying its words again: a party's
# stance told word for word by a key development, a quotation a position already gives whole. Developments,
# open questions and casualty figures always show their own items.
POINTING = ("positions", "quotes")
# share of the item's own content words that the other item's text must hold (the same sentence, its words)
TOLD_COVER = 0.8
