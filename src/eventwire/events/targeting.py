"""Whom a trigger's act is aimed at: the cue's own slots, re-read where the object is an actor or a
thing, and where they name no party the one the clause names near the cue, the parties of an act a
definite event noun names again, or whom a protest or show of force is aimed at (``TargetFinder``,
which ``extract.Extractor`` builds on)."""
from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.tokens import Token

from ..nlp import children
from ..actors.context import OWN, names_a_weapon, same_state
from ..actors.entities import people_actor
from ..actors.mentions import WHERE_PREPS
from ..actors.article import act_family, refers_back
from .judgement import STATED_JUDGEMENT
from ..records import Actor
from .arguments import (
    STATE_ROLES, _noun_phrase_actors, fallback_target_tokens, protest_state_tokens, stance_targets, subject_tokens,
)
from .party_codes import SECURITY_ROLES
from .lexicon import NO_EVENT, actor_object_senses
from .aimed import meeting_cue, posture_targets, protest_targets, stated_aim, visit_hosts
from .acts import PROTEST_ROOT, SECURITY_FORCES, SYMMETRIC_ROOTS
from .patients import struck_thing_at
from .objects import POSTURE as POSTURE_ROOT, forces_moved, people_object, without_weapons
from .refine import personal_verbs
from .protests import protest_code
from .nominal import MEETING_ROOT
from .parties import EXPELLING, _place, _relative_gap, _restates, _thing, released
from .retaliation import PROMISED_RESPONSE
from .syntax import _children, _prep_objects, _with_conjuncts
from .triggers import ActorFn, Trigger, is_dictionary_default
from .triggering import TriggerFinder

VISIT = "042"  # make a visit: its host is whom the visitor goes to meet
PROPERTY_ROLE = "BUS"  # a firm or what it owns ("the container ship MSC Aries"): property, not people
REJECTION_ROOT = "12"


MEDIATION = "045"
ASKED_ROOTS = frozenset({"02", "10"})  # appeals and demands: made of someone


def addressed_before(verb: Token, sources: list[Actor], code_actors: ActorFn, lexicon) -> list[Actor]:
    """'summoned Russia's ambassador and demanded explanations': a demand or appeal that names no one,
    coordinated with a verbal or diplomatic act on a party (the verb before's cue in ``lexicon``: not
    force, "arrested five protesters and demanded calm"), is made of that party."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return []
    before = lexicon.verb(verb.head.lemma_.lower(), ())
    if before is None or before.code[:2] > "13":
        return []
    keys = {a.key for a in sources}
    # (a party the object names itself: not the parties of an act or thing it refers back to, "welcomed the
    # agreement and called on all parties to ...", nor those inside an act it names, "announced the arrests
    # of 74 people and launched a campaign")
    return [a for o in _children(verb.head, "dobj") for t in _with_conjuncts(o) for a in code_actors(t)
            if a.code and a.key not in keys and "antecedent" not in a.rule and not _thing(a) and t.text in a.text]


def mediated_parties(verb: Token, sources: list[Actor], code_actors: ActorFn) -> list[Actor]:
    """Whom a mediator's talks or deal were between where the noun names no one: the doers of the clause
    the noun or its phrase hangs on ("the army and the RSF signed a truce brokered by Saudi Arabia", "the
    junta and the alliance agreed to a ceasefire following talks mediated by China", "Saudi Arabia and
    Iran agreed to resume relations in a deal brokered by China")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return []
    # the first clause above the noun, through prepositions and participles that are no clause of their own
    # ("a ceasefire following talks"): the verb whose object it is, or whose phrase
    clause = next((a for a in islice(noun.ancestors, 4) if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "prep")), None)
    if clause is None:
        return []
    keys = {a.key for a in sources}  # (the clause's doers, though it be a complement: "agreed to resume ...")
    return [a for t in subject_tokens(clause)[0] for a in code_actors(t) if a.key not in keys and a.code]


ACT_NOUN_PREPS = {"on", "against", "with", "to", "for"}  # the phrases of an act noun that name whom it is aimed at


def _talks_parties(trig: Trigger, found: list[Actor], code_actors: ActorFn, offset: int) -> list[Actor]:
    """The other side of talks among the parties ``found`` near the cue: one the talks were held with,
    where the parser hung the "with" on what was discussed ("discussed the war with Vladimir Putin",
    "discussed the crisis in Chad with Helmut Kohl");
    never whose the thing talked over is ("gathered to discuss a US proposal"). Not the meeting's own
    noun ("hosted a UN climate summit") nor an object that is itself a party ("convened my fellow G7
    leaders")."""
    talked_over = [o for o in _children(trig.verb, "dobj") if o not in trig.tokens
                   and not any(_a_party(a, o) for a in code_actors(o))]
    # (or on a noun deeper in it: "discussed the crisis in Chad with Chancellor Helmut Kohl")
    inner = [t for o in talked_over for t in o.subtree if t.pos_ in ("NOUN", "PROPN")]
    return [a for t in _prep_objects(inner, {"with"}) for a in code_actors(t) if a.code] \
        or _not_owners(found, trig.verb.doc, {o.i for o in talked_over}, offset)


def _a_party(actor: Actor, head: Token) -> bool:
    """Whether a phrase names a party ("my fellow G7 leaders", "Putin") rather than a thing of a state
    ("a US proposal", "the Ukraine war": a state's name modifying a common noun)."""
    return bool(actor.code) and not _thing(actor) and bool(actor.role or head.pos_ == "PROPN"
                                                           or actor.kind in ("person", "organisation"))


def _not_owners(found: list[Actor], doc, nouns: set[int], offset: int) -> list[Actor]:
    """The parties found near a cue but for the owners of its act nouns (their words before the noun:
    "EU" in "EU sanctions", not "Russia" in "sanctions on Russia")."""
    owners = [doc[t.i] for n in nouns for t in doc[n].subtree if t.i < n]
    return [a for a in found if not any(a.start <= offset + t.idx < a.end for t in owners)]


def stands_for_a_thing(actor: Actor) -> bool:
    """An act or a thing named by whose it is ("welcomed the talks", "welcomed the declaration", "welcomed
    the ruling"): no actor as the object of a verb whose sense an actor object changes."""
    return refers_back(actor)


# Light verbs of a third party who holds a meeting for others ("hosted the talks", "chaired the meeting"):
# the meeting named again is theirs, not the host's own act of that kind.
HOSTING_VERBS = frozenset({"host", "chair"})


def _antecedent_of_own_kind(code: str, antecedent: Actor, noun: Token, lexicon) -> bool:
    """Whether the event noun of a light-verb event names acts of the event's own kind ("launched the
    attack" is the attack, not a response to an earlier one). A rejection answers the act its noun
    was read as where that is of another kind: "rejected the demand" (the last demand, 10),
    "dismissed the appeal" (02), though "demand" and "appeal" have a rejecting sense of their own."""
    family = act_family(code[:2])
    read_as = antecedent.rule.rpartition("event-antecedent:")[2].partition("+")[0]
    if family == REJECTION_ROOT and read_as not in ("", "deed", family):
        return False
    kinds = {act_family(root) for root in lexicon.noun_roots(noun.lemma_)}
    return family in kinds and family != "01"



def people_named(actor: Actor) -> bool:
    """A person or people in a role ("the opposition leader", "three aid workers", "its diplomats"), not
    a state, a place or an organisation as a whole: whom one calls or holds."""
    return actor.kind in ("person", "pronoun") or bool(actor.role) and actor.kind != "organisation"

class TargetFinder(TriggerFinder):
    """The target half of argument resolution (see the module doc)."""

    def _fallback_targets(self, trig: Trigger, refusal: bool, sources: list[Actor], subj_toks: list[Token],
                          slot: list[Token], code_actors: ActorFn) -> list[Actor]:
        """A party the clause names outside the cue's slots (``slot``: the tokens of a thing of a
        country found there, whose own phrase does not count); a protest's target however deep."""
        src_keys = {a.key for a in sources}
        inside = {t.i for tok in slot for t in tok.subtree if t.i <= tok.i}
        # nor a party named inside the doer's own name ("won backing from the European Union": not Europe)
        inside |= {t.i for tok in subj_toks if tok.dep_ != "ROOT" for t in tok.subtree if t.i <= tok.i}
        if trig.code.startswith("14"):
            # "anti-government protesters": the stance stands inside the doer's own phrase, and says whom
            manner = [o for p in children(trig.verb) if p.dep_ == "prep" and p.lower_ == "in" for o in children(p)]
            for tok in stance_targets([*trig.tokens[1:], *subj_toks, *manner]):  # "marched in an anti-war rally"
                found = [a for a in code_actors(tok) if a.key not in src_keys]
                if found:
                    return found
        own = {t.i for t in trig.tokens}  # "deployed thousands of troops": the cue's own noun is the means
        if trig.code.startswith(POSTURE_ROOT):  # "deployed KDF troops": whose forces they are, not whom they face
            own |= {t.i for n in trig.tokens[1:] for t in n.subtree if t.i <= n.i}
        protest = trig.code.startswith("14")
        places: list[Actor] = []  # where a protest was held ("marched in Yangon"): whom it is against comes first
        for tok in fallback_target_tokens(trig, refusal):
            if tok.i in inside or tok.i in own:
                continue
            # a mediator deals with both parties the between-phrase joins ("mediated talks between Israel and Hamas")
            toks = _with_conjuncts(tok) if trig.code == "045" and tok.dep_ == "pobj" and tok.head.lower_ == "between" else [tok]
            found = [a for t in toks for a in code_actors(t) if a.key not in src_keys and not (slot and _place(a))
                     and not any(_restates(a, s) for s in sources)  # "repeated Baku's demand": Baku is the source
                     and not (t.dep_ == "pobj" and t.head.lower_ == "with" and names_a_weapon(a))]  # "with artillery": the means
            if protest and found and all(map(_place, found)) and tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPS:
                places = places or found
                continue
            if found:
                return found
        if protest:
            # a protest is aimed at the state its clause names, however deep: "rioted after a
            # demonstration calling for the removal of President Mubarak"
            for tok in protest_state_tokens(trig.verb, subj_toks):
                found = [a for a in code_actors(tok) if a.key not in src_keys and a.country and a.first_role in STATE_ROLES]
                if found:
                    return found[:1]
            if places:
                return places
        if "dobj" not in trig.target_specs and not forces_moved(trig):
            # a cue whose object is normally a thing ("accepted an offer") with people as its object:
            # they are whom the act is done to ("will not accept asylum seekers"); not forces moved
            for obj in (c for c in children(trig.verb) if c.dep_ == "dobj" and c.i not in inside and c not in trig.tokens):
                found = [a for a in code_actors(obj) if a.key not in src_keys and (a.kind == "person" or a.role)
                         and a.first_role not in SECURITY_ROLES and not _thing(a)]
                if found:
                    return found
        return []

    def _antecedent_targets(self, trig: Trigger, sources: list[Actor], code_actors: ActorFn) -> list[Actor]:
        """'denied the accusation', 'rejected the criticism': the parties of the act the event noun names
        (another kind of act than this one: not 'launched the attack')."""
        noun = trig.tokens[1] if len(trig.tokens) > 1 and trig.tokens[1].pos_ == "NOUN" else None
        if noun is None or noun.dep_ != "dobj" or not (trig.rule == "light-verb" or trig.rule.startswith("frame:")):
            return []
        # (an answer is to another party: India rejecting "the claim" answers no claim of India's own)
        targets = [a for a in code_actors(noun) if "event-antecedent" in a.rule and not any(same_state(a, s) for s in sources)]
        if trig.verb.lemma_.lower() in HOSTING_VERBS:
            return targets  # "Anwar hosted the talks": the parties of the talks told before are whom he hosted
        return [] if targets and _antecedent_of_own_kind(trig.code, targets[0], noun, self.lexicon) else targets

    @staticmethod
    def _names_a_person(verb, code_actors: ActorFn, offset: int) -> bool:
        """Whether the verb's object, or the noun its relative clause leaves as the object ("Gallant, whom
        Netanyahu fired"), is a person or a role, never a weapon; the clause itself is not the noun's."""
        clause = {t.idx for t in verb.subtree}
        objects = [(o, list(o.subtree)) for o in _children(verb, "dobj")]
        objects += [(n, [t for t in n.subtree if t.idx not in clause]) for n in _relative_gap(verb)]
        for obj, toks in objects:
            if any(t.ent_type_ == "PERSON" for t in toks):
                return True
            own = {offset + t.idx for t in toks}  # (actors the object's own words begin)
            if any((a.kind == "person" or a.role and a.kind != "organisation") and not names_a_weapon(a)
                   for a in code_actors(obj) if a.start in own):
                return True
        return False

    def _meets_a_thing(self, trig: Trigger, tgt_toks: list[Token], subj_toks: list[Token], code_actors: ActorFn) -> bool:
        """"Meet" (PETRARCH's MEET_PEOPLE) whose object, or passive subject, is a thing and no party:
        "met the deadline", "a goal that had been met"; not "hosted a dinner for Netanyahu"."""
        passive = bool(_children(trig.verb, "auxpass"))
        # its object, or the passive's subject; not a phrase of time or place ("met for four hours at an estate")
        objs = _children(trig.verb, "dobj") or (tgt_toks if passive else [])
        if objs and all(o.pos_ == "NOUN" or o.tag_ == "WDT" or o.lower_ == "it" for o in objs):  # "lets us meet it"
            # (nor the meeting named again, which the parser may take for an object: "met ..., their first talks")
            return not any(code_actors(o) or self.lexicon.noun_roots(o.lemma_) for o in objs if o.pos_ == "NOUN")
        return passive and any(t.tag_ == "WDT" for t in subj_toks)

    def _act_nouns(self, trig: Trigger) -> set[int]:
        """The object nouns of a verb-object cue that name the very act coded ("implementing EU sanctions":
        163, what "sanction" names): their owner is a doer of the act, not its target."""
        return {t.i for t in trig.tokens[1:] if trig.rule.startswith("verb-object") and t.pos_ == "NOUN"
                and trig.code[:2] in self.lexicon.noun_roots(t.lemma_)}

    def _targets(self, trig: Trigger, passive: bool, subj_toks: list[Token], tgt_toks: list[Token], sources: list[Actor],
                 refusal: bool, code_actors: ActorFn, offset: int) -> tuple[Trigger, list[Actor], bool, str | None] | None:
        """(the trigger, as an actor object may re-read it; whom it is aimed at; whether they were found
        near the cue rather than in its slots; the protest code its doers make of it), or None where the
        trigger makes no event (a thing met, a call with no one called, a dictionary verb with no target)."""
        own_act = self._act_nouns(trig)
        targets = [a for t in tgt_toks if t.i not in own_act for a in code_actors(t)] or [
            a for t in _prep_objects([trig.verb.doc[n] for n in own_act], ACT_NOUN_PREPS) for a in code_actors(t)]
        # (the noun's own phrase names whom the act is aimed at: "enforcing EU sanctions on Russia")
        if trig.frame == "threat" and trig.target_override and sources and targets and all(
                a.country and any(a.country == s.country for s in sources) for a in targets):
            # "Katz warned that Israel would take the same step against Spain": the speaker's own state
            # carries the threat out; whom it is aimed at is in the complement's phrases (below)
            targets = []
        if passive and not targets:  # "a camp for Congolese refugees was attacked": whom the thing is of or for
            doers = {a.key for a in sources}  # (not its doers: "the truce, brokered by Qatar and Egypt")
            # (and the people expelled, a light verb's noun as its passive subject: "23 Russian diplomats will be
            # expelled" is aimed at Russia, as "expelled 23 Russian diplomats" is; not an envoy recalled, whose
            # state recalls him)
            named = [n for n in trig.tokens[1:] if n.dep_ == "nsubjpass"] \
                if trig.rule.startswith("light-verb") and trig.verb.lemma_.lower() in EXPELLING else []
            people = ([a for a in code_actors(n) if not _thing(a) and a.key not in doers]
                      for t in [*tgt_toks, *named] for n in _noun_phrase_actors(t, depth=2))
            targets = next((found for found in people if found), [])
        targets = without_weapons(trig, targets)
        if trig.rule == STATED_JUDGEMENT and not any(a.code for a in targets):
            return None  # "said the situation was terrible": a judgement stated of no one the article names
        if trig.verb.lemma_.lower() == "meet" and trig.rule in ("verb", "passive") and not targets and self._meets_a_thing(
                trig, tgt_toks, subj_toks, code_actors):
            return None  # "met the target", "a goal that had been met": meeting a thing is no meeting of parties
        if trig.code == "0841" and trig.rule == "verb" and not passive:
            trig = released(trig, targets)
            if trig is None:
                return None
        fallback = False
        # a verb's own cue or a frame used bare ("Macron called Salam": no complement, no "for"/"on")
        if trig.rule.startswith("frame:") and ">actor-object:" in trig.cue and not any(
                people_named(a) and (a.code or a.country) for o in _children(trig.tokens[-1], "dobj") for a in code_actors(o)):
            # "ordered the commission to hold a new vote": the inner verb has no people as its object, so no
            # act of its actor sense; the frame's own act ("ordered", 10) stands
            frame = self.lexicon.frame(trig.verb.lemma_.lower())
            if frame is None:
                return None
            trig = replace(trig, code=frame.code, cue=frame.key)
        # (not a particle's own cue: "held Zuma responsible" is blame, whom it names)
        actor_sense = actor_object_senses().get(trig.verb.lemma_.lower()) \
            if trig.rule in ("verb", "frame", "passive") and not trig.cue.startswith(f"verb:{trig.verb.lemma_.lower()}+") else None
        welcomed = ("dobj", "nsubjpass") if passive else ("dobj",)  # "was welcomed by President Isaias": the object as subject
        if actor_sense == NO_EVENT and self._names_a_person(trig.verb, code_actors, offset):
            return None  # "fired the finance minister", "fired his security secretary, Anderson Torres": dismissed, not
            # shot at; not a weapon a force fired ("fired artillery at government positions")
        owned = lambda t: any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in children(t))  # noqa: E731
        if actor_sense and any(t.dep_ in welcomed and t.text in a.text and not owned(t) and not stands_for_a_thing(a)
                               and a.first_role != PROPERTY_ROLE
                               and (a.kind == "person" or a.role and (a.kind != "organisation" or t.tag_ == "NNS"))
                               for t in tgt_toks for a in targets):  # (members of a body: "500 UN peacekeepers")
            # "welcomed the Greek prime minister": an actor welcomed is a visitor hosted, not a decision endorsed
            trig = replace(trig, code=actor_sense, rule="verb+actor-object")
        if trig.rule == "actor-object" and not any((a.kind != "pronoun" or a.country) and not stands_for_a_thing(a)
                                                   and (a.code or a.country) and people_named(a) for a in targets):
            # "called early elections", "called a meeting": no actor object, no call; nor a name the tables
            # and the article leave without code or state ("held Kherson", tagged a person), nor a body
            # or a state ("holds the ASEAN chairmanship")
            return None
        if trig.rule == "verb" and trig.verb.lemma_.lower() in personal_verbs() and any(
                not any(a.kind == "person" or a.role for a in code_actors(o)) for o in _children(trig.verb, "dobj")):
            return None  # "recalled 120,000 vehicles": a thing recalled is no envoy withdrawn
        if is_dictionary_default(trig) and not (targets or passive) and not (
                trig.code[:2] in SYMMETRIC_ROOTS and len({s.key for s in sources}) >= 2
                and any(t.dep_ == "conj" for s in subj_toks for t in s.subtree)):
            # a dictionary verb codes, as in PETRARCH, only a source-verb-target triple; coordinated doers of a
            # mutual act are each other's ("Lithuania and Poland linked their grids": 060 between them)
            return None
        protest = None if passive else protest_code(trig, subj_toks)  # "protesters stormed parliament": a riot
        if not passive or trig.code[:2] == POSTURE_ROOT:  # "troops were sent to the border with Sudan by Chad"
            targets = self._aimed(trig, protest, targets, sources, code_actors)
        if not passive and (not targets or all(_thing(a) for a in targets)) and trig.rule != PROMISED_RESPONSE:
            # (not for a promised response: a party near it is the victim of what it answers, "any attack on
            # French nationals", not whom it threatens)
            # no one in the cue's slots, or only a thing of a country ("returned the Nigerian bronzes to ..."):
            # a party the clause names elsewhere
            found = without_weapons(trig, self._fallback_targets(trig, refusal, sources, subj_toks,
                                                                 tgt_toks if targets else [], code_actors))
            found = _not_owners(found, trig.verb.doc, own_act, offset)
            if trig.code[:2] == MEETING_ROOT:
                found = _talks_parties(trig, found, code_actors, offset)
            if found:  # (a weapon near the cue is no party either: "had been asking for the tanks")
                targets, fallback = struck_thing_at(trig, found, code_actors, offset), True
        if not targets and not passive:
            targets = self._antecedent_targets(trig, sources, code_actors)
        if not passive and trig.code[:2] in ASKED_ROOTS and not any(a.code for a in targets):
            targets = addressed_before(trig.verb, sources, code_actors, self.lexicon) or targets
        if not targets and trig.code.startswith(MEDIATION):
            targets = mediated_parties(trig.verb, sources, code_actors)  # "... following talks mediated by China"
        if not passive and people_object(trig) and (not targets or fallback and all(map(_place, targets))):
            # "freed 37 prisoners": whom, though uncoded; "freed 20 hostages in Mali": the people, placed
            # there, not the place (a place is the target only where no one is named)
            countries = {a.country for a in targets}
            targets, fallback = [people_actor(trig.tokens[1], offset, countries.pop() if len(countries) == 1 else None)], False
        return trig, targets, fallback, protest

    def _aimed(self, trig: Trigger, protest: str | None, targets: list[Actor], sources: list[Actor],
               code_actors: ActorFn) -> list[Actor]:
        """Whom a protest or a show of force is aimed at, where its slots name no one who can be; whom a
        visitor goes to meet, where the visit's purpose names them."""
        if trig.code == VISIT and trig.rule in ("verb", "passive"):
            hosts = visit_hosts(trig.verb, code_actors, sources, meeting_cue(self.lexicon))
            if hosts:
                return hosts
        confronted = protest is not None and any(a.first_role in SECURITY_FORCES for a in targets)
        if (protest is not None or trig.code[:2] == PROTEST_ROOT
                and all(_thing(a) or _place(a) or not a.code for a in targets)) and not confronted:
            # "marched in Dakar against his arrest by the authorities": whom a protest is against, where it
            # is held or what it demands names its target; the city it is held in does not (nor the
            # building stormed in protest against the government); the police a crowd fought stay its target
            shared = (trig.verb.head,) if trig.verb.dep_ == "conj" else ()  # "jumped turnstiles and occupied ... against"
            aimed = protest_targets((*trig.target_heads, *trig.tokens, *shared), trig.verb, code_actors, sources)
            if aimed and (not targets or any(a.code for a in aimed)):
                targets = aimed
        elif (protest is not None or trig.code[:2] == PROTEST_ROOT) and not confronted and not any(
                a.kind == "person" for a in targets):
            # "blocked Belgrade bridges in protest against the government": the party it is said to be against,
            # not the site blocked (nor a body whose premises it is: "blocked the entrance of Dhaka University")
            targets = stated_aim((*trig.target_heads, *trig.tokens), trig.verb, code_actors, sources) or targets
        if trig.code[:2] == POSTURE_ROOT and all(
                _thing(a) or _place(a) or a.kind == "region" or not a.code or a.country is None
                or any(a.country == s.country for s in sources) or a.text.lower().startswith(OWN) for a in targets):
            # "massed troops near its border with Ukraine": whom a show of force faces, not where the forces
            # go nor the forces themselves ("put its armed forces on high alert")
            faced = posture_targets((*trig.target_heads, *trig.tokens), trig.verb, code_actors, sources)
            if faced:
                targets = faced
        return targets
