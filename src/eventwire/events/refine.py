"""What a clause says about an act beyond its cue: the means of a violent act, the mission of a deployment.

A cue codes the act its word names ("killed": 190, "deployed troops": 154). The clause often says
more, and CAMEO codes by that: a killing by suicide bombing is a suicide bombing (1831); forces sent
to keep the peace are peacekeeping (074, "Provide military protection or peacekeeping": "code here
reported deployment of forces"), not a military build-up against someone (154). The words that say
so are the lexicon's own: the means are violent event nouns, the missions the nouns and modifiers
of the lexicon's protection cues.
"""
from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Token

from ..nlp import children
from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from ..actors.context import PLATFORM_NOUNS, WEAPON_NOUNS
from .modality import infinitive
from .syntax import PASS_SUBJ, SUBJ, _children, _modifiers, _of_objects, _prep_objects
from .triggers import Trigger

GENERIC_VIOLENCE = {"180", "190", "200"}  # "killed", "wounded": the means may say what kind of violence
DEPLOYMENT = "154"  # mobilize or increase armed forces
POLICE_DEPLOYMENT = "153"  # mobilize or increase police power
PROTECTION = "074"  # provide military protection or peacekeeping
ARRIVAL = "042"  # make a visit (forces arriving)
CLAUSES = {"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp"}


def _own_subjects(verb: Token) -> set[int]:
    """The verb's subjects, or those of the clause a participle hangs from ("a bomb exploded ...,
    wounding three soldiers": the bomb is what wounded them)."""
    own = {c.i for c in _children(verb, SUBJ)}
    if not own and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        own = {c.i for c in _children(verb.head, SUBJ)}
    return own


def manner_code(lexicon, trig: Trigger, subj_toks: list[Token]) -> str | None:
    """The code of the means of a violent act, which says more than the verb: "a suicide bombing
    killed" / "were killed in a suicide car bombing" is a suicide bombing (1831), not a killing (190)."""
    if trig.code[:2] not in VIOLENT_ROOTS:
        return None
    nouns = [t for t in subj_toks if t.pos_ == "NOUN" and t.i in _own_subjects(trig.verb)]
    nouns += [p for p in _prep_objects([trig.verb], {"in", "by", "with"}) if p.pos_ == "NOUN"]
    # the weapon itself where the means noun is generic: "killed in a car bomb explosion"
    nouns += [c for n in nouns for c in children(n) if c.dep_ == "compound" and c.pos_ == "NOUN"]
    found = []
    for noun in nouns:
        cue = lexicon.noun(noun.lemma_.lower(), _modifiers(noun))
        if cue is not None and cue.code[:2] in VIOLENT_ROOTS and (
                len(cue.code) > 3 or trig.code in GENERIC_VIOLENCE and cue.code != trig.code):
            found.append(cue.code)  # a specific means, or a kind of violence ("an explosion": 183) where the verb says only "kill"
    return max(found, key=len) if found else None


# Verbs of answering in kind: the means says which kind of act the answer is ("retaliated with tariffs": trade
# sanctions, not violence; CAMEO.2.0's RETALIATION codes both 130 and 190, the noun cues 163 or 195)
ANSWERING = frozenset({"retaliate"})


def answer_code(lexicon, trig: Trigger) -> str | None:
    """The code of the measure an answer in kind is made "with", where it is a measure imposed
    (nouns.tsv: the noun's sense with the light verb "impose": "retaliated with tariffs on US goods"
    is 163); None for any other means, which the violence of the verb's own code covers."""
    if trig.verb.lemma_.lower() not in ANSWERING:
        return None
    for noun in (p for p in _prep_objects([trig.verb], {"with"}) if p.pos_ == "NOUN"):
        cue = lexicon.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), "impose")
        if cue is not None and cue.code[:2] not in VIOLENT_ROOTS:
            return cue.code
    return None


_MISSION_WORDS: dict[int, frozenset[str]] = {}


def mission_words(lexicon) -> frozenset[str]:
    """The words that make the lexicon's protection cues: a noun ("peacekeeper"), or the modifier that
    makes a noun one ("peacekeeping" force; not "force" itself)."""
    key = id(lexicon.nouns)
    if key not in _MISSION_WORDS:
        _MISSION_WORDS[key] = frozenset(w for cues in lexicon.nouns.values() for c in cues
                                        if c.code.startswith(PROTECTION) for w in (c.modifiers or (c.lemma,)))
    return _MISSION_WORDS[key]


def _clause_tokens(verb: Token, subj_toks: list[Token]) -> list[Token]:
    """The deploying clause's words and its subject's, without the clauses that have a doer of their own
    ("... after it pulls out its soldiers")."""
    skip = {t.i for c in children(verb) if c.dep_ in CLAUSES and _children(c, SUBJ)
            for t in c.subtree}
    own = [t for t in verb.subtree if t.i not in skip]
    return own + [t for s in subj_toks for t in s.subtree]


def mission_code(lexicon, trig: Trigger, subj_toks: list[Token]) -> str | None:
    """A deployment whose forces or purpose are peacekeeping is protection (074): "deployed as
    peacekeeping forces", "sent troops on a peacekeeping mission", "peacekeepers began deploying";
    so is the arrival of peacekeepers ("the first contingent of peacekeepers arrived in Monrovia"), and
    forces sent to help (``_to_aid``).
    The arrival of relief is humanitarian aid (073)."""
    words = mission_words(lexicon)
    if trig.code.startswith(ARRIVAL):
        # peacekeepers arriving in a country are deployed there: "Japanese peacekeepers arrived in Juba"
        if any(t.lemma_.lower() in words or t.lower_ in words for s in subj_toks for t in s.subtree):
            return PROTECTION
        if _brings_relief(lexicon, trig.verb, subj_toks):
            return HUMANITARIAN
        # forces arriving in a country are deployed there: "German soldiers arrived in Lithuania" (police
        # as police, 153)
        return next((cue.code for s in subj_toks if (cue := _force_sense(lexicon, s, DEPLOY)) is not None), None)
    if not trig.code.startswith((DEPLOYMENT, POLICE_DEPLOYMENT)):
        return None
    # a deployment told as a noun is its own phrase's ("Serbia's deployment of troops ... prompted NATO to
    # reinforce its peacekeeping mission": NATO's mission is not the deployment's purpose)
    told = trig.rule == "event-noun-agent" and trig.tokens[0] is not trig.verb
    clause = list(trig.tokens[0].subtree) if told else _clause_tokens(trig.verb, subj_toks)
    if any(t.lemma_.lower() in words or t.lower_ in words for t in clause):
        return PROTECTION
    if not told and _to_aid(lexicon, [trig.verb, *trig.tokens]):
        return PROTECTION
    if not told and HUMANITARIAN in _purpose_codes(lexicon, [trig.verb, *trig.tokens]):
        return HUMANITARIAN  # "deployed helicopters to rescue flood victims": relief, at home or abroad
    return None


GENERAL_AID = "070"  # provide aid: help, assist, aid (verbs.tsv)


def _to_aid(lexicon, heads: list[Token]) -> bool:
    """Forces sent to another country to do what the lexicon codes as aid ("sent 200 police officers to
    Haiti to help the Caribbean nation's police", "deployed soldiers to Mozambique to assist the
    government") are military assistance, which CAMEO codes with peacekeeping (074): a purpose clause,
    or an infinitive of the forces' noun, whose verb is a general aid cue (help, assist, aid: verbs.tsv
    070), with a named place the forces are sent to. Not forces at home ("deployed the army to
    assist police"), nor sent to guard one's own ("to escort British-flagged tankers")."""
    verb = heads[0]
    abroad = any(p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into") and
                 any(t.pos_ == "PROPN" for c in children(p) if c.dep_ == "pobj" for t in c.subtree)
                 for p in children(verb))
    if not abroad:
        return False
    return GENERAL_AID in _purpose_codes(lexicon, heads)


def _purpose_codes(lexicon, heads: list[Token]) -> set[str]:
    """The codes of the verb cues of the infinitives of purpose on a deployment's verb or its forces' noun
    ("sent troops to assist the government": 070; "deployed helicopters to rescue flood victims": 073)."""
    return {cue.code for head in heads for c in children(head)
            if c.pos_ == "VERB" and not _children(c, SUBJ) and infinitive(c)
            and c.dep_ in ("advcl", "xcomp", "acl", "relcl") and (cue := lexicon.verb(c.lemma_.lower())) is not None}


HUMANITARIAN = "073"  # provide humanitarian aid


def _brings_relief(lexicon, verb: Token, subj_toks: list[Token]) -> bool:
    """An arrival of relief is humanitarian aid (073; CAMEO codes there "medical and rescue teams"):
    who arrives or what they bring is one of the lexicon's humanitarian aid nouns ("a Chinese rescue
    team landed in Haiti", "Cuban doctors arrived in Freetown", "planes landed in Kathmandu with
    medicine and tents")."""
    carried = _prep_objects([verb], {"with"})
    nouns = [t for s in subj_toks for t in s.subtree if t.pos_ == "NOUN"] + [t for t in carried if t.pos_ == "NOUN"]
    return any((cue := lexicon.noun(t.lemma_.lower(), _modifiers(t))) is not None and cue.code == HUMANITARIAN
               for t in nouns)
REFUGEE_ROLE = "REF"
EASING_ROOT = "08"
FRONTIER_NOUNS = frozenset({"border", "frontier", "crossing"})  # "opened its borders to refugees"
LETTING_IN_ROOTS = frozenset({"03", "04", "05", "07", "08"})  # the cooperative acts a letting-in may be coded as
ADMITTING_CLASS = "admit"
VERB_CLASSES_PATH = Path(__file__).with_name("data") / "verb_classes.tsv"


@functools.lru_cache(maxsize=1)
def _verb_classes() -> dict[str, frozenset[str]]:
    """verb_classes.tsv, read once (the lexicon expands its classes into the noun cues' light verbs and
    keeps no table of them)."""
    from .lexicon import read_verb_classes
    return read_verb_classes(VERB_CLASSES_PATH)


def _admitting_verbs() -> frozenset[str]:
    return _verb_classes().get(ADMITTING_CLASS, frozenset())


def personal_verbs() -> frozenset[str]:
    """Verbs coded only with a party, or nothing, as their object (verb_classes.tsv ``personal``)."""
    return _verb_classes().get("personal", frozenset())


def refuge_code(code: str, trig: Trigger, targets: list) -> str | None:
    """Letting refugees in is humanitarian aid (073): CAMEO's "Grant asylum" note codes "informal
    provisions of shelter or opening of borders to masses of refugees" there. An easing act (08:
    "opened its borders to refugees") or a verb of admitting ("took in", "sheltered", "accepted")
    whose every target is refugees or displaced people; not a promise ("agreed to take in": a frame),
    nor letting them do something else ("allowed refugees to return home")."""
    if trig.frame is not None or code[:2] not in LETTING_IN_ROOTS or not targets \
            or not all(t.first_role == REFUGEE_ROLE for t in targets):
        return None  # "will not accept refugees" stays a refusal
    opened = code[:2] == EASING_ROOT and any(t.lemma_.lower() in FRONTIER_NOUNS for t in trig.tokens)
    if opened or trig.verb.lemma_.lower() in _admitting_verbs():
        return HUMANITARIAN
    return None


PESSIMISTIC = "012"  # make pessimistic comment
WARNING_FRAME_VERBS = frozenset({"warn", "caution"})


# Who can warn but not threaten: those with no force or power to bring harm about (experts, analysts,
# doctors, the media, businesses, aid groups)
POWERLESS_ROLES = frozenset({"EDU", "MED", "HLH", "BUS", "CVL", "LAB", "AGR", "NGO", "HRI"})


def foreboding_code(lexicon, trig: Trigger, targets: list, code_actors, sources: list = ()) -> str | None:
    """'Economists warned that a trade war could push Canada into recession', 'the UN warned that the
    conflict could spread': a warning of what a thing may bring about threatens no one; it is a
    pessimistic comment (012). A threat (130) has its author's side, or a hostile act, as what it
    warns of: 'warned that it would retaliate', 'warned that sanctions would follow', 'warned Hezbollah'."""
    if trig.frame != "threat" or ">" in trig.cue or targets or len(trig.tokens) < 2 \
            or trig.verb.lemma_.lower() not in WARNING_FRAME_VERBS:
        return None
    if sources and all(s.first_role in POWERLESS_ROLES and not s.code.startswith(("IGO", "NGO")) for s in sources):
        return PESSIMISTIC  # "economists have warned that a trade war could push Canada into recession"
    subjects = _children(trig.tokens[-1], SUBJ | PASS_SUBJ)
    if not subjects or any(s.pos_ != "NOUN" or lexicon.noun(s.lemma_.lower(), _modifiers(s)) is not None
                           or code_actors(s) for s in subjects):
        return None
    return PESSIMISTIC


WITHDRAWAL = "087"  # CAMEO "de-escalate military engagement": forces pulled out (0874 retreat keeps its own slots)


MILITARY_AID = "072"  # provide military aid
TRANSFERRING_CLASS = "transfer"
STATE_KINDS = frozenset({"country", "capital"})


DEPARTING_CLASS, ARRIVING_CLASS, ISSUING_CLASS = "depart", "arrive", "issue"
WITHDRAW, DEPLOY = "withdraw", "deploy"  # the light verbs of a force noun's senses ("withdrew troops")
DESTINATION_PREPS = frozenset({"into", "in", "to"})


def _force_sense(lexicon, subj: Token, sense: str):
    """The ``sense`` cue ("withdraw", "deploy") of a subject that is a body of forces ("troops")."""
    lemma, modifiers = subj.lemma_.lower(), _modifiers(subj)
    force = lexicon.noun_for_light_verb(lemma, modifiers, DEPLOY)
    return lexicon.noun_for_light_verb(lemma, modifiers, sense) if force is not None and force.is_force else None


def _a_territory(tokens: list[Token]) -> bool:
    from .objects import is_territory  # (objects reads this module's PROTECTION)
    return any(o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN" or is_territory(o) for o in tokens)


def forces_moving(lexicon, verb: Token) -> Trigger | None:
    """Forces that leave a country or region are withdrawn from it (087): "the last Russian soldiers
    left Germany", "American troops have begun leaving Afghanistan"; forces that come into one are
    deployed there (154): "French troops crossed into western Rwanda", "reinforcements arrived in the
    town", whatever the verb codes with another subject (a visit). A verb of leaving or arriving
    (verb_classes.tsv ``depart``, ``arrive``) whose subject, or whose governing verb's subject, is a
    force noun; the place (a named place or a territory noun) is whom it is aimed at. Not a person
    moving ("the minister left Paris", "arrived in Kabul"), nor forces leaving a building."""
    lemma = verb.lemma_.lower()
    classes = _verb_classes()
    if lemma in classes.get(DEPARTING_CLASS, frozenset()):
        sense, specs, places = WITHDRAW, ("dobj",), _children(verb, {"dobj"})
    elif lemma in classes.get(ARRIVING_CLASS, frozenset()):
        sense, specs, places = DEPLOY, ("prep:into|in|to",), _prep_objects([verb], DESTINATION_PREPS)
    else:
        return None
    if not _a_territory(places):
        return None
    subjects = _children(verb, SUBJ) or (_children(verb.head, SUBJ) if verb.dep_ == "xcomp" else [])
    for subj in (n for s in subjects for n in (s, *_of_objects(s))):  # "hundreds of riot police poured into"
        cue = _force_sense(lexicon, subj, sense)
        if cue is not None:
            return Trigger(code=cue.code, cue=f"{cue.key}>{lemma}", rule="forces-moving", verb=verb,
                           tokens=(verb, subj), target_specs=specs, target_heads=(verb,))
    return None


JUDICIAL_COOPERATION = "063"  # engage in judicial cooperation (extradition, handing over suspects)
# Verbs that hand a person to another party, and the words that mark the person as wanted by justice
# or the clause's purpose as a trial: "sent 29 alleged cartel members to the United States to face trial",
# "handed the two men accused of bombing Pan Am Flight 103 to the United Nations" (as "extradited" and
# "handed over suspects" already are, verbs.tsv and nouns.tsv)
HANDING_VERBS = frozenset({"send", "hand", "fly", "deliver", "transfer", "surrender"})
ACCUSED_MARKS = frozenset({"alleged", "accused", "suspected", "wanted", "indicted", "convicted"})
TRIAL_NOUNS = frozenset({"trial", "charge", "justice", "prosecution"})


def handed_to_justice(verb: Token) -> Trigger | None:
    """A person handed or sent to another party to face justice is judicial cooperation (063): the
    verb hands someone over, its object is marked as wanted or accused, or the clause says it is
    for a trial, and a to-phrase names the receiver. Not an envoy sent to a capital, nor goods."""
    if verb.lemma_.lower() not in HANDING_VERBS or _children(verb, PASS_SUBJ) or not _prep_objects([verb], {"to"}):
        return None  # (most verbs: one set lookup; a passive hands no one over its subject's head)
    purpose = any(t.lemma_.lower() in TRIAL_NOUNS for c in children(verb) if c.dep_ in ("advcl", "xcomp")
                  for t in c.subtree)  # "to face trial"
    for obj in _children(verb, {"dobj"}):
        marked = any(t.dep_ in ("amod", "acl") and t.lower_ in ACCUSED_MARKS for t in obj.subtree)
        if marked or purpose and obj.tag_ in ("NNS", "NNP", "NNPS"):
            return Trigger(code=JUDICIAL_COOPERATION, cue=f"justice:{verb.lemma_.lower()}", rule="verb-object",
                           verb=verb, tokens=(verb, obj), target_specs=("prep:to",), target_heads=(verb,))
    return None


def issuing_verbs() -> frozenset[str]:
    """The verbs of issuing a document or a measure (verb_classes.tsv ``issue``), whose doer is its author."""
    return _verb_classes().get(ISSUING_CLASS, frozenset())


def transferring_verbs() -> frozenset[str]:
    """The verbs of handing goods or money over (verb_classes.tsv ``transfer``)."""
    return _verb_classes().get(TRANSFERRING_CLASS, frozenset())


def arms_transfer(trig: Trigger, sources: list, targets: list) -> str | None:
    """'Australia will send 49 Abrams tanks to Ukraine': weapons handed to another state are military aid
    (072; the CAMEO dictionary's SEND * TANK, DESPATCH * TANK), not a build-up (154) of the sender's
    own forces. Only a weapon or platform noun, a verb of handing over, and recipients named after "to"
    that are states other than every sender's ('sent tanks into Gaza', 'to the border' stay 154)."""
    if not trig.code.startswith(DEPLOYMENT) or trig.rule != "light-verb" or len(trig.tokens) < 2 \
            or trig.tokens[1].lemma_.lower() not in WEAPON_NOUNS | PLATFORM_NOUNS \
            or trig.verb.lemma_.lower() not in transferring_verbs() or not sources or not targets:
        return None
    # the state named as such after "to" ("to Ukraine"), not a place that names one ("to the border with Ukraine")
    given_to = [o.text for prep in children(trig.verb) if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
                for o in children(prep) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    senders = {s.country for s in sources}
    if not given_to or None in senders:
        return None
    to_states = all(t.kind in STATE_KINDS and t.country and t.country not in senders
                    and any(name in t.text for name in given_to) for t in targets)
    return MILITARY_AID if to_states else None


JOINT_ROOTS = ("15", "06", "08")  # an exercise held alone or together; a border reopened by one or by both


def joint_exercise(lexicon, trig: Trigger, code: str, sources: list, targets: list, fallback: bool,
                   code_actors) -> tuple[str, list, bool]:
    """Military games and manoeuvres held together are military cooperation (CAMEO 062: "joint military
    games and maneuvers"), not a show of force: held by coordinated parties ("the Philippines and the
    United States began their Balikatan exercises") or with a partner of another state ("began a joint
    exercise with Russian warships", the parser hanging "with" on the verb). The noun's joint sense in
    the lexicon gives the code; returns (code, targets, fallback), unchanged where none of this holds.
    The same for a border or a crossing two states reopen together: a resumed exchange (061), not one
    side easing a restriction on the other (081)."""
    noun = next((t for t in trig.tokens[1:] if t.pos_ == "NOUN"), None)
    joint = lexicon.joint_sense(noun.lemma_.lower()) if noun is not None else None
    if joint is None:
        return code, targets, fallback
    if joint.code[:2] == code[:2] and (joint.code != code or targets and not fallback):
        return code, targets, fallback  # already the joint act, with its partner in its slot
    own = {s.country for s in sources}
    partners = [a for t in _prep_objects([noun, trig.verb], {"with"}) for a in code_actors(t)
                if a.country and a.country not in own]  # (not "with 17,000 troops taking part")
    if partners and code[:2] != EASING_ROOT:  # "its border with Armenia" names the neighbour, no partner
        return joint.code, partners, False
    if len(sources) >= 2 and (not targets or fallback or not any(a.code for a in targets)):
        return joint.code, [t for t in targets if t.code], fallback  # (not the uncoded thing: "a border crossing")
    return code, targets, fallback
