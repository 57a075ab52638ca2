"""Whom a protest, a show of force or a visit is aimed at, where its clause names no target of its own.

A protest's target is seldom the verb's object: news names it in what the protest is against
("marched against President Condé's plan", "in protest at the Speaker's ruling", "against fuel
tax increases announced by the government"), where it is held ("rallied outside the House of
Representatives", "a sit-in outside the office of the District Collector") or in what the
protesters demand ("demanding the resignation of President Rajapaksa", "demanding that the
BGMEA raise wages"). CAMEO codes a protest against its target (14x: "demonstrate or rally"
against a party); the city it is held in is where, not whom.

A show of force (CAMEO 15: deployments, mobilisation, alerts) is aimed at whom the forces face:
news names them by the border the forces are sent to ("near its border with Ukraine"), what
the forces face or are to do ("facing Nagorno-Karabakh units", "to counter a build-up by the
PLA", "ahead of an offensive against Hamas"), or what the move is said to be ("a show of force
aimed at Iran", "as a deterrent to Iran and Hezbollah"). The region the forces are sent to is
where, and the forces themselves are the doer's own.

A visit (CAMEO 042) is made to its host: news names the place ("arrived in Honiara", "flew to
Beijing") and, in the visit's purpose, whom the visitor goes to meet ("for talks with Prime Minister
X", "to meet Mali's transitional leader"). The one met is the host; the city is where.

Each phrase gives a party itself, or through the thing it names: that thing's owner ("Condé's
plan"), its of-phrase ("the resignation of X") or its author ("increases announced by the
government", "his arrest by the Senegalese authorities").
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from ..nlp import children
from ..actors.context import STATE_ORGANS
from ..records import Actor
from .syntax import PASS_SUBJ, SUBJ, _children, _is_verbal, _modifiers, _of_objects, _prep_objects, _with_conjuncts

ActorFn = Callable[[Token], list[Actor]]

AIM_PREPS = frozenset({"against", "at", "over"})  # what a protest is against
PURPOSE_PREPS = AIM_PREPS | {"to", "of"}  # behind "in protest against", "in defiance of", "in response to"
SITE_PREPS = frozenset({"outside"})  # where, when it is a party's premises
# "in protest against X", "in defiance of X", "in response to X's decision"
PROTEST_NOUNS = frozenset({"protest", "opposition", "defiance", "response", "reaction"})
DEMANDING = frozenset({"demand", "call", "urge", "press", "seek"})  # "..., demanding the resignation of X"
AUTHOR_PREPS = frozenset({"by"})
OWNER_PREPS = AUTHOR_PREPS | {"of", "from"}  # "the resignation of X", "his arrest by X", "independence from X"


def _parties(tok: Token, code_actors: ActorFn, exclude: set[str]) -> list[Actor]:
    """The coded parties a phrase names (an entity the tables lack, only where it names no coded one)."""
    found = [a for t in _with_conjuncts(tok) for a in code_actors(t) if a.key not in exclude]
    return [a for a in found if a.code] or found


def _owner_tokens(noun: Token) -> Iterable[Token]:
    """Who a thing a protest is against belongs to or comes from, nearest first: its possessor ("Condé's
    plan"), its of-phrase ("the resignation of X"), its author ("announced by the government", "his
    arrest by the authorities", "a hike decreed by the government of Piñera")."""
    for c in children(noun):
        if c.dep_ == "poss" and c.pos_ != "PRON":
            yield c
    yield from _prep_objects([noun], OWNER_PREPS)
    # a party named as its modifier: "against government corruption", "over police brutality"
    yield from (c for c in children(noun) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
    for acl in children(noun):  # "a hike decreed by the government" (the tagger may take "decreed" for a noun)
        if acl.dep_ in ("acl", "relcl"):
            yield from (p for by in children(acl) if by.lower_ in AUTHOR_PREPS and by.dep_ in ("prep", "agent")
                        for p in children(by) if p.dep_ == "pobj")


def _aimed_at(tok: Token, code_actors: ActorFn, exclude: set[str], depth: int = 2) -> list[Actor]:
    """The party a phrase's object names, itself or through the thing it names, two things deep ("the
    return of property seized by government forces")."""
    found = _parties(tok, code_actors, exclude)
    if any(a.code for a in found) or tok.pos_ != "NOUN" or depth == 0:
        return found
    # a thing the tables do not know ("the government's plan") is aimed at its coded owner, if any
    owned = (_aimed_at(owner, code_actors, exclude, depth - 1) for owner in _owner_tokens(tok))
    return next((o for o in owned if any(a.code for a in o)), found)


def _aim_objects(head: Token) -> Iterable[Token]:
    """Objects of "against/at/over", on the head or behind "in protest": "marched in protest against X"."""
    for prep in children(head):
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in AIM_PREPS:
            yield from (p for p in children(prep) if p.dep_ == "pobj")
        elif prep.lower_ in ("in", "as"):
            for noun in (p for p in children(prep) if p.dep_ == "pobj" and p.lemma_.lower() in PROTEST_NOUNS):
                yield from _prep_objects([noun], PURPOSE_PREPS)


def _demanded(verb: Token) -> Iterable[Token]:
    """What the protesters demand of whom: "demanding the resignation of X", "calling for independence
    from Iraq", "demanding that the BGMEA raise wages", "demanding higher wages from Lonmin"."""
    for c in children(verb):
        # (or its purpose: "to demand that the government release ...")
        if c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.lemma_.lower() in DEMANDING and (
                c.tag_ == "VBG" or c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))):
            for obj in _children(c, {"dobj"}) + _prep_objects([c], {"for"}):
                yield from _prep_objects([c], {"from", "of"})
                yield obj
            for comp in _children(c, {"ccomp"}):
                yield from (t for s in _children(comp, SUBJ) for t in _with_conjuncts(s))


def _purposed(verb: Token) -> Iterable[Token]:
    """What a protest's purpose clause acts on: "gathered to protest Sweden's decision", "marched to
    demand reforms by the government"."""
    for c in children(verb):
        if c.dep_ in ("advcl", "xcomp") and _is_verbal(c):
            yield from _children(c, {"dobj"})
            yield from (p for prep in children(c) if prep.dep_ == "prep" for p in children(prep) if p.dep_ == "pobj")


HELD_PREPS = frozenset({"in", "at", "across", "near", "outside", "through"})  # where a protest is held


def _venues(verb: Token) -> list[Token]:
    """The places a protest is held in ("marched in Lome and other cities"): the parser may hang what the
    protest is against or demands on them ("protest in Bratislava against X", "cities demanding that X")."""
    return [t for p in _prep_objects([verb], HELD_PREPS) for t in _with_conjuncts(p)]


def _candidates(heads: list[Token], verb: Token, code_actors: ActorFn, exclude: set[str]) -> Iterable[list[Actor]]:
    """The parties each phrase names, in order: what the protest is against, what it demands or is for,
    then where it is held (the premises say less of the aim than the demand does)."""
    venues = _venues(verb)
    for head in (*heads, *venues):
        for obj in _aim_objects(head):
            yield _aimed_at(obj, code_actors, exclude)
    for tok in (t for v in (verb, *venues) for t in _demanded(v)):
        yield _aimed_at(tok, code_actors, exclude)
    for tok in _purposed(verb):
        yield _aimed_at(tok, code_actors, exclude)
    for head in heads:
        for site in _prep_objects([head], SITE_PREPS):
            # a party's premises ("outside the Chinese embassy", "the office of the District Collector"),
            # not a bare place ("outside Nairobi")
            yield [a for a in _parties(site, code_actors, exclude) if a.role is not None] \
                or [a for o in _prep_objects([site], {"of"}) for a in _parties(o, code_actors, exclude)]


def stated_aim(heads: Iterable[Token], verb: Token, code_actors: ActorFn, sources: list[Actor]) -> list[Actor]:
    """The coded party a protest is said to be against or for ("in protest against the government", "to
    protest Dutch government subsidies"), else []: what it is aimed at, over the site or thing it blocks."""
    exclude = {a.key for a in sources}
    stated = [*(o for h in dict.fromkeys(heads) for o in _aim_objects(h)), *_purposed(verb)]
    return next((found for tok in stated if (found := [a for a in _aimed_at(tok, code_actors, exclude) if a.code])), [])


def protest_targets(heads: Iterable[Token], verb: Token, code_actors: ActorFn, sources: list[Actor]) -> list[Actor]:
    """Whom a protest is aimed at: the first phrase naming a coded party, else one naming an entity the
    tables lack ("against the Omnibus Law" yields to "outside the House of Representatives"); none: []."""
    found = [c for c in _candidates(list(dict.fromkeys(heads)), verb, code_actors, {a.key for a in sources}) if c]
    return next((c for c in found if any(a.code for a in c)), found[0] if found else [])


FACING = frozenset({"face", "confront", "counter", "deter", "fight", "attack", "retake", "repel", "target", "battle"})
AHEAD_PREPS = frozenset({"ahead", "before", "for"})  # "ahead of an offensive against X", "in preparation for an assault on X"
# What a move follows in time, as an answer to another's act: "after X sailed through", "following reports of"
ANSWERING = frozenset({"after", "as", "when"})  # marks of a clause
ANSWERING_PREPS = frozenset({"after", "following"})  # of a phrase ("deployed as peacekeepers" is no answer)
# A strained relation between two sides, and the prepositions that set a move within it
STRAINS = frozenset({"tension", "standoff", "stand-off", "row", "dispute", "confrontation", "friction", "feud", "spat",
                     "hostility", "rift"})
STRAIN_PREPS = frozenset({"amid", "amidst", "during", "in", "as"})  # "as" where the parser makes "as tensions" a phrase
AIMED_AT = {"aim": "at", "direct": "at", "deterrent": "to", "warning": "to", "message": "to", "signal": "to"}


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _border_parties(head: Token, verb: Token | None = None) -> Iterable[Token]:
    """The other state of a border the forces are sent to, near or along: "near its border with Ukraine",
    "along the Pakistan border", "to the border with Israel"; the parser may hang the "with" phrase on
    the ``verb`` ("placed its forces on high alert along the border with Azerbaijan")."""
    for p in _prep_objects([head], {"to", "near", "along", "at", "on", "toward", "towards", "closer"}):
        if p.lemma_.lower() in BORDER_NOUNS:
            yield from _prep_objects([p], {"with"})
            yield from (c for c in children(p) if c.dep_ == "compound" and c.pos_ == "PROPN")
            if verb is not None and not any(c.dep_ == "prep" for c in children(p)):
                yield from _prep_objects([verb], {"with"})
    for adv in children(head):  # "closer to the border with Israel"
        if adv.dep_ == "advmod" and adv.lower_ in ("closer", "near", "nearer"):
            yield from _border_parties(adv, verb)


def _faced(verb: Token) -> Iterable[Token]:
    """Whom the forces face or are to act against: "facing X", "to counter X's build-up", "to fight
    against X", "to retake control from X"."""
    for c in children(verb):
        if c.dep_ in ("advcl", "xcomp", "acl", "conj") and _is_verbal(c) and c.lemma_.lower() in FACING:
            yield from _children(c, {"dobj"})
            yield from _prep_objects([c], {"against", "from", "with", "on"})


def _occasioned(heads: list[Token]) -> Iterable[Token]:
    """The act the move prepares for or answers, and its party: "ahead of an offensive against Hamas",
    "in preparation for an assault on the garrison", "ahead of an offensive by SNA troops"."""
    # "..., preparing for an assault on X": the participle's own phrases too
    heads = [*heads, *(c for h in heads for c in children(h) if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "prepare")]
    for head in heads:
        for prep in children(head):
            if prep.lower_ == "ahead":  # "ahead of X", a preposition or an adverb with its own "of"
                nouns = _prep_objects([prep], {"of"})
                yield from (t for n in nouns for t in _occasion_parties(n))
                continue
            if prep.dep_ != "prep":
                continue
            nouns = [p for p in children(prep) if p.dep_ == "pobj"]
            if prep.lower_ == "in":  # "in preparation for X"
                nouns = [q for n in nouns if n.lemma_.lower() == "preparation" for q in _prep_objects([n], {"for"})]
            elif prep.lower_ not in AHEAD_PREPS:
                continue
            for n in nouns:
                yield from _occasion_parties(n)


def _occasion_parties(noun: Token) -> Iterable[Token]:
    """The parties of an act a move prepares for: whom it is against ("an offensive against Hamas"), who
    does it ("an offensive by SNA troops", "a march called by Raila Odinga", "a planned opposition
    march"), through a measure of it ("a fresh day of protests by opponents of the reform")."""
    yield from _prep_objects([noun], {"against", "on", "by"})
    yield from _owner_tokens(noun)
    yield from (c for c in children(noun) if c.dep_ == "compound" and c.pos_ == "NOUN")


def _strained(heads: list[Token]) -> Iterable[Token]:
    """The other party of the strain the move happens amid: "amid tensions with China", "during a standoff
    with Turkey", "as tensions with Tigrayan forces escalated"; a show of force in a strained relation is
    aimed at the other side of it (and a strain "between" two sides names both, the doer left out later)."""
    for head in heads:
        for c in children(head):
            if c.dep_ == "prep" and c.lower_ in STRAIN_PREPS:
                nouns = [p for p in children(c) if p.dep_ == "pobj"]
            elif c.dep_ == "advcl" and _is_verbal(c):  # "as tensions with X escalated"
                nouns = _children(c, SUBJ)
            else:
                continue
            for n in nouns:
                if n.lemma_.lower() in STRAINS:
                    yield from _prep_objects([n], {"with", "between"})


def _answered(heads: list[Token]) -> Iterable[Token]:
    """The party whose act the move answers or awaits: the doer of a clause it follows ("after a US
    destroyer sailed through the strait", "as Chinese warships neared the island"), the party of an act it
    cites, follows or anticipates ("after the arrival of a US carrier group", "following reports of planned
    attacks by bandits", "in anticipation of an SAF counter-offensive")."""
    for head in heads:
        for c in children(head):
            if c.dep_ == "advcl" and _is_verbal(c) and any(m.dep_ == "mark" and m.lower_ in ANSWERING for m in children(c)):
                yield from _children(c, SUBJ | PASS_SUBJ)  # "after Chinese warships were detected near the island"
            elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "cite":
                # "citing the threat of an ECOWAS intervention", "citing attacks by jihadist groups"
                for cited in _children(c, {"dobj"}):
                    yield from (t for n in (cited, *_prep_objects([cited], {"of"})) for t in _occasion_parties(n))
            elif c.dep_ == "prep" and c.lower_ in ANSWERING_PREPS:
                yield from (p for p in children(c) if p.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ == "in":
                yield from (q for p in children(c) if p.dep_ == "pobj" and p.lemma_.lower() == "anticipation"
                            for q in _prep_objects([p], {"of"}))


def _declared_aim(heads: list[Token]) -> Iterable[Token]:
    """What the move is said to be and at whom: "in a show of force aimed at Iran", "as a deterrent to Iran"."""
    for head in heads:
        for n in (p for prep in children(head) if prep.dep_ == "prep" and prep.lower_ in ("in", "as")
                  for p in children(prep) if p.dep_ == "pobj"):
            want = AIMED_AT.get(n.lemma_.lower())
            if want:
                yield from _prep_objects([n], {want})
            for acl in (a for m in (n, *_prep_objects([n], {"of"})) for a in children(m)):  # "a show of force aimed at"
                if acl.dep_ == "acl" and acl.lemma_.lower() in AIMED_AT:
                    yield from _prep_objects([acl], {AIMED_AT[acl.lemma_.lower()]})


def posture_targets(heads: Iterable[Token], verb: Token, code_actors: ActorFn, sources: list[Actor]) -> list[Actor]:
    """Whom a show of force is aimed at: the state across the border, whom the forces face, the party of the
    act they prepare for, whom the move is said to be aimed at; the first coded party, else []."""
    exclude = {a.key for a in sources}
    own = {a.country for a in sources if a.country}
    heads = list(dict.fromkeys(heads))
    scope = heads if verb in heads else [*heads, verb]  # what the move happens amid or after may hang on the verb
    moved = [o for h in heads for o in children(h) if o.dep_ == "dobj"]  # "reinforced positions along the border with X"
    # (whom the move is said to be against first: "mobilised fighters around Gondar against the federal army")
    phrases = [*(p for h in heads for p in _prep_objects([h], {"against"})),
               *(t for h in [*heads, *moved] for t in _border_parties(h, verb)), *_faced(verb), *_occasioned(heads),
               *_declared_aim(heads),
               *_strained(scope), *_answered(scope),
               *(p for h in heads for p in _prep_objects([h], {"around"}))]
    for tok in phrases:
        # (not the doer's own state or its organs; its own opposition or rebels may be whom it faces)
        found = [a for a in _aimed_at(tok, code_actors, exclude) if a.code and not (
            a.country in own and (a.first_role is None or a.first_role in STATE_ORGANS))]
        if found:
            return found
    return []


CONSULT_ROOT = "04"
DIRECTED = ("042", "043")  # visiting and hosting: the visit itself, not whom it meets


def meeting_cue(lexicon) -> Callable[[Token], bool]:
    """Whether a noun or verb is a lexicon cue of meeting (CAMEO 04 but visiting and hosting): "talks",
    "a meeting", "to meet"; not "for a visit with his wife"."""
    def is_meeting(tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        cue = lexicon.noun(lemma, _modifiers(tok)) if tok.pos_ in ("NOUN", "PROPN") else lexicon.verb(lemma)
        return cue is not None and cue.code.startswith(CONSULT_ROOT) and not cue.code.startswith(DIRECTED)
    return is_meeting


def _met(verb: Token, is_meeting: Callable[[Token], bool]) -> Iterable[Token]:
    """Whom a visit's purpose names as met: "for talks with X", "for a meeting with X", "to meet X",
    "to hold talks with X" (``is_meeting``: whether a noun or verb is a cue of consultation)."""
    for c in children(verb):
        # (through a measure of them: "for two days of talks with X", "for a round of talks")
        purposes = [m for n in children(c) if n.dep_ == "pobj" for m in (n, *_of_objects(n))] if c.dep_ == "prep" else []
        if c.lower_ == "for" and any(is_meeting(n) for n in purposes):
            # (the parser may hang "with X" on the verb: "arrived ... for talks with X")
            yield from _prep_objects(purposes, {"with"})
            yield from _prep_objects([verb], {"with"})
        elif c.dep_ in ("advcl", "xcomp") and _is_verbal(c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)):
            if is_meeting(c):  # "to meet X"
                yield from _children(c, {"dobj"})
                yield from _prep_objects([c], {"with"})
            for obj in _children(c, {"dobj"}):  # "to hold talks with X"
                if is_meeting(obj):
                    yield from _prep_objects([obj, c], {"with"})


def visit_hosts(verb: Token, code_actors: ActorFn, sources: list[Actor], is_meeting: Callable[[Token], bool]) -> list[Actor]:
    """Whom a visitor goes to meet, as the visit's purpose names them: the first coded party, and those
    of other states with it ("meetings with Milei and Caputo" is one visit to Argentina), else []."""
    exclude = {a.key for a in sources}
    for tok in _met(verb, is_meeting):
        found = [a for a in _parties(tok, code_actors, exclude) if a.code]
        if found:
            hosts = found[:1]
            for a in found[1:]:
                if a.country and all(h.country and h.country != a.country for h in hosts):
                    hosts.append(a)
            return hosts
    return []
