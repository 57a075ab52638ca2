"""Codes the parties refine: the same act is another CAMEO code by who does it to whom (a militia's
killing is unconventional violence, a government's protest an official complaint, workers' strike a
strike, soldiers' road block a blockade, a foreign state's curbs a sanction)."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor

UNCONVENTIONAL_SOURCES = {"UAF", "RAD", "CRM", "CVL", "OPP"}  # militias, extremists, criminals, mobs
VICTIM_ROLES = {"CVL", "REF", "EDU", "MED", "JRN", "HLH", "LAB", "AGR", "REL", "BUS"}


def unconventional(code: str, source: Actor, target: Actor | None) -> str:
    """CAMEO's line between 19 (conventional military force) and 18 (unconventional violence).

    A killing or attack with unspecified weapons (190) is 180 when militias, extremists,
    criminals or mobs do it, or when anyone but an armed force does it to civilians.
    """
    if code != "190":
        return code
    if source.first_role in UNCONVENTIONAL_SOURCES or (target is not None and target.first_role in VICTIM_ROLES and source.first_role != "MIL"):
        return "180"
    return code


SECURITY_ROLES = {"MIL", "COP"}
LAW_ROLES = {"COP", "JUD", "GOV"}  # who take people into custody by law
ABDUCTION, ARREST = "181", "173"  # abduct, take hostage; arrest, detain
DISSENT, OFFICIAL_COMPLAINT = "140", "114"  # engage in political dissent; complain officially


def foreign_sanction(code: str, source: Actor, target: Actor | None) -> str:
    """CAMEO's 172 is a decree or policy curbing the rights of civilians: a state's measure against
    its own people. The same measure against another state's officials or citizens ("imposed entry
    bans on six Georgian judges") restricts exchange as a punishment: a sanction (163)."""
    if code != "172" or target is None or not source.country or not target.country or source.country == target.country:
        return code
    if len(source.country) != 3 or len(target.country) != 3 or source.first_role not in (None, "GOV", "LEG"):
        return code
    if target.first_role in (None, "MED", "BUS"):
        # a thing of the country or a company fined is an administrative measure; banning newspapers
        # restricts what its own people read (the codebook's 1721 note on media)
        return code
    return "163"


def to_the_press(code: str, target: Actor | None) -> bool:
    """Speaking or meeting with journalists ("speaking to Reuters by telephone", "met reporters") is how a
    statement is made, not a consultation (CAMEO 04 is between parties to an issue)."""
    return code.startswith("04") and target is not None and (
        target.first_role == "MED" or not target.country and target.code.startswith("MED"))  # a news agency


def by_force(code: str, source: Actor) -> str:
    """Blocking roads is a protest's obstruction (144) when demonstrators do it; soldiers or police
    who block roads restrict movement (191), as CAMEO's codebook files it for armed forces. Seizing
    a person is an abduction (181) by anyone but the police, a court or a government, whose seizure
    of a person is an arrest (173)."""
    if code == "144" and source.first_role in SECURITY_ROLES:
        return "191"
    if code == ABDUCTION and source.first_role in LAW_ROLES:
        return ARREST  # "police captured the guerrilla leader": the state's organs of law arrest (173)
    return code


def official_protest(code: str, source: Actor, verb: Token) -> str:
    """A state or its government that protests does not take to the streets: CAMEO's 140 is
    civilians' dissent, a government's protest an official complaint (114): "the Philippines
    protested the firing of water cannon", "the foreign ministry protested the detentions"; so is an
    organisation of states' ("the UN protested"). Not a people named by its nationality ("thousands
    of Kenyans protested"), which the tables code as the country."""
    if code != DISSENT or source.code.startswith(("NGO", "IMG")):
        return code
    if source.first_role == "GOV":
        return OFFICIAL_COMPLAINT
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    named = subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ != "NORP"
    state = source.first_role is None and source.country is not None and (
        len(source.country) == 3 or source.code.startswith("IGO"))
    return OFFICIAL_COMPLAINT if state and named else code


WORKING_ROLES = frozenset({"LAB", "EDU", "HLH", "AGR", "BUS", "MED"})  # workers, teachers, doctors, farmers, traders
LABOUR_STRIKE = "143"  # conduct strike or boycott


def labour_strike(code: str, source: Actor, verb: Token) -> str:
    """'Teachers struck for better pay': workers who strike with nothing struck stop work (143), they
    attack no one (190, the news sense of the bare verb). Not with an object ("farmers struck a
    deal" is no cue of this)."""
    if code != "190" or verb.lemma_.lower() != "strike" or source.first_role not in WORKING_ROLES \
            or any(c.dep_ == "dobj" for c in children(verb)):
        return code
    return LABOUR_STRIKE


BLOCKADE, OBSTRUCTION = "191", "144"  # impose blockade (with armed forces); obstruct passage, block (a protest)
UNARMED_ROLES = WORKING_ROLES | {"CVL", "OPP", "REF", "REL", "NGO", "PTY"}


def civilian_blockade(code: str, source: Actor) -> str:
    """'Serbian students blockaded the headquarters of the state broadcaster': CAMEO's 191 is a blockade
    imposed with armed forces; people of no armed role who block passage protest (144)."""
    if not code.startswith(BLOCKADE) or source.first_role not in UNARMED_ROLES:
        return code
    return OBSTRUCTION
