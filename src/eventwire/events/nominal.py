"""Event nouns read from the clause around them: an event noun as the subject of an aspectual verb
("clashes erupted"), an event noun's parties in a "between" phrase wherever the parser hangs it,
taking part in an event ("took part in a march"), receiving an act from its doer ("drew
criticism from NATO") and undergoing violence ("survived an assassination attempt")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from ..actors.context import PLATFORM_NOUNS, WEAPON_NOUNS
from .acts import SYMMETRIC_ROOTS
from .derivation import verbs_of
from .modality import infinitive
from .syntax import PASS_SUBJ, SUBJ, _children, _is_verbal, _modifiers, _of_objects, _prep_objects, _with_conjuncts, noun_lemma
from .triggers import Trigger

CONTINUING = {"continue", "resume", "intensify", "escalate", "step", "renew", "persist"}  # go on with an act
STARTING = {"begin", "start", "complete", "finish"}  # begin or complete an act: "completed the release of 553 prisoners"
KEEPING = {"keep": "up", "maintain": ""}  # "kept up a sit-in", "maintained a boycott": go on with it (verb: particle)
ASPECTUAL = {"continue", "erupt", "break", "begin", "start", "resume", "intensify", "escalate", "spread", "rage", "end", "persist"}
RECEIVING = {"receive", "draw", "win", "earn", "attract", "get", "obtain", "secure", "face", "accept"}  # "drew criticism from"
SUFFERING = {"survive", "suffer", "sustain", "withstand", "endure", "escape"}  # "survived an attack"
COMING_UNDER = {"come", "be", "remain"}  # "came under fire from militants", "the town was under attack"
PARTICIPATING = {"participate", "join"}  # "participated in", "joined in"; "take part in" below
PARTICIPATED_ROOTS = {"04", "06", "14", "15", "18", "19", "20"}  # acts their participants do
OCCURRING = {"occur", "happen", "take", "flare", "report", "ensue", "follow"}  # "clashes occurred / took place between"
VERBAL_ROOTS = {"01", "02", "10", "11"}  # statements, appeals, demands, complaints: said, not going on
# Verbs that tell what a meeting was about: "Wang Yi's talks with Iwaya covered seafood imports" says the
# talks were held (CAMEO 04), as "the talks began" does
TOPIC_VERBS = {"cover", "focus", "centre", "center", "address", "revolve", "dwell", "touch"}
CONSULT_ROOT = "04"
ACTIVITY_VERBS = ("stage", "hold", "launch", "begin")  # the light verbs of an act that goes on
BETWEEN_ROOTS = {"03", "04", "06", "19"}  # event nouns whose "between A and B" names both parties
# Verbs that bring another's act about: "the arrest sparked protests by PTI workers" is the workers'
# protest (the causer did not protest); the act's doer is named inside the noun's phrase or nowhere
CAUSING = {"spark", "trigger", "prompt", "provoke", "fuel", "ignite", "unleash", "cause", "touch", "set"}
CAUSING_PARTICLES = {"touch": "off", "set": "off"}


def _circumstance(noun: Token) -> bool:
    """An event noun given as the cause or setting of another act ("closed its borders because of
    fighting between X and Y", "amid talks between ...", "since Russia's invasion") is background to
    it, not news."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    # "because of" parses either way: "of" under "because", or "because" with "of" as its pcomp
    return prep.lower_ in ("amid", "amidst", "despite", "because", "since") or prep.lower_ == "of" and prep.head.lower_ == "because" \
        or prep.lower_ == "to" and prep.head.lower_ in ("due", "owing")


def converse(lexicon, verb: Token) -> Trigger | None:
    """Receiving an act names its doer after "from": "drew criticism from NATO", "received an
    invitation from Putin", "won backing from the EU" are the giver's act (the noun's first sense)
    aimed at the receiver, the subject. Only with the giver named."""
    if verb.lemma_.lower() not in RECEIVING:
        return None
    for obj in (o for d in _children(verb, "dobj") for o in _with_conjuncts(d)):  # "logistics and financial support"
        # "received the first tranche of a loan from the IMF", "a shipment of wheat": the of-phrase names
        # what is given (and may carry the giver)
        given = [obj, *_of_objects(obj)]
        cue_noun, cue = next(((n, c) for n in given if n.pos_ == "NOUN"
                              for c in (lexicon.noun(noun_lemma(n), _modifiers(n)),) if c is not None), (None, None))
        # the giver after "from", else, of aid, the one the aid's own noun names ("received EU aid",
        # "Japan's loan"; not "accepted the Algiers agreement", named for where it was signed)
        givers = _prep_objects(given, {"from"}) or _prep_objects([verb], {"from"}) \
            or ([cue_noun] if cue is not None and cue.code[:2] == AID_ROOT and _named_by_owner(cue_noun) else [])
        if givers and cue is not None and cue.code[:2] != "01" and _children(verb, SUBJ):
            return Trigger(code=cue.code, cue=cue.key, rule="converse", verb=verb, tokens=(verb, obj),
                           source_override=tuple(givers), target_override=tuple(_with_conjuncts(_children(verb, SUBJ)[0])))
    return None


AID_ROOT = "07"


def _named_by_owner(noun: Token) -> bool:
    """Whether a noun's own phrase names whose it is: a possessor or a name before it ("EU aid",
    "Japan's loan", "American military assistance")."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
               or c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in children(noun) if c.i < noun.i)


def suffered(lexicon, verb: Token) -> Trigger | None:
    """Undergoing violence names its target as the subject: "she survived an assassination
    attempt", "the convoy sustained a rocket attack", "the post withstood an attack by militants",
    "police came under fire from TTP militants".
    The doer is whoever the noun's phrase names ("a Taliban attack", "an attack by militants"),
    else no one (an agentless act, as in the passive). Not an act of another kind ("suffered a
    heart attack": a modifier the cue does not name)."""
    lemma = verb.lemma_.lower()
    if lemma not in SUFFERING and lemma not in COMING_UNDER or not _children(verb, SUBJ):
        return None
    # "the convoy came under attack from jihadists", "the town was under fire": what it came under
    undergone = _children(verb, "dobj") if lemma in SUFFERING else \
        [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "under" for o in children(p) if o.dep_ == "pobj"]
    for obj in undergone:
        # (coming under something is only violence: "came under fire" is gunfire, not arson)
        cue = None if obj.pos_ != "NOUN" else lexicon.noun(noun_lemma(obj), _modifiers(obj)) if lemma in SUFFERING \
            else lexicon.sense_of_kind(noun_lemma(obj), _modifiers(obj), VIOLENT_ROOTS)
        if cue is None or cue.code[:2] not in VIOLENT_ROOTS:
            continue
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in cue.modifiers for c in children(obj)):
            continue
        doers = _prep_objects([obj], {"by", "from"}) or _prep_objects([verb], {"from"}) or [obj]
        return Trigger(code=cue.code, cue=cue.key, rule="suffered", verb=verb, tokens=(verb, obj),
                       source_override=tuple(doers), target_override=tuple(_with_conjuncts(_children(verb, SUBJ)[0])))
    return None


def participation(lexicon, verb: Token) -> Trigger | None:
    """Taking part in an event is doing it: "took part in a march", "participated in the talks",
    "joined in the attack". The event noun's own sense, for acts done by those taking part
    (meetings, cooperation, protest, force posture, violence); its phrases name the target."""
    lemma = verb.lemma_.lower()
    heads = [verb]
    if lemma == "take":
        heads += [o for o in _children(verb, "dobj") if o.lower_ == "part" and not list(o.lefts)]
        if len(heads) == 1:
            return None
    elif lemma in PARTICIPATING and _children(verb, "dobj"):
        return _joined_partner(lexicon, verb)
    elif lemma not in PARTICIPATING:
        return None
    for noun in _prep_objects(heads, {"in"}):
        if noun.pos_ != "NOUN":
            continue
        # the sense one joins ("joined a protest": 141, not a diplomatic protest), else the first; where
        # weapons take part, the sense they carry out ("jets and drones took part in the strikes": 190)
        armed = _armed_subject(verb) and lexicon.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), "carry", ("out",))
        cue = armed or lexicon.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), "join") \
            or lexicon.noun(noun.lemma_.lower(), _modifiers(noun))
        if cue is not None and cue.code[:2] in PARTICIPATED_ROOTS:
            return Trigger(code=cue.code, cue=cue.key, rule="participation", verb=verb, tokens=(verb, noun),
                           target_specs=cue.targets or ("prep:against|with",), target_heads=(noun,))
    return None


def _armed_subject(verb: Token) -> bool:
    """Whether weapons or their platforms are among the verb's subjects ("fighter jets, attack helicopters
    and armed drones took part")."""
    return any(t.lemma_.lower() in WEAPON_NOUNS | PLATFORM_NOUNS for s in _children(verb, SUBJ) for t in _with_conjuncts(s))


def _joined_partner(lexicon, verb: Token) -> Trigger | None:
    """'Russian paratroopers joined Serbian soldiers for the Slavic Brotherhood exercise': joining a
    partner for an activity that has a joint sense (an exercise, a drill, a patrol: CAMEO 062, "joint
    military games and maneuvers") is doing it jointly with them. Otherwise a partner named ("joined
    France in air strikes") makes the act the partner's too, which the noun alone does not say."""
    partners = _children(verb, "dobj")
    for noun in _prep_objects([verb], {"for", "in"}):
        joint = lexicon.joint_sense(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if joint is not None:
            return Trigger(code=joint.code, cue=joint.key, rule="participation", verb=verb, tokens=(verb, noun),
                           target_override=tuple(_with_conjuncts(partners[0])))
    return None


def nominal_event(lexicon, verb: Token) -> Trigger | None:
    """An event noun as the subject of an aspectual verb: "Palestinian riots against
    Israeli policies are continuing", "clashes between police and protesters erupted".
    The source is named inside the noun's phrase (see ``_build``)."""
    lemma = verb.lemma_.lower()
    # "fighting broke out"; not "tanks broke through the gate", "protesters broke into parliament"
    aspectual = lemma in ASPECTUAL and (lemma != "break" or any(c.dep_ == "prt" and c.lower_ == "out" for c in children(verb)))
    keeping = lemma in KEEPING and KEEPING[lemma] in {"", *(c.lower_ for c in children(verb) if c.dep_ == "prt")}
    if lemma in CONTINUING or lemma in STARTING or keeping:
        for obj in _children(verb, "dobj"):  # "forces continued their attacks on X": the object is the event
            cue = lexicon.noun(obj.lemma_.lower(), _modifiers(obj)) if obj.pos_ == "NOUN" else None
            if cue is not None and cue.code[:2] not in ("01", "02"):
                return Trigger(code=cue.code, cue=cue.key, rule="event-noun-object", verb=verb, tokens=(verb, obj),
                               target_specs=cue.targets or ("prep:against|on|with",), target_heads=(obj, verb))
    causing = lemma in CAUSING
    # what a causing verb sets off is coded after the act its subject tells ("the arrest of the mayor by
    # police sparked protests": the arrest first)
    caused = caused_event(lexicon, verb, lemma) if causing else None
    for subj in _children(verb, SUBJ | PASS_SUBJ):
        if subj.pos_ != "NOUN":
            continue
        cue = lexicon.noun_by_phrase(subj.lemma_.lower(), _modifiers(subj),
                                     [c.lower_ for c in children(subj) if c.dep_ == "prep"]) \
            if subj.lemma_.lower() in lexicon.nouns else None  # most subjects name no act
        if cue is None and not causing and (derived := _verb_of_nominal(lexicon, subj)) is not None:
            told = _told_whole(lexicon, verb, subj, derived[0])
            if told is not None:  # "Latvia's expulsion of two diplomats was announced": expel
                return replace(told, tokens=(subj, *derived[1]))
        if cue is None or "dobj" in cue.targets or cue.is_force:
            continue  # "political prisoners began a hunger strike": people acted on or sent, not an act
        if subj.dep_ in PASS_SUBJ:
            told = _told_whole(lexicon, verb, subj, cue)
            if told is not None:
                return told
            continue
        if aspectual and cue.code[:2] in VERBAL_ROOTS and not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children(subj)):
            # "protests by farmers continued": what goes on is the protest staged, not the one lodged
            # ("China's protests over the visit continued": a state's are lodged)
            cue = _staged(lexicon, subj, cue) or cue
        if aspectual or lemma in TOPIC_VERBS and cue.code[:2] == CONSULT_ROOT:
            return Trigger(code=cue.code, cue=cue.key, rule="event-noun-subject", verb=verb, tokens=(subj,),
                           target_specs=cue.targets or ("prep:against|on|with",), target_heads=(subj,),
                           source_override=(*(c for c in children(subj) if c.dep_ in ("amod", "compound", "poss") and c.i < subj.i),
                                            *_prep_objects([subj], {"by"})))  # "a strike by resident doctors began"
        told = _told_whole(lexicon, verb, subj, cue)
        if told is not None:
            return told
        if cue.code[:2] in VIOLENT_ROOTS and not causing and lemma != "be":  # "the invasion was illegal": a judgement
            # "air strikes hit a town", "shelling damaged the hospital": the violent act is the
            # noun, what it hit the verb's object; the doer is named inside the noun's phrase
            # (with its doer in a by-phrase, its of-phrase is whom it was done to: "the abduction of 20
            # students by gunmen took place"; the parser may hang the by-phrase on the of-phrase's noun)
            agents = tuple(_prep_objects([subj, *_prep_objects([subj], {"of"})], {"by"}))
            return Trigger(code=cue.code, cue=cue.key, rule="event-noun-subject", verb=verb, tokens=(subj, verb),
                           target_specs=("dobj", "prep:of", *cue.targets),
                           target_heads=(verb, subj), source_override=agents)
    return caused


# Verbs that make an act known: "Poland's deployment of troops was announced", "Iran's release of
# Floderus was confirmed by Stockholm"; the news is the act, its doer the noun's possessor (in the
# active voice the subject speaks for it: "Erdogan reiterated Turkey's support" is Erdogan's)
REPORTING = frozenset({"announce", "confirm", "restate", "reiterate", "reaffirm", "report", "disclose", "unveil",
                       "reveal", "publicise", "publicize", "outline", "detail"})
RESTATING = frozenset({"restate", "reiterate", "reaffirm"})  # one restates one's own stance
# Verbs that pass a said or done act on, or take it in, in the passive: "North Korea's threat to shoot down
# U.S. aircraft was carried by KCNA", "Nigeria's condemnation was conveyed to Pretoria's envoy", "Malaysia's
# endorsement of the bid was warmly received in Dili": the act was made, by its noun's possessor
TRANSMITTED = frozenset({"carry", "convey", "relay", "transmit", "communicate", "deliver", "circulate", "forward",
                         "publish", "broadcast", "air", "receive", "welcome", "greet"})


def _told_whole(lexicon, verb: Token, noun: Token, cue) -> Trigger | None:
    """'The arrest of Ousmane Sonko by gendarmes sparked clashes', '... was condemned': an act told whole,
    its doer after "by" and whom it was done to after "of", whatever the clause then says of it; or made
    known, its doer the possessor: "Poland's deployment of troops to the border was announced"."""
    agents = _prep_objects([noun], {"by"})
    owners = [c for c in children(noun) if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    if not agents and noun.dep_ in SUBJ and _presupposing(verb) and _act_with_arguments(lexicon, noun):
        # "Algeria's threat to suspend gas deliveries alarmed officials", "the Emir's visit to Nairobi focused
        # on energy": whatever the clause says of a possessed act, the act was made, by its possessor
        agents = owners
    if not agents and (verb.lemma_.lower() in REPORTING or noun.dep_ in PASS_SUBJ and verb.lemma_.lower() in TRANSMITTED):
        # whose it is ("Iran's release of Floderus was confirmed by Stockholm"); a stance restated is the
        # restater's own ("Paraguay's recognition of Taiwan was reaffirmed by President Pena")
        restaters = [o for a in children(verb) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"] \
            if verb.lemma_.lower() in RESTATING else []
        agents = restaters or owners
    if not agents or cue.code[:2] == "01":
        return None
    targets = cue.targets if any(t.startswith("prep:") and "of" in t[5:].split("|") for t in cue.targets) \
        else (*cue.targets, "prep:of")
    return Trigger(code=cue.code, cue=cue.key, rule="event-noun-agent", verb=verb, tokens=(noun,),
                   target_specs=targets, target_heads=(noun,), source_override=tuple(agents))


def _verb_of_nominal(lexicon, noun: Token) -> tuple[object, tuple[Token, ...]] | None:
    """(cue, its object nouns) of the verb a noun the noun lexicon has no sense for is the act of, by its
    suffix ("expulsion": expel, "rejection": reject), where that verb's cue acts on its object: the
    noun's of-phrase, which it needs, is then that object. As a verb's object may give its sense ("expelled two
    diplomats" is 161, not the 174 of expelling people), so does the of-phrase here."""
    objects = _of_objects(noun)
    if not objects:
        return None  # the act of a verb on its object names it: "Beijing's pressure on Taiwan" is no pressing
    for lemma in verbs_of(noun_lemma(noun), lexicon.verbs):
        cue = lexicon.verb(lemma)
        if cue is None or not cue.takes_dobj or cue.needs_object:
            continue
        for obj in objects:
            sense = lexicon.noun_for_light_verb(noun_lemma(obj), _modifiers(obj), lemma) if obj.pos_ == "NOUN" else None
            if sense is not None:  # "the expulsion of two Belarusian diplomats": whom the of-phrase names
                return replace(sense, targets=("prep:of", *(t for t in sense.targets if t != "prep:of"))), (obj,)
        return replace(cue, targets=tuple("prep:of" if t in ("dobj", "obj") else t for t in cue.targets)), ()
    return None


# What an act noun's own phrase names it of, to or against: "visit to Nairobi", "deployment of troops",
# "request for fuel from Iraq"; a bare "Vietnam's exports" or "Trump's deal" is a thing or a flow
ARGUMENT_PREPS = frozenset({"of", "to", "for", "from", "with", "against", "on", "over", "into", "toward", "towards"})


def _act_with_arguments(lexicon, noun: Token) -> bool:
    """A noun naming an act, as its verb does ("visit", "deployment": deploy; not "ambassador"), with an
    argument of its own (a prepositional object or a to-infinitive: "threat to suspend")."""
    lemma = noun.lemma_.lower()
    if lemma not in lexicon.verbs and not verbs_of(lemma, lexicon.verbs):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ARGUMENT_PREPS or c.dep_ == "acl" and infinitive(c) for c in children(noun))


def _presupposing(verb: Token) -> bool:
    """A clause that tells what an act did or led to ("prompted", "alarmed", "focused on"), asserted in
    the past or present: not a judgement ("was illegal"), a forecast or a possibility ("would end")."""
    return verb.lemma_.lower() != "be" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "neg" for c in children(verb))


def _staged(lexicon, noun: Token, cue):
    """A protest or strike that goes on is the one staged, not the one lodged: the noun's sense with an
    activity light verb, where its first sense is verbal."""
    if cue.code[:2] not in VERBAL_ROOTS:
        return cue
    return next((c for v in ACTIVITY_VERBS if (c := lexicon.noun_for_light_verb(
        noun.lemma_.lower(), _modifiers(noun), v)) is not None and c.code[:2] not in VERBAL_ROOTS), None)


def caused_event(lexicon, verb: Token, lemma: str) -> Trigger | None:
    """An act another brought about: "sparked protests by PTI workers", "triggered Kurdish protests".
    Only where the noun's own phrase names its doer; the causer is not it."""
    wanted = CAUSING_PARTICLES.get(lemma)
    if wanted is not None and not any(c.dep_ == "prt" and c.lower_ == wanted for c in children(verb)):
        return None  # "set" alone is no causing
    for obj in _children(verb, "dobj"):
        if obj.pos_ != "NOUN" or obj.lemma_.lower() not in lexicon.nouns:
            continue
        cue = lexicon.noun_by_phrase(obj.lemma_.lower(), _modifiers(obj), [c.lower_ for c in children(obj) if c.dep_ == "prep"])
        # a protest set off is one staged; criticism or demands set off are still said ("prompted criticism from")
        cue = (_staged(lexicon, obj, cue) or (cue if cue.code[:2] in ("10", "11") else None)) if cue is not None else None
        if cue is None or cue.code[:2] in ("01", "02", "03", "04", "05", "06"):
            continue  # a statement, appeal or meeting is said or held, not set off
        doers = (*(c for c in children(obj) if c.dep_ in ("amod", "compound", "poss") and c.i < obj.i),
                 *_prep_objects([obj], {"by", "from"}))
        if doers:
            return Trigger(code=cue.code, cue=cue.key, rule="caused", verb=verb, tokens=(obj,),
                           target_specs=cue.targets or ("prep:against|on|with",), target_heads=(obj,),
                           source_override=doers)
    return None


def between_event(lexicon, noun: Token) -> Trigger | None:
    """An event noun naming both parties: "after a meeting between Erdogan and Mitsotakis",
    "talks between Russia and Ukraine", "clashes between police and protesters".

    Only mutual events (intent, consultation, cooperation) and fighting; a mediation
    "between" two parties is done by someone else. Nouns a light verb already codes
    ("held talks") are taken by that rule first."""
    dep = noun.dep_
    if dep == "dobj" and _is_verbal(noun.head) and noun.head.lemma_.lower() not in CAUSING:
        return None  # "held talks with X": the light verb's; "sparked clashes between X and Y": the clashes
    pobjs = _prep_objects([noun], {"between"})  # first: most nouns have none, and the lexicon is dearer
    if not pobjs and (dep in SUBJ or dep in PASS_SUBJ) and any(c.lower_ == "between" for c in children(noun.head)) \
            and (dep in SUBJ and noun.head.lemma_.lower() in ASPECTUAL | OCCURRING
                 or dep in PASS_SUBJ and lexicon.noun_for_light_verb(
                     noun.lemma_.lower(), _modifiers(noun), noun.head.lemma_.lower()) is not None):
        # the parser hangs "between" on the verb: "clashes broke out between police and protesters",
        # "talks were held between Iranian and Saudi officials"
        pobjs = _prep_objects([noun.head], {"between"})
    if not pobjs or _circumstance(noun):
        return None
    lemma = noun.lower_ if noun.tag_ == "VBG" else noun.lemma_.lower()  # a gerund read as a verb: "Fighting between"
    cue = lexicon.noun(lemma, _modifiers(noun))
    if cue is None or cue.code[:2] not in BETWEEN_ROOTS or cue.code.startswith("045"):
        return None
    for pobj in pobjs:
        others = [c for c in pobj.conjuncts if c.i > pobj.i]
        if not others and _coordinated_modifiers(pobj):
            # "between Armenian and Azerbaijani forces": one head the actor coder reads as both parties
            return Trigger(code=cue.code, cue=cue.key, rule="between", verb=noun, tokens=(noun,),
                           source_override=(pobj,), target_override=())
        if others:
            both = cue.code[:2] in SYMMETRIC_ROOTS
            return Trigger(code=cue.code, cue=cue.key, rule="between", verb=noun, tokens=(noun,),
                           source_override=(pobj, others[0]) if both else (pobj,),
                           target_override=() if both else (others[0],))
    return None


ADJUNCT_PREPS = {"after", "during", "at", "following", "amid"}  # a meeting the clause's act came after or at
# being or going somewhere for talks with someone: "was in Warsaw for talks with Tusk"; not a visit coded
# on its own verb ("flew to Moscow for talks", "is due to visit X for meetings with Y": the visit is the event)
GOING_FOR = {"be", "go", "head", "come"}
MEETING_ROOT = "04"
VISIT = "042"  # make a visit: the journey's destination is its other party ("on his visit to Egypt")


def _set_off(prep: Token) -> bool:
    """A phrase that opens its sentence or follows a comma: an aside on the clause, not its complement."""
    return prep.i == prep.sent.start or prep.doc[prep.i - 1].is_punct


def adjunct_meeting(lexicon, noun: Token) -> Trigger | None:
    """A meeting named as the occasion of the clause's act, with its other party: "signed the accord
    after talks with the junta chief", "said so during a meeting with Blinken". The clause's subject
    met that party; the talks happened, whatever the clause says was done at them. So with a visit
    and where it went: "Erdogan, on his first visit to Egypt since 2012, ..." (not "ahead of his visit")."""
    prep = noun.head
    if noun.dep_ != "pobj" or not _is_verbal(prep.head) or not (
            prep.lower_ in ADJUNCT_PREPS or prep.lower_ == "for" and prep.head.lemma_.lower() in GOING_FOR
            or prep.lower_ in ("on", "in")):
        return None
    cue = lexicon.noun(noun.lemma_.lower(), _modifiers(noun))
    if cue is None or cue.code[:2] != MEETING_ROOT:
        return None
    visit = cue.code[:3] == VISIT
    if prep.lower_ == "on" and not (visit and _set_off(prep)) or prep.lower_ == "in" and not _set_off(prep):
        # ", on a visit to Cairo, ...", "In a phone call with Aliyev, ...": the occasion, set off;
        # "embarked on a trip", "engaged in talks" are the verb's own complement (its light verb),
        # "spoke on talks" their topic
        return None
    partners = _prep_objects([noun], {"to"} if visit else {"with"})
    if not partners:
        return None
    return Trigger(code=cue.code, cue=cue.key, rule="adjunct", verb=prep.head, tokens=(noun,),
                   target_override=tuple(t for p in partners for t in _with_conjuncts(p)))


JOINT = "060"  # CAMEO 060: engage in material cooperation, not specified below


def joint_act(lexicon, verb: Token) -> Trigger | None:
    """An act done jointly by two parties is material cooperation between them (CAMEO 06), whatever the
    act: "Senegal and Mauritania began joint production from the gas field", "U.S. and Philippine marines
    staged joint amphibious landings". Only with both parties named (coordinated subjects, or a partner
    "with" the verb or its noun), and only for a noun with no sense of its own in the lexicon: a joint
    statement is still said, joint drills still a military exercise (their own cues)."""
    if lexicon.frame(verb.lemma_.lower()) is not None:
        return None  # "proposed a joint patrol": an intent, which the frame codes
    for obj in _children(verb, {"dobj"}):
        jointly = any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in children(obj))
        if not jointly or obj.pos_ != "NOUN":
            continue
        own = lexicon.joint_sense(obj.lemma_.lower())  # "flew a joint patrol": the noun's joint sense (062)
        if own is None and lexicon.noun_roots(obj.lemma_.lower()):
            continue  # a sense of its own, not a joint one: "a joint statement" is said
        subjects = _children(verb, SUBJ)
        partners = _prep_objects([verb, obj], {"with"})
        if not (partners or subjects and (subjects[0].conjuncts or _both_sides(subjects[0]))):
            continue  # "Russia staged joint drills": with whom, the clause does not say
        return Trigger(code=own.code if own else JOINT, cue=own.key if own else f"joint:{obj.lemma_.lower()}", rule="joint",
                       verb=verb, tokens=(verb, obj), target_specs=("prep:with",), target_heads=(verb, obj))
    return None


def _coordinated_modifiers(noun: Token) -> bool:
    """A noun whose modifiers are coordinated: "U.S. and Philippine marines", "Armenian and Azerbaijani forces"."""
    return any(m.dep_ in ("amod", "compound", "nmod") and m.conjuncts for m in children(noun))


def _both_sides(noun: Token) -> bool:
    """A noun whose modifiers, or whose "from" phrase, name two parties: "U.S. and Philippine marines",
    "bombers from Russia and China"."""
    return _coordinated_modifiers(noun) or any(o.conjuncts for o in _prep_objects([noun], {"from", "of"}))
