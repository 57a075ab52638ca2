"""What is not a political event, whatever the words say.

* **Discards** (``data/discards.tsv``, from the Phoenix discard list): phrases that
  mark a whole story (sport fixtures, awards, celebrity news) or one sentence as not
  political news. A discarded story yields no events; a discarded sentence none.
* **Political actors**: an event needs a political actor on at least one side: a
  state acting as a whole, its agents (government, military, police, courts,
  legislature), an organisation (of states, or a known NGO), an armed or political
  group. A person known only by nationality ("Kenya's Grace Wanjiru"), a company, a
  customer or a film character is not one, and two of them make no event; threats,
  protest and violence are political whoever commits them.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from pathlib import Path

from spacy.tokens import Span, Token

from ..actors.article import NONCOMBATANT_ROLES
from ..actors.context import LENT_COUNTRY_BASES
from ..actors.convention import chunks
from ..nlp import children, span_text
from ..records import Actor
from .objects import POSTURE
from .parties import _place, _thing

PATH = Path(__file__).with_name("data") / "discards.tsv"
TOPICS_PATH = Path(__file__).with_name("data") / "topics.tsv"
# A story with this many distinct terms of one non-political domain, and no political anchor
# among its actors, is not political news.
TOPIC_TERMS = 4
# A story whose headline does not name its domain is still of it when its terms outnumber its
# political actors (a weight of at most MAX_WEAK_ANCHORS) OVERWHELMING times over, and a few more:
# a cricket report whose "captain" the tables read as an army officer.
MAX_WEAK_ANCHORS = 3
OVERWHELMING = 3
OVERWHELMING_TERMS = 4
# how a role takes a state from the story rather than from its own words (actors/context.py)
CONTEXT_BASES = tuple(f"+{basis}" for basis in LENT_COUNTRY_BASES)
ANCHOR_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "RAD", "SPY"})

# Roles that make an actor political by themselves (CAMEO actor codebook: government and
# state agents, opposition, parties, armed and militant groups, intelligence, IGO agents).
POLITICAL_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "RAD",
                             "SPY", "ELI", "MOD", "IGO", "NGO", "IMG", "HRI"})
ORGANISATION_PREFIXES = ("IGO", "IMG", "NGO", "NGM")
COMPANY_PREFIX = "MNC"  # multinational corporations in the Phoenix tables


# Clauses that describe a noun, not what the sentence reports ("the election, which the NLD won in a
# landslide"), and a finite clause of time or reason beside the main one ("held talks ... after the two
# leaders watched part of a cricket match": the match is when, the talks what)
BACKGROUND_DEPS = frozenset({"relcl", "appos", "acl"})
TIME_CLAUSE_DEPS = frozenset({"advcl"})
# And clauses that say why or when an act was done: a disease, a disaster or a past war told there is
# the occasion of the act ("arrived to help fight the Ebola outbreak"), not the story's topic
OCCASION_DEPS = BACKGROUND_DEPS | {"advcl", "xcomp"}

# Punctuation that can touch a word ("goalkeeper," "(Wimbledon)"); hyphens and apostrophes stay
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ".,;:!?()[]{}\"“”‘’/"})


@dataclass(frozen=True, slots=True)
class Discards:
    story: re.Pattern[str] | None
    sentence: re.Pattern[str] | None
    first_words: frozenset[str] = frozenset()  # a text without one of these cannot match: skip the regex
    circumstances: frozenset[str] = frozenset()  # sentence phrases that name an occasion (scope=circumstance)

    def _may_match(self, text: str) -> bool:
        return not self.first_words.isdisjoint(text.lower().translate(_PUNCT_TO_SPACE).split())

    def story_phrase(self, text: str) -> str | None:
        m = self.story.search(text) if self.story is not None and self._may_match(text) else None
        return m.group(0) if m else None

    def sentence_phrase(self, text: str) -> str | None:
        m = self._sentence_match(text)
        return m.group(0) if m else None

    def _sentence_match(self, text: str) -> re.Match[str] | None:
        return self.sentence.search(text) if self.sentence is not None and self._may_match(text) else None

    def discards_sentence(self, sent: Span, is_act: Callable[[Token], bool] | None = None) -> str | None:
        """The discard phrase that makes the sentence no political news, or None. A phrase in a relative
        clause or an apposition tells the background of what the sentence reports, not its topic ("the
        general election, which the NLD won in a landslide"); a disease, disaster or past war in a
        noun's own phrase or a clause of purpose or time is the act's occasion ("delivered food to
        survivors of Typhoon Haiyan", "arrived to help fight the Ebola outbreak"). Nor is a phrase that
        measures an act (``is_act``: the lexicon's event nouns) a match's or a tournament's: "a third round
        of talks"."""
        text = span_text(sent)
        m = self._sentence_match(text)
        if m is None:
            return None
        if is_act is not None and _measures_an_act(sent, sent.start_char + m.end() - 1, is_act):
            return None
        occasion = " ".join(m.group(0).lower().split()) in self.circumstances
        deps = OCCASION_DEPS if occasion else BACKGROUND_DEPS
        char = sent.start_char + m.start()
        tok = next((t for t in sent if t.idx <= char < t.idx + len(t)), None)
        while tok is not None:
            if tok.dep_ in deps or occasion and tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN"):
                return None
            if tok.dep_ in TIME_CLAUSE_DEPS and any(c.dep_ == "mark" for c in children(tok)) \
                    and any(c.dep_ == "nsubj" for c in children(tok)):
                return None
            tok = tok.head if tok.head.i != tok.i else None
        return m.group(0)


def _measures_an_act(sent: Span, last_char: int, is_act: Callable[[Token], bool]) -> bool:
    """Whether the phrase ending at ``last_char`` is a measure whose of-phrase names an act ("the third
    round of talks", "a third round of sanctions"), not a round of a tournament."""
    last = next((t for t in sent if t.idx <= last_char < t.idx + len(t)), None)
    return last is not None and any(is_act(p) for prep in children(last) if prep.dep_ == "prep" and prep.lower_ == "of"
                                    for p in children(prep) if p.dep_ == "pobj" and p.pos_ == "NOUN")


SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")  # a final score as one token: "3–0"
SCORE_DEPS = frozenset({"npadvmod", "dobj", "advmod", "attr", "dative"})


def scoreline(verb) -> bool:
    """'Brazil beat Argentina 2-1', 'Ghana thrashed Nigeria 3–0': a clause whose verb takes a final
    score is a match report, its "attack" a win (whatever teams the country names stand for)."""
    # (the score on the verb, or read as the number of its object: "beat Cameroon 2-1")
    scores = [c for c in children(verb) if c.dep_ in SCORE_DEPS]
    scores += [n for c in scores if c.dep_ in ("dobj", "dative") for n in children(c) if n.dep_ == "nummod" and n.i > c.i]
    for c in scores:
        if SCORE.fullmatch(c.text):
            return True
        nxt = c.doc[c.i + 1: c.i + 3]
        if c.like_num and len(nxt) == 2 and nxt[0].text in ("-", "–") and nxt[1].like_num and nxt[1].head == c:
            return True
    return False


def _pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """One regex of the phrases, longest first. Where every phrase begins with an ASCII letter or digit,
    the alternatives are grouped under their first character ("b(?:asketball|oxing)|c(?:ricket)"):
    the same matches, found about ten times faster (the engine tries each alternative at each
    position). Equivalent because a character matches at most one such first character under re.I,
    so at any position only one group can match, and in it the phrases keep their order."""
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    if all(p[0].isascii() and p[0].isalnum() for p in ordered):
        groups: dict[str, list[str]] = {}
        for p in ordered:
            groups.setdefault(p[0].lower(), []).append(_alternative(p[1:]))
        alts = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    else:
        alts = "|".join(_alternative(p) for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


def _alternative(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


def read_discards(path: Path = PATH) -> Discards:
    scopes: dict[str, list[str]] = {"story": [], "sentence": [], "circumstance": []}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    if lines[0] != "phrase\tscope":
        raise ValueError(f"[E124] {path.name}: header is not 'phrase<TAB>scope'")
    for n, line in enumerate(lines[1:], 2):
        phrase, _, scope = line.partition("\t")
        if scope not in scopes or not phrase:
            raise ValueError(f"[E124] {path.name}:{n}: bad row {line!r}")
        scopes[scope].append(phrase)
    firsts = frozenset(p.split()[0] for ps in scopes.values() for p in ps)
    return Discards(_pattern(scopes["story"]), _pattern(scopes["sentence"] + scopes["circumstance"]), firsts,
                    frozenset(scopes["circumstance"]))


@functools.cache
def load_discards() -> Discards:
    return read_discards(PATH)


def is_political(actor: Actor | None) -> bool:
    """Whether an actor can make an event political on its own (see the module docstring)."""
    if actor is None or not actor.code:
        return False
    if actor.code.startswith(ORGANISATION_PREFIXES) or actor.kind == "organisation" and actor.rule.startswith("org") \
            and not actor.code.startswith(COMPANY_PREFIX):
        return True  # (a company the tables name is a company: "Boeing delivered 40 aircraft to Ryanair")
    if actor.role is not None:
        return any(role in POLITICAL_ROLES for role in chunks(actor.role))
    # a state acting as a whole ("Japan", "the United States"); a person or a thing with only a
    # nationality is not one
    return actor.kind == "country"


CONTENTIOUS_ROOTS = frozenset({"13", "14", "15", "17", "18", "19", "20"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# ending a protest or strike (082 ease political dissent) and refusing to (1242) are part of the
# protest: political whoever protests, as the protest itself is
DISSENT_CODES = ("082", "1242")
RELEASE_CODE = "0841"  # return, release persons
CAPTOR_ROLES = frozenset({"CRM"})  # criminal gangs: their abductions are coded (violence), so are their releases


def political_pair(source: Actor | None, target: Actor | None, code: str = "", near: bool = False) -> bool:
    """Whether an event between these two is political. Threats, protest and violence are
    political acts whoever commits them, as long as the tables code the doer (a group of
    civilians, strikers, an ethnic group); a business only against someone the tables code
    ("a mining company's guards shot two villagers"), its other attacks and battles being over
    markets ("we attacked the premium segment", "Samsung is attacking the smartphone market in India")
    or with other companies. A place struck is no party: an unknown name's violence
    against it is not political. Other events need a political actor on one side; a place found
    near the cue (``near``) is where a business acted, not a party ("two mining companies ended talks
    on a joint venture in Western Australia"), though a thing of a state is the state's ("reforms
    to Morocco's family code")."""
    if target is not None and source is not None and _company(source) and not _possessed(target) \
            and (near and _place(target) or _thing_read(target)):
        target = None  # (nor is a thing of a country a business acts on: "invest in its Kentucky plant")
    if code[:2] == POSTURE and source is not None and source.first_role in NONCOMBATANT_ROLES \
            and (target is None or not target.code):
        return False  # a show of force is an armed body's or a state's: "residents have mobilised to save their pub"
    contentious = code[:2] in CONTENTIOUS_ROOTS or code.startswith(DISSENT_CODES)
    if contentious and source is not None and source.code \
            and (not _company(source) or target is not None and bool(target.code) and not _company(target)
                 and not _place(target) and not _thing_read(target)):
        return True
    if contentious and source is not None and not source.code and target is not None \
            and target.kind == "country" and target.role is None:
        return False  # a name the tables do not know striking a place ("Cyclone Yasi struck the coast"): no party
    if code[:2] in VIOLENT_ROOTS and source is not None and source.rule == "entity:group" and target is not None and target.code:
        return True  # a body the tables do not know that kills or beats people is an armed group: "members of Barrio 18"
    if code.startswith(RELEASE_CODE) and source is not None and source.first_role in CAPTOR_ROLES and target is not None \
            and bool(target.code):
        return True  # freeing those one abducted undoes an abduction, political whoever abducts: "bandits released 137 pupils"
    return is_political(source) or is_political(target)


# A state's chain of command: an order from one of them to another is its administration at work (a
# court's order, or a parliament's, is one organ of a state checking another: an event).
COMMAND_ORGANS = frozenset({"GOV", "MIL", "COP"})


def internal_directive(code: str, rule: str, source: Actor | None, target: Actor | None) -> bool:
    """A bare order ("directed the regulator to ...", "ordered all troops to return to their units": a
    demand, 100, with no act of its own coded) from a state's executive, army or police to its own
    executive, army or police: a state running itself, no event between parties. An order naming an
    act ("ordered the closure of the consulates") is coded as that act; an order to a person, a company
    or a foreign party stays."""
    if code != "100" or "frame:order" not in rule or source is None or target is None:
        return False
    if source.first_role not in COMMAND_ORGANS or not (target.first_role in COMMAND_ORGANS or target.code == target.country):
        return False  # (a bare state is its body the tables do not know: "directed the Nigerian Communications Commission")
    return source.country == target.country  # (both without a country: "the ministry directed the regulator")


def _company(actor: Actor) -> bool:
    """A business: its role, or a company the tables name."""
    return actor.first_role == "BUS" or actor.code.startswith(COMPANY_PREFIX)


def _thing_read(actor: Actor) -> bool:
    """A thing the tables read as a country's ("its Kentucky plant": parties._thing) or as the place it
    stands in ("the smartphone market in India", rule +thing-at-place); not an issuer found through its
    document (+thing-antecedent), who is a party."""
    return _thing(actor) or "+thing-at-place" in actor.rule


def _possessed(actor: Actor) -> bool:
    """A country named as the owner of the thing its words name ("Morocco's family code")."""
    return "'s " in actor.text.replace("\u2019", "'")


@dataclass(frozen=True, slots=True)
class Topics:
    """Non-political domains and their vocabulary (``data/topics.tsv``): the domains of each term, and
    the lengths of the terms each first word begins, so that a text is read word by word, once."""

    domains: Mapping[str, tuple[str, ...]]  # term (lower case, single-spaced) -> its domains
    lengths: Mapping[str, tuple[int, ...]]  # first word -> the lengths in words of its terms, longest first
    order: tuple[str, ...]  # the domains in the file's order: the first of equally dense ones wins

    def domain_of(self, text: str, threshold: int = TOPIC_TERMS) -> tuple[str, tuple[str, ...]] | None:
        """The non-political domain ``text`` is densest in, with the terms found, if dense enough. A term
        matches whole words, its last one also plural or possessive ("films", "the singer's"), the
        longest term at a word first; a term counts once however often it occurs."""
        words = _WORDS.findall(text.lower())
        found: dict[str, set[str]] = {}
        i = 0
        while i < len(words):
            step = 1
            for n in self._lengths_at(words[i]):
                terms = self._terms(words[i:i + n]) if i + n <= len(words) else ()
                if terms:
                    served: set[str] = set()
                    for term in terms:  # per domain, the form as written first ("shareholders", not also "shareholder")
                        for domain in self.domains[term]:
                            if domain not in served:
                                served.add(domain)
                                found.setdefault(domain, set()).add(term)
                    step = n
                    break
            i += step
        best: tuple[str, tuple[str, ...]] | None = None
        for domain in self.order:
            terms = found.get(domain, ())
            if len(terms) >= threshold and (best is None or len(terms) > len(best[1])):
                best = (domain, tuple(sorted(terms)))
        return best

    def _lengths_at(self, word: str) -> tuple[int, ...]:
        own = self.lengths.get(word, ())
        if word[-1] not in "s'\u2019" or 1 in own:
            return own  # most words: no plural or possessive to undo
        return (*own, 1) if any(f in self.domains for f in _forms(word)[1:]) else own

    def _terms(self, words: list[str]) -> tuple[str, ...]:
        """The terms these words are, their last one as written, singular or without its possessive."""
        head = " ".join(words[:-1])
        return tuple(dict.fromkeys(t for f in _forms(words[-1]) if (t := f"{head} {f}" if head else f) in self.domains))


_WORDS = re.compile(r"[^\W_][\w'\u2019\-]*")


def _forms(word: str) -> tuple[str, ...]:
    """A word as written and as a term may list it: "films" (film), "matches" (match), "singer's" (singer)."""
    word = word.replace("\u2019", "'")
    forms = [word]
    if word.endswith("'s"):
        forms.append(word[:-2])
    elif word.endswith("'") and len(word) > 1:
        forms.append(word[:-1])
    if word.endswith("s") and len(word) > 2:
        forms.append(word[:-1])
        if word.endswith("es") and len(word) > 3:
            forms.append(word[:-2])
    return tuple(forms)


def read_topics(path: Path = TOPICS_PATH) -> Topics:
    domains: dict[str, list[str]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    if lines[0] != "term\tdomain":
        raise ValueError(f"[E125] {path.name}: header is not 'term<TAB>domain'")
    for n, line in enumerate(lines[1:], 2):
        term, _, domain = line.partition("\t")
        if not term or not domain or term != term.lower():
            raise ValueError(f"[E125] {path.name}:{n}: bad row {line!r}")
        domains.setdefault(" ".join(_WORDS.findall(term)), []).append(domain)
    lengths: dict[str, set[int]] = {}
    for term in domains:
        words = term.split()
        lengths.setdefault(words[0], set()).add(len(words))
    order = tuple(dict.fromkeys(d for ds in domains.values() for d in ds))
    return Topics(MappingProxyType({t: tuple(d) for t, d in domains.items()}),
                  MappingProxyType({w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}), order)


@functools.cache
def load_topics() -> Topics:
    return read_topics(TOPICS_PATH)


def is_anchor(actor: Actor | None) -> bool:
    """An actor that makes a story political news: a state organ, an organisation, an armed or
    political group, or a person the tables know; not a country or capital named in passing."""
    if actor is None or not actor.code or actor.rule.startswith("capital"):
        return False
    if actor.code.startswith(ORGANISATION_PREFIXES) or actor.rule.startswith(("org", "person", "coref")):
        return True
    if actor.rule.startswith("role") and (actor.country is None or actor.rule.endswith(CONTEXT_BASES)):
        # a title of no one's state: a team's "captain", a club's "leader", a plot's "generals"; nor is
        # one whose state only the story's context gives ("captain Liam Coutts" in a Wellington match report)
        return False
    return actor.first_role in ANCHOR_ROLES


STATE_ORGAN_ROLES = frozenset({"GOV", "LEG", "JUD"})


def _anchor_weight(actor: Actor) -> int:
    """A government, legislature, court or organisation of states counts twice as evidence of
    political news: soldiers, police and armed groups also people fiction and metaphor."""
    organ = actor.code.startswith(ORGANISATION_PREFIXES) or actor.first_role in STATE_ORGAN_ROLES
    return 2 if organ else 1


# The paragraphs that announce what a story is about (after its headline): a discard phrase there
# makes the story one of its kind; one further down is a passing mention ("shook hands at the opening
# of the 2022 FIFA World Cup"), unless the story keeps coming back to such things.
LEAD_PARAGRAPHS = 3
STORY_MENTIONS = 2


def _story_discard(text: str, headline: str = "") -> str | None:
    """The discard phrase that makes ``text`` a story of its kind: one in its headline or its lead
    paragraphs, or in a second paragraph. A single mention deep in a political story is a passing
    one (PETRARCH's rule discards the whole story for it)."""
    discards = load_discards()
    in_headline = discards.story_phrase(headline) if headline else None
    if in_headline:
        return in_headline
    mentions = [(i, found) for i, para in enumerate(text.split("\n")) if (found := discards.story_phrase(para))]
    if mentions and (mentions[0][0] < LEAD_PARAGRAPHS or len(mentions) >= STORY_MENTIONS):
        return mentions[0][1]  # "the FIFA World Cup" is one mention
    return None


def non_political_story(text: str, actors: list[Actor], headline: str = "") -> str | None:
    """Why a story is not political news, or None: a discard phrase; or a domain's vocabulary with
    no political anchor among ``actors`` (the parties to its candidate events); or, where the
    headline itself speaks of a non-political domain, one whose terms outnumber its anchors.

    A state organ, organisation or armed group acting makes a story political news whatever its
    words ("police arrested 30 fans after clashes outside the stadium"), unless the story
    announces itself as something else and then speaks of its domain more than of them: a film
    review names the generals of its plot, a study of gut bacteria the "troops" of a metaphor."""
    phrase = _story_discard(text, headline)
    if phrase:
        return f"discard phrase {phrase!r}"
    topics = load_topics()
    # each political actor once: not again as "he" or by a surname ("the captain ... Dilan ... he")
    anchors = {(a.code, a.text.lower()): _anchor_weight(a) for a in actors
               if is_anchor(a) and not a.rule.startswith(("pronoun", "coref"))}
    weight = sum(anchors.values())
    own_domain = bool(headline and topics.domain_of(headline, threshold=1))
    # (the headline's terms are the story's own: "a glossy political thriller ... stars as a US president")
    domain = topics.domain_of(f"{headline}\n{text}") if not anchors or own_domain or weight < MAX_WEAK_ANCHORS else None
    if domain is None:
        return None  # (the story's own vocabulary is read only where it can matter)
    if anchors and not own_domain and len(domain[1]) < OVERWHELMING * weight + OVERWHELMING_TERMS:
        return None  # a story that does not announce its domain needs to be steeped in it
    if anchors and weight >= len(domain[1]):
        return None
    who = (f"only {len(anchors)} political actors and " + ("a headline of its domain" if own_domain else "far more of its terms")
           if anchors else "no political actor")
    return f"{domain[0]} story ({', '.join(domain[1][:6])}) with {who}"
