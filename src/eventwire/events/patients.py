"""What an event was done to, where its slot names no party: the uncoded object.

"condemned the terrorist attack", "agreed to withdraw its troops from a five kilometre zone",
"accused the legislation of ...": the cue's own target slot holds a thing, a place or a group the
actor tables do not code. The event keeps it as an uncoded target (no code, no country; kind
``thing``, rule ``slot:uncoded``), as GDELT keeps a blank actor code: the record says what was acted
on, and filters on codes are unchanged. Only the cue's own slots count, never a phrase found
near the cue, a pronoun, the cue's own noun or the weapon it was read from.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.article import VIOLENCE_ROOTS
from ..actors.context import STATE_ORGANS, WEAPON_NOUNS
from ..nlp import children
from ..records import Actor
from .acts import SYMMETRIC_ROOTS, thing_actor
from .aimed import BORDER_NOUNS
from .arguments import target_groups
from .modality import is_purpose_clause
from .objects import POLICY_GIVEN_UP
from .refine import WITHDRAWAL
from .syntax import _prep_objects
from .parties import _place, named_place
from .triggers import ActorFn, Candidate, Trigger

REJECTION = "12"
CENSORSHIP = "1721"
WENT_OFF_PREPS = frozenset({"at", "near", "inside", "outside", "in", "on"})  # where a weapon went off
# Words that are no patient: quantities, time, and generic placeholders.
VACUOUS = frozenset({"country", "it", "this", "that", "these", "those", "one", "ones", "thing", "things", "way", "time", "year",
                     "day", "week", "month", "part", "lot", "something", "anything", "nothing", "everything"})


def with_uncoded_target(c: Candidate, offset: int, code_actors: ActorFn) -> Candidate:
    """``c`` with the thing its cue's slot names as target, where it has none and is not a passive; for
    an act done together, the doer's uncoded partner ("Kuwait and its gulf war allies agreed to stage
    a joint exercise")."""
    if c.target is not None or "passive" in c.rule or c.reciprocal:
        return c
    partner = coordinated_partner(c, offset, code_actors)
    if partner is not None:
        return replace(c, target=replace(thing_actor(partner, offset), rule="slot:uncoded+coordinated", kind="group"),
                       reciprocal=True)
    patient = slot_object(c, offset, code_actors)
    if patient is None:
        return c
    return replace(c, target=thing_actor(patient, offset))


# Verbs whose object is an opponent: one the tables and the recogniser know nothing of, a thing in the
# slot, is a problem combated ("fought the fire", "battling the floods"; CAMEO.2.0's FIGHT VIOLENCE,
# COMBAT &CRIME, BATTLE (WITH CORRUPTION) are null patterns), not a party attacked
COMBATING_VERBS = frozenset({"fight", "combat", "battle", "tackle"})


def problem_combated(c: Candidate) -> bool:
    """Whether ``c`` is a fight against a thing: "the army has been fighting the floods", "is fighting
    corruption" (its only target the uncoded thing its slot names), not against a party."""
    return c.code[:2] in VIOLENCE_ROOTS and c.trigger.verb.lemma_.lower() in COMBATING_VERBS \
        and c.target is not None and not c.target.code and c.target.rule == "slot:uncoded"


# Acts of force whose purpose names whom they are used on: "fired teargas to disperse the protesters",
# "launched air strikes to push back the rebels" (CAMEO 17-20: the target is whom the force is used on)
FORCE_ROOTS = VIOLENCE_ROOTS | {"17"}  # violence and coercion


def with_purpose_object(c: Candidate, code_actors: ActorFn) -> Candidate:
    """``c`` aimed at the party its purpose clause acts on, where it has no coded target of its own: the
    object of a "to" infinitive of the act's verb ("fired teargas canisters to disperse hundreds of
    protesters"), never the doer itself."""
    if c.code[:2] not in FORCE_ROOTS or c.target is not None and c.target.code or "passive" in c.rule:
        return c
    verb = c.trigger.verb
    for comp in children(verb):
        if comp.pos_ != "VERB" or not is_purpose_clause(comp):
            continue
        for obj in (o for o in children(comp) if o.dep_ == "dobj"):
            found = [a for a in code_actors(obj) if a.code and (c.source is None or a.key != c.source.key)]
            if found:
                return replace(c, target=found[0])
    return c


def coordinated_partner(c: Candidate, offset: int, code_actors: ActorFn) -> Token | None:
    """The uncoded conjunct of the doer's subject in an act done together: a group or body the
    tables do not know ("its gulf war allies", "a section of the SPLA-IO"), not a pronoun or a place."""
    if c.source is None or c.code[:2] not in SYMMETRIC_ROOTS:
        return None
    for subj in (t for t in c.trigger.verb.children if t.dep_ in ("nsubj", "nsubjpass")):
        if not c.source.start <= subj.idx + offset < c.source.end:
            continue
        for conj in subj.conjuncts:
            if conj.pos_ not in ("NOUN", "PROPN") or conj.lower_ in VACUOUS or conj.ent_type_ in ("GPE", "LOC", "FAC"):
                continue
            if c.source.start <= conj.idx + offset < c.source.end or code_actors(conj):
                continue  # part of the doer's own mention, or a party the event has already refused
            return conj
    return None


# A protest is aimed at what its clause says it is against: "started a hunger strike, protesting the
# state's unemployment system", "marched against tuition fees" (the PLOVER manual: a protest's
# recipient is whom or what it is directed at).
PROTEST_FAMILY = "14"
STANCE_VERBS = frozenset({"protest", "oppose", "denounce", "decry", "condemn", "reject", "defy"})
STANCE_PREPS = frozenset({"against", "over"})


def protested(trig: Trigger) -> list[Token]:
    """The things a protest's clause is against: the object of a participle of protest beside it, or
    an against- or over-phrase of its verb, its noun or that participle."""
    stances = [v for v in trig.verb.children if v.dep_ in ("advcl", "xcomp", "conj") and v.tag_ == "VBG"
               and v.lemma_.lower() in STANCE_VERBS]
    heads = [trig.verb, *trig.tokens[1:], *stances]
    out = [o for v in stances for o in v.children if o.dep_ == "dobj"]
    out += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in STANCE_PREPS
            for o in p.children if o.dep_ == "pobj"]
    return out


def slot_object(c: Candidate, offset: int, code_actors: ActorFn) -> Token | None:
    trig = c.trigger
    # the cue's own words and what is coordinated with them ("launched 448 drones and decoys": the means);
    # but a measure given up is what the act is done to ("withdrew the extradition bill")
    # and so is a proposal, plan or demand rejected ("rejected the creditors' latest proposal": the frame's
    # event noun is what is rejected)
    measure = c.code.startswith(TERRITORIAL_MEASURES) and c.code != CENSORSHIP  # (a medium cut off is no measure)
    rejected = (c.code[:2] == REJECTION or measure) and len(trig.tokens) == 2 \
        and trig.tokens[1].dep_ == "dobj" and trig.tokens[1].head == trig.verb  # "imposed a nationwide curfew"
    cue_words = trig.tokens[:1] if c.code == POLICY_GIVEN_UP or rejected else trig.tokens
    own = {t.i for tok in cue_words for t in (tok, *tok.conjuncts)}
    if trig.target_override:
        toks = list(trig.target_override)
    else:
        # the cue's own slots, then its heads' direct object (the patient of a transitive act)
        groups = target_groups((*trig.target_specs, "dobj"), trig.target_heads or (trig.verb,))
        toks = [t for g in groups for t in g]
    if c.code.startswith(PROTEST_FAMILY):
        toks += protested(trig)
    for tok in toks:
        if tok.i in own or tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in VACUOUS or tok.like_num:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass"):
            continue  # a clause's subject does, it is not done to ("warned that the group would attack")
        if tok.ent_type_ in ("GPE", "NORP"):
            continue  # a state or a people: coded where known, and then refused by the event ("warned Washington")
        if tok.lemma_.lower() in WEAPON_NOUNS:
            # "detonated a vest inside a mosque": where the weapon went off is what was hit, wherever the
            # parser hung the phrase
            toks += [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in WENT_OFF_PREPS
                     for p in prep.children if p.dep_ == "pobj"]
            continue
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
            continue
        if c.source is not None and c.source.start <= tok.idx + offset < c.source.end:
            continue  # inside the doer's own mention
        if code_actors(tok):
            return None  # a party the event refused (its own forces scrambled, itself): no thing in its place
        return tok
    return None


# Measures a state takes over a territory and their easing (CAMEO 172 "impose administrative
# sanctions": curfews, states of emergency, martial law; 081 "ease administrative sanctions").
TERRITORIAL_MEASURES = ("172", "081")
PLACE_OF_MEASURE = frozenset({"in", "on", "across", "throughout", "over"})
PEOPLE = "CVL"


def with_place_of_measure(c: Candidate, code_actors: ActorFn, offset: int = 0) -> Candidate:
    """``c`` aimed at the place a territorial measure is imposed on or lifted from, where its clause
    names one and no party ("declared a state of siege in the town", "imposed a curfew on the
    capital", "lifted the state of emergency in Bangkok"): the measure's target is the people of
    that place, as CAMEO coders take it (rule ``+place-of-measure``); an unknown place of the imposing
    state stands for its people. With no place named, the measure itself stays the target a slot gives
    it (patients below), as sentence-level gold marks it, coded as the state's people (``with_own_people``);
    a thing in the slot is the measure ("declared a state of emergency in the Amhara region": the
    state, of emergency), so the place named comes first."""
    if c.target is not None and (c.target.code or c.target.kind != "thing") or c.source is None \
            or not c.code.startswith(TERRITORIAL_MEASURES):
        return c
    heads = [c.trigger.verb, *(t for t in c.trigger.tokens[1:] if t.pos_ == "NOUN")]
    # and the measure's own head, where the cue noun hangs on it: "a state of emergency in the Amhara region"
    heads += [h for t in heads[1:] for h in (t.head, t.head.head) if h.dep_ == "dobj" and h.head == c.trigger.verb and h not in heads]
    place = named_place(heads, PLACE_OF_MEASURE, code_actors,
                        lambda a: bool(a.country) and a.kind in ("country", "role") and not a.name)
    if place is None:  # a place the tables do not know: its words ("across the Amhara region")
        unnamed = _deployed_to(heads, {t.i for t in c.trigger.tokens}, c.source.country, code_actors, offset,
                               PLACE_OF_MEASURE)
        if unnamed is None or unnamed.code:
            return c
        # (a place of the state that imposes it, as a curfew is: its people, "a curfew in New Baneshwor")
        at = _own_people(c.source, unnamed) if _of_a_state(c.source) else unnamed
        return replace(c, target=replace(at, rule=unnamed.rule + "+place-of-measure"), rule=c.rule + "+place-of-measure")
    return replace(c, target=people_of(place), rule=c.rule + "+place-of-measure")


def with_own_people(c: Candidate) -> Candidate:
    """``c``, a state's territorial measure with no place named and no party in its slot ("declared
    emergency martial law", "lifted the state of emergency"), aimed at the state's own people, as CAMEO
    coders take it (rule ``+own-people``), kept with the words its slot gave (the measure's, as
    sentence-level gold marks it)."""
    if c.target is None or c.target.code or c.target.kind != "thing" or c.source is None or not _of_a_state(c.source) \
            or not c.code.startswith(TERRITORIAL_MEASURES):
        return c
    own = _own_people(c.source, c.target)
    return replace(c, target=replace(own, rule=c.target.rule + "+own-people"), rule=c.rule + "+own-people")


def _own_people(state: Actor, words: Actor) -> Actor:
    """The people of ``state``, kept with the ``words`` that stood for them (a place, the measure)."""
    return replace(words, code=f"{state.country}{PEOPLE}", country=state.country, role=PEOPLE, name=None, kind="role")


def _of_a_state(actor: Actor) -> bool:
    """A state or one of its organs: whose measures fall on its own people."""
    return bool(actor.country) and (actor.code == actor.country or actor.first_role in STATE_ORGANS)


def people_of(place: Actor) -> Actor:
    """The people of a place a measure is imposed on ("a curfew on Nairobi": Kenyan civilians, not
    its government), kept with the place's words."""
    return replace(place, code=f"{place.country}{PEOPLE}", role=PEOPLE, name=None, kind="role",
                   rule=place.rule.split("+")[0] + "+place-of-measure")


# A show of force aimed at no party is aimed where it is made (CAMEO 15: "the party against whom the
# military move is directed is the target"; with none named, sentence-level gold marks the place).
POSTURE_ROOT = "15"
PLACE_OF_DEPLOYMENT = frozenset({"to", "into", "in", "on", "onto", "along", "near", "across", "around", "at",
                                 "toward", "towards", "throughout"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
NEARNESS = frozenset({"close", "closer", "near", "nearer", "next"})  # "close to", "next to": a place's preposition
WITHDRAWN_FROM = frozenset({"from", "of"})  # "withdrew from", "pulled out of"
PLACE_PHRASE_PREPS = frozenset({"in", "of", "off", "near", "on", "at"})  # what places an unknown place


def _place_thing(noun: Token, offset: int) -> Actor:
    """A place the tables do not know, with the phrase that places it: "key points in Dakar", "waters off
    the Natuna Islands", "its Baltic exclave of Kaliningrad"."""
    thing = thing_actor(noun, offset)
    ends = [c.right_edge for c in children(noun) if c.dep_ == "prep" and c.lower_ in PLACE_PHRASE_PREPS and c.i > noun.i]
    if not ends:
        return thing
    last = max(ends, key=lambda t: t.i)
    end = offset + last.idx + len(last.text)
    return replace(thing, text=noun.doc.text[thing.start - offset:end - offset], end=end)


def _deployed_to(heads: list[Token], own: set[int], home: str | None, code_actors: ActorFn, offset: int,
                 preps: frozenset[str] = PLACE_OF_DEPLOYMENT) -> Actor | None:
    """The place a phrase of the heads names: coded where it is abroad, else the place's own words
    (a deployment at home is aimed at no other state: "deployed soldiers in KwaZulu-Natal")."""
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (o for o in prep.children if o.dep_ == "pobj" and o.i not in own):
                if pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in VACUOUS or pobj.pos_ not in ("NOUN", "PROPN") \
                        or complex_preposition(pobj):
                    continue
                found = code_actors(pobj)
                if found:
                    if not _place(found[0]):
                        return None  # a party there is the normal target's business
                    return found[0] if found[0].country != home else _across_border(pobj, home, code_actors) \
                        or _place_thing(pobj, offset)
                if pobj.ent_type_ in PLACE_ENTITIES or any(t.ent_type_ in PLACE_ENTITIES for t in pobj.subtree) \
                        or any(_place(a) for t in pobj.subtree if t.pos_ == "PROPN" and t.i != pobj.i for a in code_actors(t)):
                    # "on Woody Island", "in the north region", "at key points in Dakar"; the state across the
                    # border it lies on ("from positions along the frontier with Ethiopia")
                    return _across_border(pobj, home, code_actors) or _place_thing(pobj, offset)
    return None


def _across_border(place: Token, home: str | None, code_actors: ActorFn) -> Actor | None:
    """The other state of a border a place phrase names ("positions along the frontier with Ethiopia"):
    coded, and not the doer's own."""
    for other in _prep_objects([t for t in place.subtree if t.lemma_.lower() in BORDER_NOUNS], {"with"}):
        found = [a for a in code_actors(other) if a.country and a.country != home]
        if found:
            return found[0]
    return None


def complex_preposition(pobj: Token) -> bool:
    """A bare singular noun that makes a preposition of its phrase ("in response to", "in support of",
    "in line with", "in retaliation for"): no place, whatever place its object names."""
    return pobj.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in pobj.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("to", "of", "for", "with", "against", "at") for c in pobj.children)


def with_place_of_deployment(c: Candidate, offset: int, code_actors: ActorFn) -> Candidate:
    """``c`` aimed at the place a force is deployed to or held ready in, where it names no party:
    "deployed surface-to-air missiles on Woody Island", "stationed a garrison on the island of
    Gotland", "remained on alert in the north region" (rule ``+place-of-deployment``); a withdrawal
    at the place it leaves ("pulled out of Grozny", rule ``+place-of-withdrawal``)."""
    if c.target is not None or c.source is None or "passive" in c.rule and any(t.dep_ == "agent" for t in children(c.trigger.verb)):
        return c  # (a passive's subject is the force moved, its source: "police were deployed across Nairobi")
    if c.code == WITHDRAWAL:
        return _with_place(c, offset, code_actors, WITHDRAWN_FROM, "+place-of-withdrawal")
    if not c.code.startswith(POSTURE_ROOT):
        return c
    return _with_place(c, offset, code_actors, PLACE_OF_DEPLOYMENT, "+place-of-deployment")


def _with_place(c: Candidate, offset: int, code_actors: ActorFn, preps: frozenset[str], rule: str) -> Candidate:
    trig = c.trigger
    own = {t.i for t in trig.tokens}
    heads = [trig.verb, *(t for t in trig.tokens[1:] if t.pos_ == "NOUN")]
    heads += [o for o in trig.verb.children if o.dep_ == "dobj" and o not in heads]  # "stationed a garrison on ..."
    heads += [j for h in heads[1:] for j in h.conjuncts if j.i > h.i]  # "soldiers and armoured vehicles at key points"
    heads += [m for h in heads for m in h.children if m.lower_ in NEARNESS]  # "massed troops close to the border"
    heads += [p for p in trig.verb.children if p.lower_ == "out" and p.dep_ in ("prep", "prt", "advmod")]  # "out of"
    place = _deployed_to(heads, own, c.source.country, code_actors, offset, preps)
    return c if place is None else replace(c, target=replace(place, rule=place.rule + rule), rule=c.rule + rule)


# A place found near a violent cue, where its slot holds a thing the tables do not know ("attacked
# Plaine Savo displacement site in Djugu territory"), is where the thing struck stands: the target
# keeps the place's code and takes the thing's words with it (rule ``+thing-at-place``).
VIOLENT = frozenset({"18", "19", "20"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "on"})


def struck_thing_at(trig: Trigger, found: list[Actor], code_actors: ActorFn, offset: int) -> list[Actor]:
    """``found`` (places near the cue) widened to the uncoded thing of the cue's slot they locate."""
    if trig.code[:2] not in VIOLENT or not found or not all(a.role is None and a.code == a.country for a in found):
        return found  # only bare places ("in Djugu territory", "in Kabul")
    own = {t.i for t in trig.tokens}
    slot = [t for g in target_groups((*trig.target_specs, "dobj"), trig.target_heads or (trig.verb,)) for t in g]
    for thing in slot:
        if thing.pos_ not in ("NOUN", "PROPN") or thing.i in own or thing.lower_ in VACUOUS or code_actors(thing):
            continue
        # the place in the thing's own phrase, or in a locative phrase of the verb right after it
        after = [prep for prep in children(trig.verb) if prep.dep_ == "prep" and prep.lower_ in LOCATIVE
                 and prep.i == thing.right_edge.i + 1]
        starts = {offset + t.idx for h in (thing, *after) for t in h.subtree}
        if all(a.start in starts for a in found):
            return [replace(a, text=thing.doc.text[thing.left_edge.idx:a.end - offset], start=offset + thing.left_edge.idx,
                            rule=a.rule + "+thing-at-place") for a in found]
    return found


def struck_by_noun(trig: Trigger, lexicon, dictionary) -> list[Token]:
    """Whom a violent act or weapon noun struck, as its own clause says: "conducted a drone strike that
    killed three SDF fighters", "detonated an IED targeting an AMISOM convoy": the object of a relative or
    participial clause of the noun whose verb is itself violence (the lexicon's or PETRARCH2's)."""
    if trig.code[:2] not in VIOLENCE_ROOTS or len(trig.tokens) < 2:
        return []
    for clause in children(trig.tokens[1]):
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        # (a verb of striking too loose alone, "hit", "target", is violence where its doer is a strike or a bomb)
        cue = lexicon.verb(lemma, ()) or dictionary.default(lemma) or dictionary.violent_member(lemma)
        if cue is not None and cue.code[:2] in VIOLENCE_ROOTS:
            return [o for o in children(clause) if o.dep_ == "dobj"]
    return []
