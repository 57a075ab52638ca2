"""Who did the violence a text tells without its doer: the party that claims responsibility for it.

"Two car bombs exploded near the Ministry of Education, killing more than 100 people; al-Shabaab
claimed responsibility." "A suicide bomber killed 12 people at a market on Friday. The Islamic
State group claimed responsibility." The attack is coded with no source (as GDELT leaves an actor
blank); the claim (CAMEO 015) names who says they did it. Conflict datasets record the claimant as
the perpetrator (GTD's "claimed responsibility" field, ACLED's actor), so the attack takes the
claimant as its source, with the rule ``+claimed``: a user can filter these, since only the claimant
asserts it. Only the claim's own sentence and the one before it count, and only a claim ("claimed
responsibility", "claimed the attack"), not blame accepted or something else admitted ("would take
full responsibility for the mistake", "acknowledged that rebuilding trust would take time").
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.article import VIOLENCE_ROOTS
from ..records import Event

CLAIM = "015"  # acknowledge or claim responsibility
CLAIMING = ("claim",)  # "claimed responsibility", "claimed the attack"; not "took responsibility for the mistake"


def claimed_by(events: list[Event], sentence_starts: list[int]) -> list[Event]:
    """``events`` with unattributed violence given the doer a claim of responsibility names, in the
    claim's sentence or the sentence before it."""
    claims = [e for e in events if _claim(e)]
    if not claims:
        return events
    order = {start: n for n, start in enumerate(sorted(set(sentence_starts)))}
    out = []
    for e in events:
        if e.source is None and e.root in VIOLENCE_ROOTS and e.sentence_start in order:
            at = order[e.sentence_start]
            claimants = {c.source.code: c.source for c in claims
                         if c.sentence_start in order and 0 <= order[c.sentence_start] - at <= 1}
            if len(claimants) == 1:
                e = replace(e, source=next(iter(claimants.values())), rule=e.rule.replace("+unknown-source", "") + "+claimed")
        out.append(e)
    return out


def _claim(e: Event) -> bool:
    """A claim of responsibility by a party the tables code."""
    return e.code == CLAIM and e.source is not None and bool(e.source.code) \
        and any(w in e.trigger.lower() for w in CLAIMING)
