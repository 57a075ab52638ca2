"""What the clause says of an act's parties refines its cue's code: a politician's attack in words (111), a
retort in words, people ordered out of a country (expelled), a warning of harm addressed to a state (a
threat), support avowed (051), a strike by those who down tools (143). Each refinement returns the
refined code, else None; ``refined_code`` applies them in turn and tags the rule."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from ..actors.context import DOMESTIC
from ..actors.nationality import ARMED_DOMESTIC
from .refine import PESSIMISTIC
from .syntax import TRAILING_SPEECH, _children, _modifiers
from .triggers import Trigger


LEAVING = frozenset({"leave", "depart", "quit", "exit", "vacate"})
EXPEL_INDIVIDUALS = "174"  # expel or deport individuals
COUNTRY_WORDS = frozenset({"country", "territory", "kingdom", "nation", "republic", "state"})


def ordered_out(lexicon, trig: Trigger, code: str) -> str | None:
    """'Venezuela ordered Argentina's diplomats to leave the country', 'gave the ambassador 72 hours to
    leave': ordering people to leave, or setting them a time to, expels them, in the sense the object's
    noun (or a named person's title: "French Ambassador Sylvain Itte") has when expelled ("diplomat" +
    expel: 161; peacekeepers: 1661), else, ordered out of a country, as individuals (174); not a demand
    (10) or an ultimatum (139) that they go. Others given time to leave (forces) are given a deadline."""
    if trig.frame == "order" and code[:2] == "10":
        objects = _children(trig.verb, "dobj")
    elif trig.rule == "ultimatum":
        objects = list(trig.target_override)
    else:
        return None
    if len(trig.tokens) < 2 or trig.tokens[-1].lemma_.lower() not in LEAVING:
        return None
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    obj = objects[0]
    named = [obj] if obj.pos_ == "NOUN" else [c for c in children(obj) if c.dep_ == "compound" and c.i < obj.i]
    for noun in named:
        sense = lexicon.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), "expel")
        if sense is not None:
            return sense.code
    if trig.rule == "ultimatum":
        return None  # (forces given a month to leave are given a deadline to withdraw)
    # anyone else only out of a country ("ordered the journalist to leave the country"), not a room or a square
    left = _children(trig.tokens[-1], "dobj")
    return EXPEL_INDIVIDUALS if left and (left[0].lemma_.lower() in COUNTRY_WORDS or left[0].ent_type_ == "GPE") else None


THREAT = "130"  # threaten, not specified
WARNED_ORGANS = frozenset({"GOV", "MIL"})  # a state warned through its government or forces


def addressed_warning(trig: Trigger, code: str, targets: list) -> str | None:
    """'Kim Yo Jong warned Seoul of a "horrible disaster"', 'Russia warned Finland of retaliation': a
    warning of harm addressed to a state is a threat (130); warned of a crisis with no one addressed
    it stays a pessimistic comment (012), as the dictionary's own 'warn of' patterns keep theirs."""
    if code != PESSIMISTIC or trig.cue != "verb:warn+of" or not targets:
        return None
    addressed = [t for t in targets if t.kind in ("country", "capital") or t.first_role in WARNED_ORGANS]
    return THREAT if len(addressed) == len(targets) else None


CRITICISM = "111"  # criticize or denounce
# Whose attacks are words: politicians, parties and officials named as persons (CAMEO 111; the
# dictionary's "the newspaper attacked", "sharply attacked" are the same sense)
SPEAKING_ROLES = frozenset({"GOV", "OPP", "LEG", "PTY", "ELI", "JUD"})
TARGET_KINDS = frozenset({"person", "role", "organisation", "group"})
# Those a state's leader attacks with force, not words: "Netanyahu launched an attack on Hamas"
FIGHTING_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "CRM", "IMG"})


def verbal_attack(trig: Trigger, code: str, sources: list, targets: list) -> str | None:
    """'Raila Odinga attacked President Ruto in a speech', 'used her speech to attack all the mainstream
    parties', 'launched an attack on President Ruto': a politician named as a person attacking persons,
    parties, governments or their services ("an attack on Australia's spy chiefs") criticises them (111).
    Not a country or a force ('Russia attacked Ukraine', 'rebels attacked the mayor'), nor an attack on
    a place, a thing or an armed group ("Netanyahu launched an attack on Hamas": his forces'); a state is
    spoken of where the clause goes on speaking ("launched a blistering attack on Pakistan, accusing
    Islamabad of ...")."""
    verbal = trig.rule == "verb" and trig.verb.lemma_.lower() == "attack" \
        or trig.rule == "light-verb" and trig.cue == "noun:attack"
    if not verbal or code[:2] not in VIOLENT_ROOTS or not sources or not targets:
        return None  # "launched an attack on", "led the attacks on"; not "an air attack", "a suicide attack"
    speakers = all(s.kind == "person" and s.role in SPEAKING_ROLES for s in sources)
    spoken_of = all(t.kind == "person" or (t.kind in TARGET_KINDS or t.kind == "country") and t.role is not None
                    and t.first_role not in FIGHTING_ROLES for t in targets)  # an organ, not the bare state
    # (or a state, where the attack goes on in speech: "launched a blistering attack on Pakistan, accusing
    # Islamabad of ...")
    spoken = _goes_on_speaking(trig.verb, TRAILING_SPEECH, ("advcl", "conj"), participle=True) \
        and all(t.first_role not in FIGHTING_ROLES for t in targets)
    return CRITICISM if speakers and (spoken_of or spoken) else None


# Force verbs whose "back" is a retort where the clause speaks ("fired back, saying it would recall its
# envoys", "hit back, saying the measures were unjustified"); not "troops fired back after militants attacked"
RETORT_VERBS = frozenset({"fire", "hit", "strike", "shoot", "lash"})
SPEAKING_ADJUNCTS = frozenset({"say", "insist", "state", "declare", "warn", "accuse", "call", "describe", "dismiss",
                               "reject", "denounce", "criticise", "criticize", "argue", "claim", "tell"})


def verbal_retort(trig: Trigger, code: str, sources: list) -> str | None:
    """'Mali's junta fired back late Sunday, saying it would recall its envoys': a force verb with "back"
    whose clause goes on to speak (a participle or clause of saying, accusing, calling) answers in
    words, a criticism (111), not with force. Not with an object or an instrument, nor by a force
    ("the army fired back, saying it had come under attack" fired)."""
    verb = trig.verb
    if code[:2] not in VIOLENT_ROOTS or verb.lemma_.lower() not in RETORT_VERBS or trig.rule != "verb" \
            or not sources or any(s.first_role in FIGHTING_ROLES for s in sources):
        return None
    kids = children(verb)
    if not any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in kids) or any(c.dep_ == "dobj" for c in kids) \
            or any(_with_instrument(c) for c in kids):
        return None
    speaks = _goes_on_speaking(verb, SPEAKING_ADJUNCTS, ("advcl", "xcomp", "ccomp", "conj"))
    return CRITICISM if speaks else None


def _goes_on_speaking(verb: Token, words: frozenset[str], deps: tuple[str, ...], participle: bool = False) -> bool:
    """Whether the verb's clause goes on in a verb of speaking (``words``) it governs as one of ``deps``
    ("fired back, saying ...", "launched an attack on Pakistan, accusing ..."); a participle only, if asked."""
    return any(c.dep_ in deps and c.lemma_.lower() in words and (not participle or c.tag_ == "VBG")
               for c in children(verb))


def _with_instrument(tok: Token) -> bool:
    """A "with" phrase of the verb, or of the object of its preposition ("struck back at the rebels with
    artillery", as the parser attaches it); not one inside a clause of its own ("saying it would close
    its borders with them")."""
    if tok.dep_ == "prep" and tok.lower_ == "with":
        return True
    return tok.dep_ == "prep" and any(p.dep_ == "prep" and p.lower_ == "with" for o in children(tok) for p in children(o))


ENDORSE = "051"  # praise or endorse
# Verbs that state support as one's own now: "pledged his full support for the initiative", "reaffirmed its
# commitment to the One China principle" (PLOVER SUPPORT: "express support for ... policy, action, or actor")
AVOWING = frozenset({"pledge", "promise", "vow", "reaffirm", "reiterate", "renew", "express", "declare", "voice"})
POLITICAL_SUPPORT = (">noun:support", ">noun:backing", ">noun:solidarity")  # (material support has its own cues)


def avowed_support(trig: Trigger, code: str) -> str | None:
    """Support pledged or reaffirmed for a party, its policy or its effort is support expressed (051), not an
    intent to give it later (032): political, non-material support is given in the saying. Material
    support keeps its intent ("pledged financial support": 0331), as does a commitment to act ("its
    commitment to collaborate with the government": 030)."""
    if code[:2] != "03" or trig.verb.lemma_.lower() not in AVOWING:
        return None
    if trig.frame == "intent" and trig.cue.endswith(POLITICAL_SUPPORT):
        return ENDORSE
    if trig.rule.startswith("light-verb") and trig.cue == "noun:commitment" and len(trig.tokens) > 1:
        to = [o for p in children(trig.tokens[1]) if p.dep_ == "prep" and p.lower_ == "to" for o in children(p)]
        return ENDORSE if to and all(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in to) else None
    return None


LABOUR_STRIKE = "143"  # conduct strike or boycott
# Who strikes by downing tools: people, workers and their bodies, parties and the professions
# (not a state, its forces or an armed group, whose strikes are blows)
STRIKING_ROLES = DOMESTIC | {"NGO"}


def labour_strike(trig: Trigger, code: str, sources: list) -> str | None:
    """'Indigenous groups launched a nationwide strike', 'unions launched a strike against the reform':
    a strike (noun) whose doers all hold a civilian role and none an armed one is a walkout (143), not a
    military strike (19), whatever light verb launched it."""
    if not trig.cue.startswith("noun:strike") or code[:2] not in VIOLENT_ROOTS or not sources:
        return None
    return LABOUR_STRIKE if all(s.first_role in STRIKING_ROLES for s in sources) else None


HOSTAGE_TAKING = "181"  # abduct, hijack, or take hostage
UNLAWFUL_HOLDERS = ARMED_DOMESTIC | {"CRM", "RAD"}  # armed groups of no state, criminals


def held_hostage(trig: Trigger, code: str, sources: list) -> str | None:
    """'Rebels are holding three aid workers', 'Hamas has held Gilad Shalit since 2006': people held by an
    armed group of no state are hostages (181), not detainees (173), as CAMEO tells abduction from arrest."""
    if trig.cue != "actor-object:hold" or not sources:
        return None
    armed = all(s.first_role in UNLAWFUL_HOLDERS or s.code.startswith("IMG") for s in sources)
    return HOSTAGE_TAKING if armed else None


def refined_code(lexicon, trig: Trigger, code: str, rule: str, sources: list, targets: list) -> tuple[str, str]:
    """(code, rule) once what the clause says of its parties and objects has refined the cue's code:
    a politician's verbal attack (+verbal), a retort in words (+retort), people ordered out of a country (+expel), a warning
    addressed to a state (+addressed), support avowed (+avowed), a walkout (+labour), people held by an armed
    group (+hostage)."""
    for refine, tag in ((lambda c: verbal_attack(trig, c, sources, targets), "verbal"),
                        (lambda c: verbal_retort(trig, c, sources), "retort"),
                        (lambda c: ordered_out(lexicon, trig, c), "expel"),
                        (lambda c: addressed_warning(trig, c, targets), "addressed"),
                        (lambda c: avowed_support(trig, c), "avowed"),
                        (lambda c: labour_strike(trig, c, sources), "labour"),
                        (lambda c: held_hostage(trig, c, sources), "hostage")):
        refined = refine(code)
        if refined is not None:
            code, rule = refined, f"{rule}+{tag}"
    return code, rule
