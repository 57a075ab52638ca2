"""What one mention in a sentence is, before the sentence's actors are read (``sentence.py``): a place
named as where ("in Sydney", "in prison"), a person's name the tables lack, a name the tokenizer broke,
a label and its name ("BLA: Balochistan Liberation Army militants"), "both sides" and "the two", a
security force's role, a title's words, and the heads that stand for a group or refer back to one."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp import children
from ..records import Actor
from .entities import entity_span, entity_type
from .article import ArticleContext
from .context import ENVOY_TITLES
from ..events.syntax import reporters_participle


# Prepositions that only ever say where: a capital after them is the city, never its government
# ("a curfew in Bangkok", "talks in Moscow"; unlike "a letter to Moscow", "sanctions on Tehran").
WHERE_PREPS = frozenset({"in", "at", "near", "across", "throughout", "through", "around", "outside", "inside"})
LOCATIVE_PREPS = WHERE_PREPS | {"from", "to", "into"}  # where, or whence and whither

# Institutions English names with no article when it means being there for what they are for
# ("in prison", "to court", "from hospital", "at school": the zero article of institutions, as
# grammars of English list them): a state or stay, never the body that runs the place.
ZERO_ARTICLE_INSTITUTIONS = frozenset({"prison", "jail", "gaol", "court", "hospital", "school", "college",
                                       "university", "church", "mosque", "temple", "custody"})


def _bare_pobj(tok: Token) -> bool:
    """A singular noun, object of a preposition, with no determiner, owner, count or phrase of its own."""
    return tok.tag_ == "NN" and tok.dep_ == "pobj" and not any(
        c.dep_ in ("det", "poss", "compound", "nummod", "prep") for c in tok.children)


FORCE_PREPS = frozenset({"by", "with"})


def manner_force(tok: Token) -> bool:
    """ "took the town by force", "responded with (full) force": force as the manner of an act, never a
    force that acts ("by the police force", "with a joint force" are forces)."""
    return _bare_pobj(tok) and tok.head.lower_ in FORCE_PREPS and tok.lemma_.lower() == "force"


def _zero_article_institution(tok: Token) -> bool:
    """ "sentenced to life in prison", "took the ministry to court": a place and state, not an actor;
    nor is a manner ("by force")."""
    if manner_force(tok):
        return True
    return _bare_pobj(tok) and tok.head.lower_ in LOCATIVE_PREPS and tok.lemma_.lower() in ZERO_ARTICLE_INSTITUTIONS \
        and not any(c.dep_ == "amod" for c in tok.children)


def _based_in(tok: Token) -> bool:
    """The place of an "X-based" modifier ("a Singapore-based consultancy"): where, not who."""
    return tok.dep_ == "npadvmod" and tok.head.lower_ == "based"


def _is_location(tok: Token, actor: Actor) -> bool:
    """A country or city named as a place ("stores in Sydney", "coffee from Brazil", "a London-based group")."""
    return actor.kind == "country" and (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS or _based_in(tok))


# Heads that stand for the group their of-phrase names ("leaders of the opposition").
PLACE_ACTORS = frozenset({"country", "seat", "region", "capital"})  # actor kinds a place phrase codes to
GENERIC_HEADS = frozenset({"leader", "member", "head", "chief", "official", "spokesman", "spokeswoman",
                           "spokesperson", "representative", "delegation", "group", "activist", "supporter"})

# Heads that name the opponents of what their of-phrase names ("critics of the government").

# Nouns that, with "both" or "the two", name the two parties of a conflict ("both sides").
OPPOSED_NOUNS = frozenset({"side", "party", "rival", "belligerent", "camp"})

# Plural nouns that refer back to the two parties a story is about.
GROUP_NOUNS = frozenset({"leader", "side", "country", "nation", "government", "party", "president",
                         "minister", "delegation", "state", "neighbour", "neighbor", "rival", "counterpart",
                         "army", "military"})

FIRST_PERSON_SET = frozenset({"i", "me", "we", "us", "our", "my"})


# The titles of a head of state, which "the head of state" names again
HEAD_OF_STATE_TITLES = frozenset({"president", "king", "queen", "emir", "sultan", "monarch"})


def head_words(tok: Token) -> frozenset[str]:
    """The head nouns an earlier mention of what ``tok`` names again has: its own ("the army"), or for
    "the head of state" a head of state's titles."""
    if tok.lemma_.lower() == "head" and any(p.lower_ == "of" and any(c.lower_ == "state" for c in children(p))
                                            for p in children(tok)):
        return HEAD_OF_STATE_TITLES
    if tok.lemma_.lower() in ENVOY_TITLES:
        return ENVOY_TITLES
    return frozenset({tok.lemma_.lower().rstrip("s")})


def _same_head(prior: str, heads: frozenset[str]) -> bool:
    """Whether an earlier mention's text has one of the ``heads`` (``head_words``: "the Sudanese army"
    ... "the army"); it may be a whole coordination ("Ethiopia's government and leaders of the Tigray
    region")."""
    return any(w.strip(",.").rstrip("s") in heads for w in prior.lower().split())


# Nouns that name an act of any kind ("condemned the move", "welcomed the decision"): the story's first deed
GENERIC_ACTS = frozenset({"move", "decision", "step", "action", "act", "announcement", "outcome",
                          "incident"})  # "expressed concern over the incident": the news reacted to
MAX_ANTECEDENT_PARTIES = 2  # an act noun names the parties of the last such act: its doer, or both sides
ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "dep"})


def _person_name(tok: Token) -> bool:
    """The last word of a person's name the recogniser marks, a name of two words or more ("Park
    Min-soo"; not "Bill" in "the 2024 Finance Bill", which the recogniser may take for a first name)."""
    span = entity_span(tok)
    if span is None or span[1] != tok.i + 1 or tok.pos_ != "PROPN" or entity_type(tok) != "PERSON":
        return False
    return sum(1 for t in tok.doc[span[0]:span[1]] if t.pos_ == "PROPN" and t.is_alpha) >= 2


def misread_acronym(tok: Token) -> bool:
    """An acronym the tagger has not seen, read as an adverb of the verb after it ("USAID provided ...")
    or as a verb in its subject's place ("ECOWAS/VBN on Monday suspended ...", "ECOWAS/VBG leaders meeting
    in Abuja imposed ...": a clausal subject)."""
    return (tok.dep_ in ADVERBIAL_DEPS or tok.dep_ in ("nsubj", "nsubjpass", "csubj")) and tok.is_upper and tok.is_alpha and len(tok) > 1 and tok.head.i > tok.i \
        and tok.head.pos_ in ("VERB", "AUX")



# Nouns for members of either security force ("officers"): the article's other mentions tell which.
EITHER_FORCE = frozenset({"officer"})


# Nouns for someone who acts for another: with a possessor, they are the possessor's agents.
# Who speaks or acts for someone named after them: "the prosecutor's office", "an aide to Putin", "a
# spokesman for the Foreign Ministry"; each head with the prepositions that name whom it serves.
AGENT_PREPS = {"representative": ("of",), "aide": ("of", "to"), "adviser": ("of", "to"), "advisor": ("of", "to"),
               "office": ("of", "to"), "spokesman": ("of", "for"), "spokeswoman": ("of", "for"),
               "spokesperson": ("of", "for"), "negotiator": ("of", "for")}
AGENT_HEADS = frozenset(AGENT_PREPS)
# Heads of a body, whose office is that body's: a state's president governs, a golf club's does not
BODY_HEADS = frozenset({"president", "chairman", "chairwoman", "chairperson", "director"})


def _security_role(tok: Token, actor: Actor, ctx: ArticleContext) -> Actor:
    """'officers' in a story about police (police named before, no army) are police officers (COP),
    not the military the role table gives by default (rule ``+context-role``)."""
    if actor.first_role != "MIL" or tok.lemma_.lower() not in EITHER_FORCE:
        return actor
    roles = {a.role for a in ctx.recent}
    if "COP" not in roles or "MIL" in roles:
        return actor
    code = (actor.code[:-3] if actor.code.endswith("MIL") else actor.code) + "COP"
    return replace(actor, role="COP", code=code, rule=actor.rule + "+context-role")


def _labelled(tok: Token, found: dict[int, Actor]) -> Actor | None:
    """A conflict record's actor and its full name, "X: Y" ("JNIM: Group for Support of Islam and Muslims
    militants", "BLA: Balochistan Liberation Army militants"): one actor named twice, coded by whichever
    of the two the tables know. ``tok`` is the label (then the phrase after the colon, up to its
    clause's verb, gives the actor: its head or its last coded word) or the phrase's head (the label)."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == ":":
        phrase = []
        for t in doc[tok.i + 2:min(len(doc), tok.i + 12)]:
            if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in "()-":
                break
            phrase.append(t)
        coded = [found[t.i] for t in phrase if t.i in found and _party(found[t.i])]
        return coded[-1] if coded else None
    first = tok.left_edge.i
    if first >= 2 and doc[first - 1].text == ":" and (label := found.get(doc[first - 2].i)) is not None and _party(label):
        return label
    return None


def _party(actor: Actor) -> bool:
    """A coded actor that is not a bare place ("Balochistan Liberation Army militants", not "Balochistan")."""
    return bool(actor.code) and (actor.role is not None or actor.kind not in PLACE_ACTORS)


# Singular nouns for many people, which English names again by "they" and "them" ("security forces
# dispersed the crowd ... fired tear gas at them")
COLLECTIVE_NOUNS = frozenset({"crowd", "mob", "throng", "group", "gang", "band"})


def _plural_antecedent(tok: Token, found: dict[int, Actor]) -> Actor | None:
    """The nearest plural noun actor earlier in the pronoun's sentence ("sanctioned 12 Venezuelan officials,
    accusing them of ..."), not a place ("in the Gulf states"), nor a whole coordination (the article's plural)."""
    start = tok.sent.start
    # not the subject of the pronoun's own clause: "officers detained them" are not the officers (a
    # pronoun object is never its own clause's subject; that would be "themselves")
    def subjects(verb: Token) -> set[int]:
        return {c.i for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")}

    own: set[int] = set()
    if tok.dep_ != "nsubj":
        own = subjects(tok.head)
        if not own and tok.head.dep_ in ("advcl", "xcomp", "conj"):  # "..., accusing them of": the inherited subject
            own = subjects(tok.head.head.head if reporters_participle(tok.head) else tok.head.head)
    for i in range(tok.i - 1, start - 1, -1):
        head = tok.doc[i]
        actor = found.get(i)
        plural = head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in COLLECTIVE_NOUNS
        if actor is not None and plural and head.pos_ == "NOUN" and not head.conjuncts \
                and not _is_location(head, actor) and i not in own:
            return actor
    return None


def _broken_name(tok: Token) -> Span | None:
    """A person's or organisation's name the parser split into siblings ("Omar al-Bashir of Sudan"
    parsed as four subjects): the whole entity, to code as one phrase; None for a name parsed whole."""
    if tok.ent_type_ not in ("PERSON", "ORG") or tok.pos_ != "PROPN":
        return None
    bounds = entity_span(tok)
    if bounds is None or bounds[1] - bounds[0] < 2:
        return None
    ent = tok.doc[bounds[0]:bounds[1]]
    inside = set(range(*bounds))
    heads = [t for t in ent if t.head.i not in inside or t.head.i == t.i]
    return ent if len(heads) > 1 else None


def _both_or_the_two(kids: set[str]) -> bool:
    return "both" in kids or {"the", "two"} <= kids


# What makes "parties" the sides of a fight or a deal rather than political parties: "both parties",
# "the warring parties", "all parties" (where the story has told a fight)
SIDE_WORDS = frozenset({"warring", "conflicting", "opposing", "belligerent", "feuding", "rival"})


def sides_not_parties(tok: Token, fight_told: bool) -> bool:
    """Whether "parties" names the sides of a conflict, not political parties: "both parties", "the
    two parties", "the warring parties"; "all parties" in a story of a fight ("called on all parties
    to observe a ceasefire"). Never with "political" or a party's own words ("all opposition parties")."""
    if tok.lemma_.lower() != "party" or tok.tag_ != "NNS":
        return False
    mods = {c.lower_ for c in children(tok) if c.dep_ in ("det", "predet", "nummod", "amod", "compound", "nmod")}
    if mods - {"all", "both", "the", "two", *SIDE_WORDS}:
        return False  # "political parties", "opposition parties", "the two main parties"
    return bool(mods & SIDE_WORDS) or _both_or_the_two(mods) or "all" in mods and fight_told


NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}


def _the_many(tok: Token) -> int | None:
    """How many 'the three countries', 'all four leaders' counts back to (more than two), or None."""
    kids = {c.lower_ for c in children(tok)}
    if not kids & {"the", "all"}:
        return None
    return next((NUMBERS[k] for k in kids if k in NUMBERS), None)


def _the_two_alone(tok: Token) -> bool:
    """"the two held a meeting", "both said ...": the number or "both" itself as the subject, no noun
    after it (not "two of the suspects", which counts people of its own phrase)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" for c in children(tok)):
        return False
    if tok.lower_ == "both":
        return True
    return tok.lower_ == "two" and tok.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok))



# What opposing a thing is said with: its owner is whom it is aimed at ("against the government's plan",
# "rejected the president's accusations", "condemned the ministry's decision")
OPPOSING = frozenset({"against", "protest", "oppose", "reject", "deny", "dismiss", "refute", "rebut", "condemn",
                      "denounce", "decry", "criticise", "criticize"})


def _title_words(tok: Token, modifiers: tuple[str, ...] = ("compound",)) -> str:
    """A noun with the ``modifiers`` before it: the words of a title ("Prime Minister", "foreign minister")."""
    return " ".join(t.text for t in sorted([tok, *(c for c in children(tok) if c.dep_ in modifiers and c.i < tok.i)],
                                           key=lambda t: t.i))


def _opposed(thing: Token) -> bool:
    """A thing opposed: the object of "against", "protest", "oppose" ("against the government's plan")."""
    return thing.dep_ in ("dobj", "pobj") and thing.head.lemma_.lower() in OPPOSING
