"""Which actors are an event's parties: a thing of a country against a party named as such, a
place near the cue, the source named again, a relative clause's object, coordinated parties of a
mutual act, visits that need a host, the state where an agentless arrest happened, an event noun
as a passive's subject, and what a release released."""
from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from ..actors.context import DEFINITE, THING_RULE
from ..actors.entities import people_actor
from ..actors.tables import is_measure
from ..records import Actor
from .arguments import target_groups
from .syntax import PASS_SUBJ, SUBJ, _children, _with_conjuncts, adverbial_relative
from .triggers import ActorFn, Trigger

# Fighting is between its coordinated parties: "Armenia and Azerbaijan fought two wars", "clashed".
FIGHTING = {"fight", "clash", "battle", "war", "fighting", "skirmish", "clashes", "exchange", "hostility"}


def _relative_gap(verb: Token) -> list[Token]:
    """The object a relative clause leaves out: "two Tajik diplomats it accused of spying" (the clause has
    a subject of its own and no object; the noun it describes is what it acts on)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") \
            or any(o.lower_ not in ("that", "which", "whom", "who") for o in _children(verb, {"dobj"})):
        return []  # an object of its own ("that"/"which" stand for the noun itself)
    if adverbial_relative(verb):
        return []  # "Putrajaya, where the two leaders met", "the base from which they fired": a place, not what is done to
    subj = _children(verb, SUBJ)
    if not subj or subj[0].lower_ in ("who", "which", "that") or any(c.lower_ == "whose" for c in children(subj[0])):
        return []  # "Eritrea, whose troops fought": the noun is the subject's owner, not the object
    return _with_conjuncts(verb.head)


def _restates(found: Actor, source: Actor) -> bool:
    """A party found near the cue that is the source again under another name ("Bayramov repeated
    Baku's demand"): the same code, and not another named person of it ("returned the mandate to
    President Demirel")."""
    return found.code == source.code and not (found.kind == "person" and found.name and found.name != source.name)


def _place(actor: Actor) -> bool:
    """A bare country or place: no better a party than a thing of the country it replaces."""
    return actor.kind == "country" and actor.role is None


def _thing(actor: Actor) -> bool:
    """A country standing for a thing of it ("the Nigerian bronzes"), not a party."""
    return actor.rule == THING_RULE


def _first_party(groups: list[list[Token]], code_actors: ActorFn) -> list[Token]:
    """The first target slot that names a party; a slot naming only things of a country
    ("returned the Nigerian bronzes to the Nigerian government") yields to a later slot that names one."""
    things: list[Token] = []
    for group in groups:
        found = [a for t in group for a in code_actors(t)]
        if found and not all(_thing(a) for a in found):
            return group
        if found and not things:
            things = group
    return things


def passive_recipients(trig: Trigger, code_actors: ActorFn) -> list[Token]:
    """A passive whose subject is a thing still names its recipient: "the statue was returned by
    France to Egypt", "aid was given to the refugees". The cue's slots other than the object (which
    the passive made its subject), first that names a party."""
    specs = [s for s in trig.target_specs if s.strip() not in ("dobj", "obj", "comp_subj")]
    return _first_party(target_groups(specs, trig.target_heads or (trig.verb,)), code_actors) if specs else []


def names_a_party(actor: Actor) -> bool:
    """An actor a state, an organisation or a person stands behind; not a thing ("power", "the
    text of an accord") nor a bare force or crowd of no country ("10,000 troops")."""
    return bool(actor.code) and actor.kind != "thing" and (bool(actor.country) or actor.kind in ("organisation", "person"))


def _fighting(trig: Trigger) -> bool:
    return any(t.lemma_.lower() in FIGHTING for t in trig.tokens)


def code_root_is_visit(code: str) -> bool:
    """Making or hosting a visit (042, 043): a journey with a host."""
    return code[:3] in ("042", "043")



EXPELLING = frozenset({"expel", "deport"})  # verbs whose object is sent out of the country that did it


def state_of_place(verb: Token, code_actors: ActorFn) -> Actor | None:
    """The country an agentless arrest or expulsion happened in ("was arrested in Rwanda"): the
    object of the verb's own "in" or "from", when it names a country or its capital."""
    for prep in (c for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("in", "from")):
        for pobj in (p for o in _children(prep, "pobj") for p in (o, *_children(o, "appos"))):  # "the capital, Yaoundé"
            found = [a for a in code_actors(pobj) if _place(a) and a.country]
            if found:
                return found[0]
    return None


# Where a state holds people (CAMEO.2.0's &DETENTION synset, with "captivity"): one freed from it was
# freed by the state that held it
DETENTION_PLACES = frozenset({"detention", "detainment", "jail", "prison", "penitentiary", "custody", "confinement",
                              "captivity"})


def state_of_custody(verb: Token, code_actors: ActorFn) -> Actor | None:
    """The state that held those an agentless release freed, where the text makes the place of detention
    its own ("were released from Israeli jails", "freed from Russian captivity"). A place of detention
    only located in a country ("released from detention in Somalia") may be anyone's: hostage-takers too."""
    for prep in (c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "from"):
        for held in (o for o in _children(prep, "pobj") if o.lemma_.lower() in DETENTION_PLACES):
            found = [a for a in code_actors(held) if a.country and _thing(a)]
            if found:
                return replace(found[0], code=found[0].country, role=None, name=None, kind="country",
                               rule=found[0].rule + "+custody")
    return None


PLACE_PREPS = ("in", "across", "throughout")  # where a protest is held: "broke out in Caracas", "across Kenya"
PROTESTERS = "OPP"  # who protest (the role tables' "protester", "demonstrator")
CIVILIANS = "CVL"  # people of no other role


def named_place(heads: list[Token], preps: Collection[str], code_actors: ActorFn, fits: Callable[[Actor], bool],
                inner: bool = False) -> Actor | None:
    """The first actor that ``fits`` in a place phrase of the heads ("in Caracas", "across Kenya", "on
    Nairobi"), with ``inner`` also in an of-phrase of its object ("in working-class districts of
    Caracas")."""
    for head in heads:
        for prep in (c for c in children(head) if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in _children(prep, "pobj"):
                of = [o for p in children(pobj) if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p, "pobj")]
                found = next((a for t in (pobj, *(of if inner else ())) for a in code_actors(t) if fits(a)), None)
                if found is not None:
                    return found
    return None


def place_country(heads: list[Token], code_actors: ActorFn) -> str | None:
    """The country of the place a clause's heads say it happened in ("in Caracas", "in working-class
    districts of Caracas", "across Kenya"): a country or a place of one, named by the head's own
    place phrase or an of-phrase in it."""
    place = named_place(heads, PLACE_PREPS, code_actors, lambda a: _place(a) and bool(a.country), inner=True)
    return place.country if place is not None else None


def new_protest(noun: Token, verb: Token) -> bool:
    """A protest the clause tells as news ("protests broke out", "demonstrations spread"), not one
    told before ("the protest ended peacefully", "their demonstrations continued")."""
    told = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in children(noun))
    return not told and verb.lemma_.lower() != "end"


def implied_protesters(noun: Token, verb: Token, code_actors: ActorFn, offset: int) -> Actor:
    """'Protests broke out in Caracas', 'demonstrations spread across Kenya': a protest whose
    protesters go unnamed is still theirs, as the noun says: protesters (OPP) of the country where it
    is held, else, with no country here, of the article's (filled in with the other bare roles)."""
    country = place_country([verb, noun], code_actors)
    return Actor(text=noun.text, code=(country or "") + PROTESTERS, country=country, role=PROTESTERS,
                 start=offset + noun.idx, end=offset + noun.idx + len(noun.text),
                 rule="implied:protesters" + ("+place-country" if country else ""), kind="role")


# Verbs of protest only people do (not "shares rallied", "the column marched"): their plural subject
# is a body of people whatever the tables know of its noun
PEOPLE_PROTEST_VERBS = frozenset({"protest", "demonstrate", "picket", "riot", "agitate"})


def protesting_people(verb: Token, subj_toks: list[Token], code_actors: ActorFn, offset: int) -> list[Actor]:
    """'Job seekers demonstrated in Sohar': the people a protest verb's plural subject names, though the
    tables lack its noun, civilians (CVL) of the country the clause places them in; none for a subject
    the tables code, a name, a quantity ("prices"), or where the clause names no place of a country."""
    if verb.lemma_.lower() not in PEOPLE_PROTEST_VERBS or len(subj_toks) != 1:
        return []
    noun = subj_toks[0]
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or is_measure(noun) or code_actors(noun):
        return []
    country = place_country([verb], code_actors)
    if country is None:
        return []  # "purists may protest": people of nowhere the clause says are no party to code
    people = people_actor(noun, offset, country)
    return [replace(people, code=country + CIVILIANS, role=CIVILIANS, kind="group", rule="protest-verb:people+place-country")]


# Organs of a state that arrest, detain or expel: forces, courts, and the ministries over them
ENFORCING_ROLES = frozenset({"COP", "MIL", "JUD", "SPY"})
ENFORCING_MINISTRIES = ("interior", "home", "security", "justice", "police", "prosecutor", "attorney")


def state_of_reporter(reporters: list[Actor]) -> Actor | None:
    """The organ that reports an agentless arrest or expulsion ("the interior ministry said 107 people
    had been detained", "police said three men were arrested"): it did it, as CAMEO coders take it.
    Only an enforcing organ (police, army, court, intelligence, an interior or justice ministry, a
    prosecutor or attorney general), and
    only one: a foreign ministry telling of its citizens detained abroad is not who detained them."""
    if len(reporters) != 1:
        return None
    reporter = reporters[0]
    if not reporter.code or reporter.code.startswith(("IGO", "NGO")):
        return None
    # (a country need not be named: "Attorney General Tarek William Saab said", the article's context gives it)
    ministry = reporter.role == "GOV" and any(w in reporter.text.lower() for w in ENFORCING_MINISTRIES)
    return reporter if reporter.role in ENFORCING_ROLES or ministry else None


def passive_event_noun(trig: Trigger) -> bool:
    """Whether a passive light verb's subject is the cue's own event noun ("Japan's protest was
    delivered to Beijing", "the EU's sanctions on Iran were extended"): its possessor is the doer
    where no agent is named, and its own phrases, not the noun, name the target. Not people the
    noun names ("prisoners were released": they are whom it is done to)."""
    noun = trig.tokens[1] if trig.rule == "light-verb" and len(trig.tokens) > 1 else None
    return noun is not None and noun.dep_ in PASS_SUBJ and noun.head == trig.verb and "dobj" not in trig.target_specs


# Kinship nouns: a person whoever the tables know of them
KIN = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "child", "relative",
                 "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter", "grandfather",
                 "grandmother", "fiance", "fiancee", "widow", "parent"})


def released(trig: Trigger, targets: list[Actor]) -> Trigger | None:
    """A release by what was released: persons ("released 20 prisoners", 0841), a country's property
    ("the Nigerian bronzes", 0842), or none at all (None: "released treated wastewater", "a statement":
    a singular thing no table knows is no one released)."""
    objects = _children(trig.verb, "dobj")
    if not objects:
        return trig
    if not targets and objects[0].tag_ == "NN" and objects[0].lemma_.lower() not in KIN:
        return None  # (a kinsman is a person: "released the kidnapped father of footballer Luis Diaz")
    if targets and all(_thing(a) for a in targets) and objects[0].lemma_.lower() not in KIN:
        return replace(trig, code="0842")
    return trig


FORCE_GIVING_ROOTS = frozenset({"03", "05", "06", "07"})  # intents, support, cooperation, aid given to a force
FORCE_HEADS = frozenset({"force", "mission", "operation", "contingent"})  # an organisation's force abroad


def hosted_force(code: str, targets: list[Actor], tgt_toks: list[Token], verb: Token, code_actors) -> list[Actor]:
    """Troops or support given to an international force in a country are given to that country:
    "sending troops to the United Nations peacekeeping force in South Sudan" (CAMEO 074, peacekeeping,
    is aimed at the country kept; its linked event is that country receiving the peacekeepers). Only
    an organisation's force or mission (IGO) with where it serves, on the force or on the verb; a
    state's own army keeps its name ("sent weapons to the Ukrainian army in Donbas")."""
    if code[:2] not in FORCE_GIVING_ROOTS:
        return targets
    out: list[Actor] = []
    for actor in targets:
        host = None
        words = actor.text.lower().split()
        if actor.code.startswith("IGO") and (actor.code.endswith("MIL") or words and words[-1] in FORCE_HEADS):
            heads = [t for t in tgt_toks if t.text in actor.text] + [verb]
            places = [a for h in heads for p in children(h) if p.dep_ == "prep" and p.lower_ == "in"
                      for o in children(p) if o.dep_ == "pobj" for a in code_actors(o)]
            host = next((a for a in places if a.kind == "country" and a.country), None)
        out.append(replace(host, rule=host.rule + "+hosted-force") if host is not None else actor)
    return out


# Forces sent into another state at its request protect it: CAMEO 074 ("Provide peacekeepers or other
# military forces for protection"), not a build-up against anyone (154).
PROTECTION = "074"
DEPLOYMENT_ROOT = "15"
REQUEST_NOUNS = frozenset({"request", "invitation", "behest"})
OCCASION_PREPS = frozenset({"at", "upon", "on", "following", "after"})


def _askers(heads: list[Token]) -> list[Token]:
    """Who asked, in "at the request of X", "at X's request", "following an invitation from X"."""
    out: list[Token] = []
    for head in heads:
        for prep in children(head):
            if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
                continue
            for noun in (o for o in children(prep) if o.dep_ == "pobj" and o.lemma_.lower() in REQUEST_NOUNS):
                owners = [c for c in children(noun) if c.dep_ == "poss"]
                owners += [o for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("of", "from")
                           for o in children(p) if o.dep_ == "pobj"]
                out.extend(t for o in owners for t in _with_conjuncts(o))
    return out


def requested_force(code: str, sources: list[Actor], trig: Trigger, code_actors: ActorFn) -> list[Actor]:
    """The parties of another state at whose request forces were sent ("sent 400 police officers to
    Haiti at the request of the Haitian government", "troops ... at his request"): the forces are for
    their protection (074, aimed at them). Empty: not a deployment, or asked for by no one of another
    state than every sender's (a governor asking the president for the army is a build-up at home)."""
    if (code[:2] != DEPLOYMENT_ROOT and code != PROTECTION) or not sources:
        return []  # (a deployment its clause already says is to help or keep the peace is one still)
    heads = [trig.verb, *(t for t in trig.tokens[1:] if t.pos_ in ("NOUN", "PROPN"))]
    heads += [c for h in heads for c in children(h) if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN"]
    own = {s.country for s in sources}
    if None in own:
        return []
    return [a for t in _askers(heads) for a in code_actors(t) if a.country and a.country not in own]


# The nouns of a command an act is carried out under: "on the orders of President Maduro", "at the behest of
# Riyadh", "on Moscow's instructions" name who had it done.
COMMAND_NOUNS = frozenset({"order", "orders", "instruction", "instructions", "command", "behest", "direction", "directive"})
COMMAND_PREPS = frozenset({"on", "at", "under", "upon"})


def orderers(verb: Token, code_actors) -> list[Actor]:
    """Who ordered an act its clause leaves without a doer: "troops were deployed to the border on the orders
    of President Maduro" (the possessor or the of-phrase of a command noun in an on/at/under phrase of the
    verb)."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in COMMAND_PREPS:
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj" or noun.lower_ not in COMMAND_NOUNS:
                continue
            owners = [c for c in children(noun) if c.dep_ == "poss"] \
                + [o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"]
            found = [a for o in owners for a in code_actors(o) if a.code]
            if found:
                return found
    return []

