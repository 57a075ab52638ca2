"""What coding one article remembers from sentence to sentence (``ArticleContext``): the actors
named so far, the parties of the acts told (what a later "the attack", "the move" names), the sides
of the fight, the speaker of a quote, the sentence's own shared heads."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..records import Actor, EventDate
from ..events.lexicon import act_kind
from .context import BODY_WORDS, STATE_ORGANS, is_state, names_an_envoy

VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
MUTUAL_FAMILIES = frozenset({"03", "04", "05", "06"})  # "the talks", "the agreement": both parties
# Acts said rather than done: a statement, an appeal, a demand or a criticism. What a reaction
# reacts to ("condemned the move") is a deed.
SAYING_FAMILIES = frozenset({"01", "02", "10", "11"})
# People an act of force is done to who are no side of the fight ("killed three people").
NONCOMBATANT_ROLES = frozenset({"CVL", "REF", "MED", "JRN", "EDU", "HLH", "LAB", "AGR", "REL", "BUS"})


# A protest turned violent (CAMEO 145, riot) is an attack on what it storms ("condemned the attack on
# the embassy" after protesters stormed it)
VIOLENT_PROTEST = "145"


def act_family(root: str, code: str = "") -> str:
    """Event roots that one noun may name alike: all violence is one family ("the attack"); a signed
    agreement is its own ("the deal": not the praise of its root, lexicon.act_kind)."""
    if root in VIOLENCE_ROOTS or code.startswith(VIOLENT_PROTEST):
        return "violence"
    return act_kind(code) if code else root


REFERRED_KINDS = ("event", "thing", "court")  # targets found as the doer of an act or issuer of a thing named again


def refers_back(actor: Actor) -> bool:
    """An act or a thing named again by whose it is ("welcomed the talks", "the declaration", "the
    ruling"): the party found through it (rule ``+event-``, ``+thing-`` or ``+court-antecedent``)."""
    return any(f"{kind}-antecedent" in actor.rule for kind in REFERRED_KINDS)


@dataclass(slots=True)
class ArticleContext:
    """What coding one article remembers from sentence to sentence."""

    when: dt.date | None
    memory: object
    recent: list[Actor] = field(default_factory=list)  # actors in order of mention
    speaker: Actor | None = None  # speaker of the quotation being coded
    anchor: EventDate | None = None  # the first day-precise date the body gives (the story's main date)
    plural: list[Actor] = field(default_factory=list)  # the last plural subject ("Egypt and Saudi Arabia")
    plural_age: int = 0  # sentences since it was named: a plural subject is "they" for three sentences
    groups: list[list[Actor]] = field(default_factory=list)  # every plural subject so far, in order
    shared: dict[int, list[Actor]] = field(default_factory=dict)  # this sentence: one head, several actors
    offset: int = 0  # article offset of the paragraph being coded
    opposed: tuple[Actor, ...] = ()  # the last two parties of a conflictual event (quad class 3 or 4)
    they: Actor | None = None  # the sentence before's plural noun subject ("the two men"): this sentence's "them"
    they_next: Actor | None = None  # this sentence's, handed on to the next
    it: Actor | None = None  # the last organisation or state subject, what "It accused ..." refers to
    it_age: int = 0  # sentences since then: only the next sentence's "it" refers back to it
    acts: dict[str, tuple[int, tuple[Actor, ...], int]] = field(default_factory=dict)  # family or root -> (order, parties, at)
    acts_told: int = 0  # acts noted so far: the order of the next one
    sentence_acts_from: int = 0  # the order of this sentence's first act
    first_deed: tuple[Actor, ...] = ()  # the doers of the story's first act that is done, not said
    first_deed_at: int = -1  # its trigger
    sentence_no: int = 0  # sentences begun so far
    violence_at: int = -9  # the sentence of the last violent event coded: what a later casualty count reports
    things: dict[str, tuple[Actor, int]] = field(default_factory=dict)  # thing issued -> (its issuer, sentence)
    named: set[str] = field(default_factory=set)  # the countries named so far: whom "the North" may be (compass.py)
    envoys: list[Actor] = field(default_factory=list)  # the envoys named with their state (context.names_an_envoy)
    bodies: dict[str, Actor] = field(default_factory=dict)  # body word -> the last organisation named by it ("the court")
    court: Actor | None = None  # the last court (or judge) named with its state, however far back: whose "the verdict" is
    mentions: dict[str, set[int]] = field(default_factory=dict)  # country -> where actors of its state were named
    lead_pair: tuple[Actor, ...] = ()  # the parties of the story's first event between two states
    latest: dict[str, Actor] = field(default_factory=dict)  # country -> the last actor of its state named
    last_igo: Actor | None = None  # the last organisation of states named, however far back: whom "the bloc" names

    def next_sentence(self) -> None:
        """A new sentence begins: what was of the last one only is forgotten, what ages, ages."""
        self.sentence_no += 1
        self.memory.next_sentence()  # (the subject a he/she continues ages with the sentences)
        self.sentence_acts_from = self.acts_told
        self.shared = {}
        self.plural_age += 1
        if self.plural_age > 3:
            self.plural = []

    def note_act(self, code: str, source: Actor | None, target: Actor | None, rule: str, trigger_at: int = -1,
                 earlier: bool = False, verb: str = "") -> None:
        """Remember who did the last act of each kind, for a later "the attack", "the talks"
        (``SentenceActors.event_antecedent``); only parties named in their own slots, with a code.
        Events of one trigger ("Germany and France criticised the arrest") are one act of them all.
        An act the sentence tells as ``earlier`` than its own ("... two days after Iran struck targets
        in Pakistan") does not replace the sentence's own act of that kind as the last one. The act is
        also remembered by its ``verb`` (``verb:sign``), for a later noun of that verb ("the signing")."""
        if source is None or not source.code or "event-antecedent" in rule:
            return
        root = code[:2]
        family = act_family(root, code)
        # not a place found near the cue, nor the issuer of a thing reacted to ("welcomed the ruling": no mutual act
        # with the court)
        named = target is not None and target.code and "near-target" not in rule \
            and not refers_back(target)
        parties = (source, target) if named and family in MUTUAL_FAMILIES else (source,)
        if root not in SAYING_FAMILIES and (not self.first_deed or self.first_deed_at == trigger_at >= 0):
            self.first_deed_at = trigger_at
            if all(source.key != q.key for q in self.first_deed):  # "the move" is its doer's, whoever it was aimed at
                self.first_deed += (source,)
        for key in dict.fromkeys((family, root, *((f"verb:{verb}",) if verb else ()))):
            # "the attack" names any violence, "the shooting" shooting, "the signing" what was signed
            prior = self.acts.get(key)
            if earlier and prior is not None and prior[0] >= self.sentence_acts_from:
                continue  # the sentence's news stays the last act of its kind
            if prior is not None and prior[2] == trigger_at and trigger_at >= 0:
                self.acts[key] = (prior[0], prior[1] + tuple(p for p in parties if all(p.key != q.key for q in prior[1])),
                                  trigger_at)
            else:
                self.acts[key] = (self.acts_told, parties, trigger_at)
        self.acts_told += 1

    def note_event(self, source: Actor | None, target: Actor | None, quad_class: int | None, rule: str) -> None:
        """Remember the parties of a conflictual event, each named in its own slot (not a place
        found near the cue): what a later "both sides" refers to. An organisation of states is a
        forum, not a side: a complaint to it ("Lebanon complained to the Security Council") leaves
        the sides of the fight as they were."""
        if not self.lead_pair and is_state(source) and is_state(target) and source.country != target.country \
                and "near-target" not in rule and not refers_back(target):
            self.lead_pair = (source, target)  # what "the two countries" names, however far on
        if quad_class in (3, 4) and source is not None and target is not None and source.code and target.code \
                and source.key != target.key and "near-target" not in rule \
                and not any(a.code.startswith("IGO") or "event-antecedent" in a.rule for a in (source, target)) \
                and target.first_role not in NONCOMBATANT_ROLES:
            # nor is whoever condemns an act ("condemned the arrests") a side, nor are those it killed
            self.opposed = (source, target)

    def note(self, actor: Actor) -> None:
        if actor.kind in ("person", "country", "organisation", "group", "role"):
            self.recent.append(actor)
            del self.recent[:-12]
            if actor.country and actor.role and names_an_envoy(actor):
                self.envoys.append(actor)  # "the US ambassador": whose a later "the envoy" is, however far on
        if actor.code.startswith("IGO") and actor.kind == "organisation":
            self.last_igo = actor
        if actor.country:
            self.named.add(actor.country)
            if is_state(actor):
                self.mentions.setdefault(actor.country, set()).add(actor.start)  # (a shared head is noted twice)
                self.latest[actor.country] = actor
            if actor.first_role == "JUD":
                self.court = actor
        if actor.kind == "organisation" and actor.code.startswith(("IGO", "NGO")):
            for word in re.findall(r"[a-z]+", actor.text.lower()):
                if word in BODY_WORDS:
                    self.bodies[word] = actor

    def principal_pair(self, role: str | None = None, since: int = -1, before: int = -1) -> list[Actor]:
        """The story's two states, each by its last actor (its government where ``role`` asks for one):
        whom "the two countries" or "both governments" names when no plural subject came just before.
        They are two states the sentence itself named before (from ``since`` to ``before``: "resettle
        them in Egypt and Jordan was rejected by both countries"), else the parties of the story's
        first event between two states, else the two states the article has named most (none where a
        third is named as often as the second)."""
        here: list[Actor] = []
        for a in reversed(self.recent):
            if since <= a.start < before and is_state(a) and all(a.country != h.country for h in here):
                here.insert(0, a)
        if len(here) >= 2:
            named = here[-2:]
        elif self.lead_pair:
            named = [self.latest.get(a.country, a) for a in self.lead_pair]  # (a party derived, never noted, as itself)
        else:
            ranked = sorted(((c, len(at)) for c, at in self.mentions.items()), key=lambda kv: -kv[1])
            if len(ranked) < 2 or ranked[1][1] < 2 or len(ranked) > 2 and ranked[2][1] == ranked[1][1]:
                return []
            named = [self.latest[c] for c, _ in ranked[:2]]
        out = []
        for last in named:
            country = last.country
            if role is not None and last.role != role:  # "both governments"
                last = replace(last, code=country + role, role=role, name=None, kind="country")
            elif role is None and last.first_role not in (None, *STATE_ORGANS):  # the states, not "refugees in Egypt"
                last = replace(last, code=country, role=None, name=None, kind="country")
            out.append(replace(last, rule=last.rule + "+principal"))
        return out

    def pair(self, before: int | None = None, role: str | None = None) -> list[Actor]:
        """The last two distinct named actors mentioned before an offset (persons first; of a
        role where the group noun names one, "the two ministers"): what 'they' / 'both leaders'
        refer to when no plural subject came before."""
        pool = [a for a in self.recent if before is None or a.start < before]
        if role is not None:
            pool = [a for a in pool if a.role == role] or pool
        for kinds in (("person",), ("person", "country", "organisation", "role")):
            seen: list[Actor] = []
            for a in reversed(pool):
                if a.kind == "role" and a.country is None:
                    continue
                if a.kind in kinds and all(a.key != s.key for s in seen):
                    seen.append(a)
                if len(seen) == 2:
                    return list(reversed(seen))
        return []
