"""What a sentence adds to an actor its own phrase leaves without a country.

A domestic role (rebels, protesters, students) names no state; the clause that
describes it often does: "rebel groups fighting Assad", "protesters who oppose the
Egyptian government". Such a group is of the state it faces, as CAMEO coders take
it; the rule is recorded on the actor (``+faces-country``).
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace
from typing import Callable

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .tables import INTERNATIONAL_CODES, names_a_state

# A document is never an actor: "a report accusing the army", "a resolution condemning X" are
# their issuer's acts (the governing clause's subject), not acts of whoever the document names.
DOCUMENT_NOUNS = frozenset({"report", "statement", "document", "resolution", "letter", "decree", "declaration", "communique",
                            "study", "survey", "article", "editorial", "memo", "memorandum", "bill", "law", "order",
                            "message", "note", "petition", "complaint", "verdict", "ruling", "indictment", "cable", "video",
                            "post", "tweet", "notice"})

DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # a determiner of something told before
BODY_ANAPHORS = frozenset({"bloc", "alliance", "grouping"})  # what news calls an organisation of states told before
# Words that name a body by its kind ("the International Court of Justice", "the Security Council"):
# "the court", "the council" name again the last organisation the article named by that word.
BODY_WORDS = frozenset({"court", "tribunal", "council", "commission", "union", "league", "agency", "fund", "bank", "committee",
                        "assembly", "organisation", "organization", "mission", "parliament", "community", "panel"})

# Proposals and positions, like documents, are their author's: "a US resolution", "the Russian proposal".
AUTHORED_NOUNS = DOCUMENT_NOUNS | {"proposal", "draft", "plan", "offer", "initiative", "demand", "request", "decision",
                                  "position", "policy", "stance", "claim", "bid"}

# Weapons and means that "kill", "hit" or "wound" in news prose without being actors; a role word
# modifying one names who used it ("Syrian army airstrikes", "police raids").
INSTRUMENT_NOUNS = frozenset({"bomb", "bombing", "explosion", "blast", "device", "shell", "shelling", "rocket",
                              "missile", "mortar", "grenade", "mine", "landmine", "drone", "airstrike", "strike", "raid",
                              "attack", "gunfire", "bullet", "ambush", "ied", "barrage", "attempt", "plot"})

# The rule of a country coded from a modifier of a thing ("the Nigerian bronzes", "Chinese goods").
THING_RULE = "country-of-thing"


def is_state(actor: Actor | None) -> bool:
    """A country's own actor (ISO3 country), not an organisation, region, stateless group or a thing of
    the country ("burned the Israeli flag")."""
    return actor is not None and actor.country is not None and len(actor.country) == 3 \
        and not actor.code.startswith(("IGO", "NGO", "IMG")) and actor.rule != THING_RULE


def as_place(actor: Actor) -> Actor:
    """A capital named as a place stands for the city, not for the government its name stands for in
    "Kyiv said": the country without the role."""
    if actor.rule != "capital" or not actor.role or not actor.country:
        return actor
    return replace(actor, code=actor.code[: -len(actor.role)], role=None, rule="capital+place")


def as_seat(actor: Actor, role: str = "GOV") -> Actor:
    """A capital named as a place that is visited: the government that hosts the visit ("arrived in Moscow")."""
    if actor.rule != "capital+place":
        return actor
    return replace(actor, code=actor.code + role, role=role, rule="capital")


def of_country(actor: Actor, iso3: str, why: str) -> Actor:
    """A role without a country given one, with the reason recorded on its rule (``+why``)."""
    return replace(actor, country=iso3, code=iso3 + actor.code, rule=f"{actor.rule}+{why}")


DOMESTIC_OR_ARMED = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "REB", "INS", "SEP", "UAF", "RAD", "PTY"})
FACING_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", None})  # a state or its organs


def shared_modifier(tok: Token, actor: Actor, found: dict[int, Actor]) -> Actor:
    """A bare conjunct shares the nationality word in front of the first: "Russian missiles and drones",
    "Sudanese soldiers and militiamen" (rule ``+shared-modifier``); "other" says the same of a conjunct
    after a person or body ("Iran's Supreme Leader Khamenei and other senior officials", rule ``+other``)."""
    first = tok.head
    if tok.dep_ != "conj" or actor.country is not None or not actor.role or first.i not in found:
        return actor
    owner = found[first.i]
    if any(c.dep_ == "amod" and c.lower_ == "other" for c in children(tok)):
        return of_country(actor, owner.country, "other") if owner.country and owner.country not in INTERNATIONAL_CODES else actor
    if any(c.dep_ in ("amod", "compound", "poss", "nmod", "det", "nummod", "quantmod") for c in children(tok)):
        return actor
    if owner.country is None or owner.kind == "person" \
            or not any(c.dep_ in ("amod", "compound") and c.i < first.i for c in children(first)):
        return actor
    return of_country(actor, owner.country, "shared-modifier")


def facing_country(tok: Token, actor: Actor, found: dict[int, Actor]) -> Actor:
    """``actor`` (coded at ``tok``) with the country of the state its describing clause faces."""
    if actor.country is not None or actor.first_role not in DOMESTIC_OR_ARMED:
        return actor
    for clause in children(tok):
        if clause.dep_ not in ("acl", "relcl"):
            continue
        for obj in children(clause):
            other = found.get(obj.i) if obj.dep_ == "dobj" else None
            if is_state(other) and other.first_role in FACING_ROLES:
                return of_country(actor, other.country, "faces-country")
    return actor


def fronted_place(tok: Token, actor: Actor, found: dict[int, Actor]) -> Actor:
    """A role without a country, subject of a sentence that opens on a capital ("In Beijing, Vice Foreign
    Minister Sun Weidong summoned ...", "In Manila, the foreign secretary welcomed ..."): a report turns
    to a state's reaction by naming its seat first, so the role is that state's (rule ``+fronted-place``),
    whatever the dateline or the paragraph before say."""
    if actor.country is not None or not actor.role or tok.dep_ not in ("nsubj", "nsubjpass"):
        return actor
    start = tok.sent.start
    for prep in children(tok.head):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > start + 1 or prep.i > tok.i:
            continue
        after = tok.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(tok.doc) else None
        place = next((found.get(o.i) for o in children(prep) if o.dep_ == "pobj"), None)
        if after is not None and after.text == "," and place is not None and place.rule == "capital+place":
            return of_country(actor, place.country, "fronted-place")
    return actor


STATEMENT_VERBS = frozenset({"say", "tell"})  # a statement made somewhere: "said in Tehran", "told reporters in Beijing"


def spoken_at_seat(tok: Token, actor: Actor, place_at: Callable[[int], Actor | None]) -> Actor:
    """A state's official with no state named, speaking in a capital ("foreign ministry spokesman Lu Kang
    told a regular briefing in Beijing", "the defence minister said in Tehran"): that state's (rule
    ``+spoken-at-seat``); the place where the statement is made, on the verb of saying or on whom or
    what it is made to, not a place the statement is about (``place_at``: the actor coded at a token
    index)."""
    if actor.country is not None or actor.code != actor.role or actor.first_role not in STATE_ORGANS \
            or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in STATEMENT_VERBS:
        return actor  # (a speaker whose code already carries a state: "Ulf Kristersson", SWEGOV)
    verb = tok.head
    holders = [verb, *(o for o in children(verb) if o.dep_ in ("dobj", "dative") or o.dep_ == "prep" and o.lower_ == "to")]
    holders += [p for h in holders[1:] if h.dep_ == "prep" for p in children(h) if p.dep_ == "pobj"]
    places = [place_at(o.i) for h in holders for prep in children(h) if prep.dep_ == "prep" and prep.lower_ == "in"
              and prep.i > verb.i for o in children(prep) if o.dep_ == "pobj"]
    seats = {a.country for a in places if a is not None and a.rule.startswith("capital")}
    return of_country(actor, seats.pop(), "spoken-at-seat") if len(seats) == 1 else actor


# How the article lends a role the state its own words do not give (the ``+why`` of ``of_country``):
# the state the story is about, the dateline's, the paragraph's, the people it acts on
LENT_COUNTRY_BASES = ("article-country", "dateline-country", "recent-country", "people-country")

# Roles that stand for a state's organ or people without saying which state ("the government",
# "police", "the army", "protesters"): the article's context gives it.
CONTEXT_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "EDU", "LAB", "REF", "MED", "BUS",
                           "AGR", "HLH", "REL", "CRM", "REB", "INS", "SEP", "UAF", "SPY", "ELI"})


def dominant_country(actors: list[Actor], dateline_country: str | None,
                     states_only: bool = False) -> tuple[str, str] | None:
    """(country, basis) the article is about, when it is clear: one state named at least twice and at
    least twice as often as any other ("article-country"); the dateline's ("dateline-country") when
    the article names no state at all, or names the dateline's state as often as any other.

    An organisation counts as a party of its own: in a story about EU ministers sanctioning Belarus,
    "the ministers" are not Belarusian. With ``states_only`` organisations do not count: whose army,
    police or protesters a UN statement on Myanmar speaks of is a question among states."""
    counts: dict[str, int] = {}
    for a in actors:
        key = a.code[:6] if a.code.startswith(("IGO", "NGO", "IMG")) else a.country
        if states_only and key and len(key) != 3:
            continue
        if key and (len(key) == 3 or key[:3] in ("IGO", "NGO", "IMG")):
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and names_a_state(ranked[0][0]) and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0], "article-country"
    if dateline_country and not any(len(k) == 3 for k in counts):  # a dateline alone says where, not whose (Geneva, Brussels, New York)
        return dateline_country, "dateline-country"
    if dateline_country and ranked and counts.get(dateline_country, 0) >= 2 and counts[dateline_country] >= ranked[0][1]:
        # two states, the story's own the most named ("FG summons Cameroonian envoy", written in
        # Abuja; a Manila paper on Chinese ships): the one it is written from is whose "Federal
        # Government", "Department of Foreign Affairs" and "police" they are
        return dateline_country, "dateline-country"
    return None


def home_country(actors: list[Actor], dateline_country: str | None) -> tuple[str, str] | None:
    """The dateline's state where the story names it at least twice and at least half as often as the
    most named one, but not most: whose roles they are where the paragraph names no state ("The
    government on Monday expelled six Canadian diplomats", written in New Delhi). A paragraph that
    names a state comes first: a Buenos Aires paper on Venezuela's election tells of "National
    Guard troops" after "in Caracas" (``recent_country``)."""
    if not dateline_country:
        return None
    counts = Counter(a.country for a in actors if names_a_state(a.country))
    top = max(counts.values(), default=0)
    return (dateline_country, "dateline-country") if counts[dateline_country] >= 2 and 2 * counts[dateline_country] >= top \
        else None


def facing_from_dateline(actor: Actor | None, other: Actor | None, dateline_country: str | None,
                         actors: list[Actor]) -> Actor | None:
    """A role the article's state would make one party with the state it acts on ("the government"
    accusing Doha, in a story that names Qatar most) takes the dateline's state instead, where the story
    names that state and it is not the other party's (rule ``+dateline-country``); else it stays as it
    was, without a state."""
    if actor is None or other is None or not dateline_country or dateline_country == other.country:
        return actor
    if actor.first_role in UNMARKED_AT_HOME or "thing" in other.rule:
        return actor  # (lawmakers welcoming another state's visit may be of either state)
    if not any(a.country == dateline_country for a in actors):
        return actor  # a correspondent's city in a story of other states
    return with_context_country(actor, (dateline_country, "dateline-country"))


RECENT_WINDOW = 800  # characters: about the paragraph before


def recent_countries(actors: list[Actor]) -> list[tuple[int, str]]:
    """(start, country) of the article's mentions that name a state's party, in text order: what
    ``recent_country`` reads."""
    return sorted((a.start, a.country) for a in actors
                  if a.start >= 0 and names_a_state(a.country))


def recent_country(mentions: list[tuple[int, str]], pos: int) -> tuple[str, str] | None:
    """The state of the mention nearest before ``pos`` (within about a paragraph), as the context of a
    role without a country where the article as a whole names none ("At home, the opposition rejected
    the figures", after Maduro; "National Guard troops fired tear gas", after "in Caracas"): a story
    about two states tells of each in its own paragraphs (rule ``+recent-country``)."""
    i = bisect.bisect_left(mentions, (pos, ""))
    if i == 0 or pos - mentions[i - 1][0] > RECENT_WINDOW:
        return None
    return mentions[i - 1][1], "recent-country"


# Mentions whose words point back to whose they are: "those governments", "its embassy"
ANAPHORIC = ("those ", "these ", "its ", "their ", "his ", "her ")
OWN = ("its ", "their ")  # a party's own, named by the pronoun of the clause's subject ("its armed forces")


STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})  # what only a state has: not its people


def story_pair(actors: list[Actor]) -> frozenset[str]:
    """The two states a story is about, where it is about two: each named at least twice, and together
    at least twice as often as all other states ("Government spokesman Piotr Müller accused Belarus",
    in a story of Poland and Belarus); else empty."""
    counts = Counter(a.country for a in actors if names_a_state(a.country))
    ranked = counts.most_common()
    if len(ranked) < 2 or ranked[1][1] < 2:
        return frozenset()
    two = ranked[0][1] + ranked[1][1]
    rest = sum(n for _, n in ranked[2:])
    return frozenset((ranked[0][0], ranked[1][0])) if two >= 2 * rest else frozenset()


def most_named_state(actors: list[Actor]) -> tuple[str, str] | None:
    """The state the article names most, where one is named at least twice and more than any other: most
    often the one it is written in and about (rule ``+most-named-country``)."""
    ranked = Counter(a.country for a in actors if names_a_state(a.country)).most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None  # (named once, a state is no story's own)
    return ranked[0][0], "most-named-country"


def with_recent_country(actor: Actor | None, other: Actor | None, mentions: list[tuple[int, str]],
                        home: tuple[str, str] | None = None, pair: frozenset[str] = frozenset(),
                        own: tuple[str, str] | None = None) -> Actor | None:
    """A role without a country takes the state of the mention nearest before the event's first party
    (``recent_country``), else the ``home`` one (``home_country``); not a pronoun, "those
    governments" or "its embassy" (whose country their antecedent gives), nor a party facing a state
    named as such ("Brazil urged the CNE": whose is the CNE?), but for a doer named before it the
    ``home`` one, where that is another state ("The government expelled six Canadian diplomats",
    written in New Delhi), or, in a story of two states (``pair``), the other one ("Government spokesman
    Piotr Müller accused Belarus", in a story of Poland and Belarus: rule ``+other-state``); a pronoun
    only the ``home`` one."""
    if actor is None or actor.start < 0 or actor.text.lower().startswith(ANAPHORIC):
        return actor
    if actor.code == "GOV" and other is not None and other.country and other.first_role in UNMARKED_AT_HOME:
        # "the Opposition Congress demanded that the government clarify its terms": a state's opposition,
        # parties, lawmakers and courts face their own government, whatever state the paragraph named
        return with_context_country(actor, (other.country, "own-government"))
    if other is not None and other.kind == "country" and other.rule != THING_RULE:  # (a thing of a state, "the
        # Israeli aggression", is no state named as such: "the Kingdom condemns the Israeli aggression")
        doer = other.start < 0 or actor.start < other.start  # (the party named first: the doer of "X expelled Y")
        if doer and home is not None and home[0] != other.country:
            return with_context_country(actor, home)
        if doer and home is None and other.country in pair and actor.first_role in STATE_ORGANS:
            return with_context_country(actor, (next(iter(pair - {other.country})), "other-state"))
        return actor
    if actor.kind == "pronoun":  # "he" said nearest a state's name may be anyone's
        return with_context_country(actor, home)
    if (home or own) is not None and actor.first_role in UNMARKED_AT_HOME:
        # "Senator Risa Hontiveros", "the opposition", "the House of Representatives": a story names a
        # foreign state's lawmakers, judges or parties by their state ("Australian senators"), its own
        # bare, whatever state the paragraph named before (``own``: the most named state, where the
        # dateline gives no home)
        return with_context_country(actor, home or own)
    first = min(actor.start, other.start) if other is not None and other.start >= 0 else actor.start
    found = recent_country(mentions, first) or home
    if other is not None and found is not None and found[0] == other.country and names_an_envoy(other):
        # "The Foreign Ministry summoned Chinese Ambassador Xiao Qian": a state's envoy is received,
        # summoned or expelled by another state, the one the article is written from or the other of two
        found = home if home is not None and home[0] != other.country else \
            (next(iter(pair - {other.country})), "other-state") if len(pair) == 2 and other.country in pair else None
    return with_context_country(actor, found)


UNMARKED_AT_HOME = frozenset({"LEG", "OPP", "JUD", "PTY"})


# A force's units, bases and vehicles: a role word modifying one names whose they are ("a Somali
# army convoy", "an Israeli police checkpoint"), as it names who used a weapon ("post" and "position"
# also name offices).
FORCE_ASSETS = frozenset({"convoy", "patrol", "base", "outpost", "checkpoint", "barracks",
                          "headquarters", "vehicle", "jet", "aircraft", "plane", "helicopter", "warship", "ship",
                          "vessel", "boat", "unit"})

# The weapons among them: things, where the rest ("the attack", "the raid") are acts.
WEAPON_NOUNS = frozenset({"bomb", "device", "vest", "explosive", "shell", "rocket", "missile", "mortar", "grenade", "mine", "landmine",
                          "drone", "bullet", "ied", "tank", "artillery", "warhead", "munition", "ammunition"})
# Platforms: parties where they act ("Israeli jets struck"), goods where they are handed over
# ("delivered 735 aircraft").
PLATFORM_NOUNS = frozenset({"aircraft", "warplane", "jet", "helicopter", "warship", "submarine", "frigate"})


def names_a_weapon(actor: Actor, nouns: frozenset[str] = WEAPON_NOUNS) -> bool:
    """Whether the mention's head word (its last) is a weapon ("attack drones", "a missile"), not an act;
    or one of other ``nouns``."""
    words = actor.text.lower().replace("-", " ").split()
    last = words[-1].strip(".,;:'\"()") if words else ""
    return last in nouns or last.endswith("s") and last[:-1] in nouns


# Roles an organisation of states does not have: an army, police, courts, a legislature, a people.
# Whose they are is the most named state's, whatever organisations the story also names.
STATE_ONLY_ROLES = CONTEXT_ROLES - {"GOV", "ELI", "MED", "HLH"}


def with_context_country(actor: Actor | None, context: tuple[str, str] | None,
                         state_context: tuple[str, str] | None = None) -> Actor | None:
    """A role without a country ("the government said") takes the article's country, rule recorded;
    a role only a state has ("the military") takes ``state_context`` where there is one."""
    if actor is not None and state_context is not None and actor.first_role in STATE_ONLY_ROLES:
        context = state_context
    if actor is not None and context is not None and _unknown_person(actor):
        # a person the tables do not know ("Marine Le Pen"): most likely of the country the story is
        # about. The country only, the rule saying why, the name kept; no code, which would make the
        # person the state itself
        return replace(actor, country=context[0], rule=f"{actor.rule}+{context[1]}")
    if actor is None or context is None or actor.country is not None or actor.first_role not in CONTEXT_ROLES:
        return actor
    if actor.kind not in ("role", "group", "pronoun", "person") or actor.code != actor.role:
        return actor  # a titled person the tables do not know ("Foreign Minister Yvan Gil") is a role too
    if names_a_weapon(actor):
        return actor  # "a downed drone", "448 attack drones": whose they are is who used them, not where
    iso3, basis = context
    return of_country(actor, iso3, basis)


def _unknown_person(actor: Actor) -> bool:
    """A person spaCy's recogniser names and the tables do not know: no code, no country."""
    return actor.kind == "person" and not actor.code and actor.country is None and actor.rule == "entity:person"


DOMESTIC = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "MED", "BUS", "AGR", "HLH", "REL", "PTY"})


def organ_of_people(organ: Actor | None, people: Actor | None) -> Actor | None:
    """A state organ without a country ("the military government") that a country's own people
    act on or against is that country's: Sudanese protesters accuse Sudan's government."""
    if organ is None or people is None or organ.country is not None or organ.first_role not in STATE_ORGANS:
        return organ
    if people.first_role not in DOMESTIC or not people.country or len(people.country) != 3 or names_a_weapon(organ):
        return organ
    if organ.first_role == "MIL" and people.rule.endswith(("place-country", "dateline-country")):
        return organ  # people of the place an army struck: "fighters attacked southern Israel, killing 1,000 people"
    return of_country(organ, people.country, "people-country")


def one_party(a: Actor, b: Actor) -> bool:
    """Whether two mentions are one party: the same code and name. Two unnamed groups of people of one
    role are two where the text names two ("a mob beat a man": both civilians; "the Uttar Pradesh
    government ... the Gujarat government"); not two mentions of a weapon or platform ("a Chinese
    military aircraft ... the plane")."""
    if a.key != b.key:
        return False
    groups = all(x.role and not x.name and "thing" not in x.rule and not names_a_weapon(x, WEAPON_NOUNS | PLATFORM_NOUNS)
                 for x in (a, b))
    return not groups or a.text.lower() == b.text.lower()


def same_state(a: Actor, b: Actor) -> bool:
    """Whether two actors are one party: the same actor, or a state and one of its own organs or
    people where one side is the bare state ("Belarus" and "the Belarusian government"): an event
    needs two parties, and a state does not act on its own organ as a whole."""
    if a.key == b.key:
        return True
    return bool(a.country) and a.country == b.country and (a.code == a.country or b.code == b.country)

# Generic words for a non-state group named before: "the group's commander", "the militia's leader" are the
# last such group's (sentence.antecedent)
GROUP_WORDS = frozenset({"group", "militia", "movement", "faction", "outfit", "organisation", "organization"})
GROUP_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "PTY", "CRM", "RAD"})  # roles of groups of no state

# A state's envoys, named again by any of these words ("US Ambassador Daniel Foote ... the envoy"): whose
# envoy they are holds for the whole article, however far back they were named (sentence.antecedent)
ENVOY_TITLES = frozenset({"ambassador", "envoy", "emissary"})
MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation"})  # where envoys work


def names_an_envoy(actor: Actor) -> bool:
    """Whether the actor is named as an envoy or a state's mission abroad ("the ambassador's", "the US
    envoy", "the French embassy"): a state's party in another state."""
    return bool((ENVOY_TITLES | MISSION_WORDS) & set(actor.text.lower().replace("'s", "").split()))


# Nouns for those who stand against or beside someone: "Erdogan's critics", "rivals of Diab" are not
# Erdogan or Diab (their domestic opponents: SentenceActors.adversaries); "Ukraine's allies", "Israel's
# neighbours" are other states, which the phrase does not name.
ADVERSARY_HEADS = frozenset({"critic", "opponent", "rival", "enemy", "foe", "adversary", "detractor"})
ALLY_HEADS = frozenset({"ally", "partner", "neighbour", "neighbor", "backer", "friend"})
