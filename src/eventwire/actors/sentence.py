"""The actors of one sentence, read with what the article remembers (``article.ArticleContext``).

Every noun phrase head is coded once (``SentenceActors.scan``); an event rule then asks for the
actors at a token (``actors_at``): a plural reference ("they", "both sides") resolved against the
article (``group``), actors sharing one head ("the ministers of Egypt and Saudi Arabia"), the group
a generic head stands for ("leaders of the opposition"), partitives ("thousands of students"), and
names the tables lack (``entities.named_actor``). What one mention is by itself is read in
``mentions.py``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Span, Token

from ..nlp import children, doc_text
from ..records import Actor
from .phrase import counts_people, is_stance
from .tables import key_of
from .context import (
    ADVERSARY_HEADS, ALLY_HEADS, ENVOY_TITLES, GROUP_WORDS, THING_RULE, as_place, facing_country, fronted_place, is_state,
    of_country, shared_modifier, spoken_at_seat,
)
from .compass import compass_state
from .entities import NAMED_BODY_HEADS, buried_persons, group_actor, named_actor, own_short_form
from .article import VIOLENCE_ROOTS, ArticleContext, act_family
from .mentions import (
    AGENT_HEADS, AGENT_PREPS, BODY_HEADS, FIRST_PERSON_SET, GENERIC_ACTS, GENERIC_HEADS, MAX_ANTECEDENT_PARTIES,
    PLACE_ACTORS, WHERE_PREPS, _based_in, sides_not_parties, _both_or_the_two, _broken_name, _is_location, _labelled,
    HEAD_OF_STATE_TITLES, _opposed, _person_name, _plural_antecedent, _same_head, _security_role,
    _title_words, _zero_article_institution, head_words, misread_acronym,
)
from .referents import (
    identified_as, named_so_before, not_the_speaker, preposed_pronoun, titled_name,
    as_referred_to, bench_of_named_court, body_antecedent, court_antecedent, document_author, group_antecedent,
    is_definite, is_stateless_group, members_of_named_body, named_body, names_its_own, note_things, office_of_body,
    possessing_body, reporters_government, speaks_for, state_antecedent, thing_antecedent,
)
from ..events.derivation import verbs_of
from .members import adversaries, included
from .memory import main_subject
from .groups import plural_reference
from ..events.syntax import NOMINAL_DEPS, _with_conjuncts, relative_doers


def _owners(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Whom a head noun belongs to: its possessor, then the objects of its ``preps`` phrases ("the
    society's president", "representatives of the Afghan government")."""
    return [c for c in children(tok) if c.dep_ == "poss"] \
        + [o for p in children(tok) if p.dep_ == "prep" and p.lower_ in preps for o in children(p) if o.dep_ == "pobj"]


ALLEGIANCE_ADJECTIVES = frozenset({"loyal", "faithful"})


def _allegiance(tok: Token) -> list[Token]:
    """Whom a body of people is loyal to: "forces loyal to President Kiir", "rebels loyal to Machar"."""
    return [o for a in children(tok) if a.dep_ == "amod" and a.lemma_.lower() in ALLEGIANCE_ADJECTIVES
            for p in children(a) if p.dep_ == "prep" and p.lower_ == "to" for o in children(p) if o.dep_ == "pobj"]


def _agent_apposition(tok: Token) -> Token | None:
    """The apposition of a name that says whom its bearer acts for: "spokesman for the Islamic Emirate"
    (a head of ``AGENT_PREPS`` with its phrase; a possessor's office, "Saudi Arabia's national security
    adviser", is coded as the title it is)."""
    return next((c for c in children(tok) if c.dep_ == "appos" and c.lemma_.lower() in AGENT_HEADS
                 and not any(p.dep_ == "poss" for p in children(c))
                 and _owners(c, AGENT_PREPS[c.lemma_.lower()])), None)


# Prepositions that name whom an act of force was done to: "the killing of", "the attack on"
DONE_TO_PREPS = frozenset({"of", "on", "against"})
# Acts done to someone, whose doer an opposing is aimed at: force, and the violation of another's rights or
# sovereignty (128), the expulsion of its diplomats (16), the arrest of its citizens (17)
DONE_TO_ROOTS = VIOLENCE_ROOTS | {"12", "16", "17"}


CLOCK_MARKS = frozenset({"a.m.", "p.m.", "a.m", "p.m"})  # after a number, the time of day


class SentenceActors:
    """Codes the actors of a sentence with an ActorCoder, within an article's context."""

    def __init__(self, coder, event_roots: Callable[..., frozenset[str]] | None = None) -> None:
        self.coder = coder
        self.event_roots = event_roots  # event noun lemma -> the CAMEO roots its senses code (events lexicon)

    def scan(self, sent: Span, ctx: ArticleContext, offset: int) -> dict[int, Actor]:
        """Code every noun phrase head of the sentence once, in order, remembering persons."""
        ctx.they, ctx.they_next = ctx.they_next, None  # the sentence before's plural subject, for this one's "them"
        found: dict[int, Actor] = {}
        subjects: list[Token] = []  # the heads that are subjects, for the plural check below
        unknown: list[Token] = []  # persons the tables do not know, coded by their name alone
        for tok in sent:
            pos = tok.pos_
            if pos not in ("NOUN", "PROPN", "PRON") and not (tok.dep_ in NOMINAL_DEPS and (pos == "ADJ" or counts_people(tok))) \
                    and not misread_acronym(tok):
                continue  # an adjective or a number in a noun's place is one: "released an Iranian national", "14 of the suspects"
            dep = tok.dep_
            if _zero_article_institution(tok) or tok.lower_ in CLOCK_MARKS and tok.i and tok.doc[tok.i - 1].pos_ == "NUM":
                continue  # (a time of day is no one: "at 2:49 p.m." is no prime minister, "PM")
            if dep in ("compound", "poss", "amod", "nmod", "appos") and not (
                    dep == "poss" and pos == "PROPN" and tok.head.lemma_.lower() in ADVERSARY_HEADS):
                continue  # (a named person whose critics speak is coded: whom "he" then is, whose opposition they are)
            if dep in ("nsubj", "nsubjpass"):
                subjects.append(tok)
            if pos == "PRON" and tok.lower_ in FIRST_PERSON_SET and ctx.speaker is not None:
                sp = ctx.speaker
                found[tok.i] = replace(sp, text=tok.text, start=offset + tok.idx, end=offset + tok.idx + len(tok), rule="quote-speaker", kind="pronoun")
                continue
            broken = _broken_name(tok)
            if broken is not None and any(t.i in found for t in broken):
                found[tok.i] = next(found[t.i] for t in broken if t.i in found)
                continue
            actor = self.coder.code_np(tok, when=ctx.when, memory=ctx.memory, offset=offset) if broken is None \
                else self.coder.code_span(broken, when=ctx.when, memory=ctx.memory, offset=offset)
            if actor is not None and pos == "PRON" and ctx.speaker is not None:
                actor = not_the_speaker(tok, actor, ctx.speaker, ctx.memory)
            if actor is None and tok.pos_ == "PROPN":
                actor = compass_state(tok, ctx.named, offset)  # "the North", in a story of the two Koreas
            if actor is None and _person_name(tok) and not self._country_word(tok):
                # a person the tables do not know ("Park Min-soo"): named, and remembered so that a later
                # surname ("Park") names that person. Not he/she: without the person's gender, the last
                # person named is too often the wrong one ("... Marine Le Pen ...," he wrote)
                actor = named_actor(tok, found, offset)
                if actor is not None:
                    unknown.append(tok)
                    ctx.memory.remember(actor, pronoun=False)
                    found[tok.i] = actor
                    continue
            if tok.lemma_.lower() in AGENT_HEADS:
                actor = self._agent_of_owner(tok, actor, ctx, offset)
            elif actor is not None and actor.kind == "person" and (agent := _agent_apposition(tok)) is not None:
                actor = self._named_agent(agent, actor, ctx, offset)  # "X, spokesman for the Islamic Emirate"
            if actor is not None and tok.lemma_.lower() in BODY_HEADS and self._of_an_uncoded_body(tok, ctx, offset):
                actor = None  # "the society's president", "the chairman of the golf club": no state's office
            if actor is not None and actor.rule == "region":
                actor = next(iter(state_antecedent(tok, found, ctx, offset)), actor)  # "the Central Asian country"
            if actor is not None:
                actor = self.antecedent(tok, reporters_government(tok, actor, found), ctx, offset)
                actor = office_of_body(tok, actor, ctx, offset)  # "the alliance's secretary general, X"
                actor = _security_role(tok, actor, ctx)
                if tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPS or _based_in(tok):
                    actor = as_place(actor)
                found[tok.i] = actor
                if not _is_location(tok, actor):  # "in Sydney" is where, not who: never a later "they"
                    ctx.note(actor)
                if actor.kind == "person":
                    ctx.memory.remember(actor, pronoun=bool(actor.code))  # he/she: only a person the tables know
                    if actor.code and main_subject(tok):
                        ctx.memory.note_subject(actor)
                elif ("(" in actor.text or actor.kind == "organisation") and own_short_form(tok):
                    ctx.memory.remember_short_forms(actor)  # "Rapid Support Forces (RSF)" ... "the RSF"
                more = self.shared_head(tok, actor, ctx, offset)
                if more:
                    ctx.shared[tok.i] = [actor, *more]
                    for a in more:
                        ctx.note(a)
        for tok in unknown:  # an apposition after the name says who the person is ("Park Min-soo, the vice minister")
            named = named_actor(tok, found, offset)
            if named is not None and named.code and not found[tok.i].code:
                found[tok.i] = named
                ctx.memory.remember(named)  # coded, as the tables' persons are: a he/she may name this one
        buried_persons(sent, found, lambda ent: self.coder.code_span(ent, when=ctx.when, memory=ctx.memory, offset=offset),
                       ctx.memory)
        preposed_pronoun(sent, found, ctx.memory, offset)
        identified_as(sent, found)
        for i, actor in list(found.items()):  # "rebel groups fighting Assad" are Syrian
            tok = sent.doc[i]
            placed = fronted_place(tok, facing_country(tok, shared_modifier(tok, actor, found), found), found)
            found[i] = speaks_for(tok, spoken_at_seat(tok, placed, found.get), found)
        singular = [found[t.i] for t in subjects if t.i in found and t.tag_ in ("NN", "NNP") and not t.conjuncts
                    and found[t.i].kind in ("organisation", "country") and found[t.i].code]
        if singular:  # the last organisation or state a sentence had as subject: what a next "It said" is
            ctx.it, ctx.it_age = singular[-1], 0
        else:
            ctx.it_age += 1
        plural_nouns = [found[t.i] for t in subjects if t.i in found and t.tag_ == "NNS" and t.pos_ == "NOUN"
                        and not t.conjuncts and found[t.i].code and not _is_location(t, found[t.i])]
        # "The aid workers landed in Doha." -> "Taliban officers detained them in January"
        ctx.they_next = plural_nouns[-1] if plural_nouns else None
        for tok in subjects:  # a plural subject is what a later "they" / "both sides" refers to
            if tok.i in found and tok.dep_ == "nsubj":  # not people things were done to ("two guards were killed")
                members = ctx.shared.get(tok.i) or [found[tok.i]] + [found[c.i] for c in tok.conjuncts if c.i in found and c.i > tok.i]
                # (things of states are no parties a later "the two leaders" names: "Western sanctions,
                # rather than Russian actions, were to blame")
                members = [a for a in members if a.rule != THING_RULE]
                if len({a.key for a in members}) >= 2:
                    ctx.plural, ctx.plural_age = members, 0
                    ctx.groups.append(members)
                    del ctx.groups[:-6]
        note_things(sent, found, ctx)
        return found

    def _country_word(self, tok: Token) -> bool:
        """Whether the tables name a country by this word: the end of no person's name ("Out! Leave
        Venezuela", a quoted cry the recogniser took for one), whom a later "Venezuela" would name."""
        return any(e.kind == "country" for e in self.coder.tables.names.get(key_of(tok.text), ()))

    def antecedent(self, tok: Token, actor: Actor, ctx: ArticleContext, offset: int) -> Actor:
        """A definite role with no country ("the army", "the federal government", "the ministers") is the
        last actor of that role the article named with one ("the Sudanese army"); a plural one is the
        last plural subject when all its members have that role ("the foreign ministers of Egypt and
        Saudi Arabia"). The rule records it (``+antecedent``). A role of "the group" (GROUP_WORDS) is the
        last group of no state named ("the group's commander": ``+group-antecedent``)."""
        group = next((c for c in children(tok) if c.dep_ == "poss" and c.lemma_.lower() in GROUP_WORDS
                      and any(d.lower_ == "the" for d in children(c))), None) \
            if actor.country is None and actor.role is not None else None
        if group is not None:
            # "the group's commander" (named or not): the last group of no state the article named
            prior = next((p for p in reversed(ctx.recent) if p.start < offset + group.idx and is_stateless_group(p)), None)
            if prior is not None:
                return replace(actor, country=prior.country, code=prior.code, rule=actor.rule + "+group-antecedent")
        if actor.kind != "role" or actor.country is not None or actor.code != actor.role or actor.role is None:
            return actor
        single_name = tok.pos_ == "PROPN" and not any(c.dep_ in ("compound", "amod") for c in children(tok))
        # a capitalised title is a role named again ("the Prime Minister"), a name the tables lack is not
        # ("the Rapid Support Forces")
        single_name = single_name or tok.pos_ == "PROPN" and key_of(_title_words(tok)) in self.coder.tables.roles
        if tok.pos_ != "NOUN" and not single_name or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)):
            return actor  # "the Rapid Support Forces" is a name, "an army" no reference back (but "the Navy" is one)
        before = offset + tok.idx
        if tok.tag_ == "NNS":  # "the ministers": a group named before, never one of its members alone
            two = _both_or_the_two({c.lower_ for c in children(tok)})
            named = None if two else named_so_before(actor, head_words(tok), ctx.recent, before)
            for group in reversed(ctx.groups):
                if all(a.role == actor.role and a.country for a in group) and group[0].start < before \
                        and not (two and len(group) != 2):  # "both governments" are not three
                    if named is not None and named.start > group[0].start and named.key not in {a.key for a in group}:
                        break  # "EU leaders" named since: "the leaders" are they (not the group named again)
                    members = [replace(a, text=actor.text, start=actor.start, end=actor.end, rule=a.rule + "+antecedent")
                               for a in group]
                    ctx.shared[tok.i] = members
                    return members[0]
            if named is not None:  # (of that party's kind: an organisation's leaders are no state's role)
                return replace(actor, country=named.country, code=named.code, rule=actor.rule + "+antecedent",
                               kind=named.kind)
            return actor
        title = _title_words(tok, modifiers=("compound", "amod")).lower()
        # a title of several words names that office only: "the Prime Minister" is not "Turkey's foreign minister"
        office = title if " " in title and key_of(title) in self.coder.tables.roles else None
        heads = head_words(tok)
        if heads == HEAD_OF_STATE_TITLES:
            office = None  # "the head of state" is a president or king named by their title
        remembered = ctx.memory.actors
        # "the court" after "the International Court of Justice": that body, unless a state's court came since
        body = named_body(tok.lemma_.lower(), ctx, before) if tok.tag_ == "NN" and not names_its_own(list(children(tok))) else None
        # (an envoy is its sender's wherever the article named it: ENVOY_TITLES; the subject of a main
        # clause continues the last such subject, where that person holds the office: "Sisi said ...
        # 'President Trump ...,' he said. The president also denounced ...")
        centre = [c] if (c := ctx.memory.centre) is not None and main_subject(tok) else []
        for prior in [*centre, *reversed(ctx.recent if heads is not ENVOY_TITLES else [*ctx.envoys, *ctx.recent])]:
            if body is not None and prior.start < body.start:
                break
            if prior.start >= before or prior.role != actor.role or not is_state(prior):
                continue
            # a person named again by name alone holds the titles the article gave them ("President
            # Nicolas Maduro ... Maduro said ... The president denounced")
            titled = [prior.text] + ([p.text for p in remembered if p.name == prior.name and p.start < before]
                                     if prior.kind == "person" and prior.name else [])
            if not any(_same_head(t, heads) and (office is None or office in t.lower()) for t in titled):
                continue  # "the justice minister" is not "Romania's president", though both are ROUGOV
            # (a person named with that title is whom it names: "President William Ruto ... the President said")
            return replace(actor, country=prior.country, code=prior.code if prior.kind == "role" else prior.country + actor.role,
                           name=titled_name(title, prior, titled) or actor.name, rule=actor.rule + "+antecedent")
        if body is not None:
            return replace(body, text=actor.text, start=actor.start, end=actor.end, rule=body.rule + "+body-antecedent")
        # further back, the person the article gave that title ("Prime Minister Scott Morrison ... the
        # Prime Minister's demand")
        holder = next((p for p in reversed(remembered) if p.start < before and p.role == actor.role
                       and is_state(p) and f"{title} " in f"{p.text.lower()} " and p.name), None)
        if holder is not None:
            return replace(actor, country=holder.country, code=holder.code, name=titled_name(title, holder, [holder.text]) or actor.name,
                           rule=actor.rule + "+title-holder")
        return actor

    def shared_head(self, tok: Token, actor: Actor, ctx: ArticleContext, offset: int) -> list[Actor]:
        """Actors that share one head noun through coordinated countries: "the foreign ministers of
        Egypt and Saudi Arabia", "delegations from Armenia and Azerbaijan", "French and Egyptian
        warships", "Russia and Turkey's foreign ministers" (one actor per country, each with its own
        words as its text)."""
        if actor.country is None or actor.kind == "person":
            return []
        mods = [c for c in children(tok) if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]
        mods += [p for prep in children(tok) if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                 for p in children(prep) if p.dep_ == "pobj"]  # "delegations from Armenia and Azerbaijan"
        out: list[Actor] = []
        for mod in mods:
            for conj in mod.conjuncts:
                if conj.i <= mod.i:
                    continue
                other = self.coder.code_np(conj, when=ctx.when, memory=None, offset=offset)
                if other is None or other.country is None or other.role is not None or other.country == actor.country:
                    continue  # only a bare country or demonym shares the head's role
                code = other.code + (actor.role or "")
                left = conj.left_edge.idx  # the member's own words: "Chile" of "the presidents of Brazil, Chile and ..."
                out.append(replace(actor, country=other.country, code=code, name=None, rule=actor.rule + "+shared-head",
                                   text=doc_text(tok.doc)[left:conj.idx + len(conj)],
                                   start=offset + left, end=offset + conj.idx + len(conj)))
        return out

    def _of_an_uncoded_body(self, tok: Token, ctx: ArticleContext, offset: int) -> bool:
        """Whether the head of a body is named by a body that is no actor: a common noun as its possessor
        or in its of-phrase ("the society's president", "the president of the fishing club"), which the
        tables code as nothing; not a state, organ, party, firm or union ("the party's leader")."""
        owners = _owners(tok, ("of",))
        if not owners or owners[0].pos_ != "NOUN":
            return False
        owner = self.coder.code_np(owners[0], when=ctx.when, memory=ctx.memory, offset=offset)
        return owner is None or not owner.code

    def _agent_of_owner(self, tok: Token, actor: Actor | None, ctx: ArticleContext, offset: int) -> Actor | None:
        """Someone's representatives, aides or advisers act for them (and representatives not as
        legislators, the role table's reading): "Putin's representatives" are the Russian government's; "her
        representatives", of someone the sentence does not name, are no political actor; "representatives
        of the Afghan government" are the government's."""
        owners = _owners(tok, AGENT_PREPS[tok.lemma_.lower()])
        if not owners:
            return actor
        if owners[0].pos_ == "PRON":
            return actor if tok.lemma_.lower() == "office" else None  # "his office said": whoever he is
        owner = self.coder.code_np(owners[0], when=ctx.when, memory=ctx.memory, offset=offset)
        if owner is None or not owner.code:
            return None
        left = min(t.i for t in tok.subtree if t.i <= tok.i)
        right = max([tok.i] + [t.i for c in children(tok) if c.dep_ in ("prep", "appos") for t in c.subtree])
        while right > tok.i and tok.doc[right].is_punct:
            right -= 1
        span = tok.doc[left:right + 1]
        if owner.role is None and owner.country and owner.code == owner.country:
            owner = replace(owner, code=owner.code + "GOV", role="GOV")  # a state's agents are its government's
        # the owner's side, and the owner's name: an act between a leader and his own aides is no event
        return replace(owner, text=span.text, start=offset + span.start_char, end=offset + span.end_char,
                       rule=f"{owner.rule}+agent", kind="role")

    def _named_agent(self, agent: Token, person: Actor, ctx: ArticleContext, offset: int) -> Actor:
        """A person whose apposition says whom they speak or act for ("Zabihullah Mujahid, spokesman for
        the Islamic Emirate") is that owner's agent, by name; one of an owner not coded stays as coded."""
        owned = self._agent_of_owner(agent, person, ctx, offset)
        if owned is None or owned is person:
            return person
        return replace(owned, text=person.text, start=person.start, end=person.end, name=person.name, kind="person")

    def actors_at(self, tok: Token, found: dict[int, Actor], ctx: ArticleContext, offset: int) -> list[Actor]:
        if tok.pos_ == "PRON" and tok.lower_ in ("they", "them"):
            near = _plural_antecedent(tok, found)
            if near is not None:
                return [near]
            if ctx.they is not None and not (ctx.plural and ctx.plural_age <= 1):
                # the sentence before had a plural noun as subject and no coordination: its "they"
                return [replace(ctx.they, text=tok.text, start=offset + tok.idx, end=offset + tok.idx + len(tok.text),
                                rule=f"{ctx.they.rule}+they", kind="pronoun")]
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.i == tok.sent.start and ctx.it is not None \
                and ctx.it_age <= 1 and tok.head.pos_ == "VERB":
            # a sentence that begins "It accused Hezbollah ...": the organisation or state the sentence
            # before had as subject (a referential "it" doing something, not "It is unclear whether")
            return [replace(ctx.it, text=tok.text, start=offset + tok.idx, end=offset + tok.idx + len(tok.text),
                            rule=f"{ctx.it.rule}+it", kind="pronoun")]
        group = plural_reference(tok, ctx)
        if len(group) > 1:
            return group
        if sides_not_parties(tok, bool(ctx.opposed)):
            return []  # "urged both parties to show restraint": sides the story does not name, no political party
        members = included(tok, found)
        if members:
            return members
        if tok.i in ctx.shared:
            return ctx.shared[tok.i]
        if tok.i in found:
            if tok.lemma_.lower() in ADVERSARY_HEADS:  # "Kremlin critics" are not the Kremlin
                return adversaries(tok, found, offset)
            actor = found[tok.i]
            if (bench := bench_of_named_court(tok, actor, ctx, offset)) is not None:
                return [bench]
            lord = next((found[o.i] for o in _allegiance(tok) if o.i in found), None) \
                if actor.country is None and actor.role else None
            if lord is not None and lord.country:
                return [of_country(actor, lord.country, "loyal-to")]  # the forces of the lord's state
            if not actor.code and (labelled := _labelled(tok, found)) is not None:
                return [labelled]  # "BLA: Balochistan Liberation Army militants": the name the tables know
            if (actor.country is None and actor.kind == "role") or tok.lemma_.lower() in GENERIC_HEADS:
                # "leaders of the opposition coalition", "members of Hamas": the group, not the generic role
                # ("fighters from the CODECO militia": the militia; not "doctors from Gaza", a place)
                of = [c for p in children(tok) if p.dep_ == "prep" and p.lower_ in ("of", "from") for c in children(p)
                      if c.dep_ == "pobj" and (p.lower_ == "of" or c.i in found and found[c.i].kind not in PLACE_ACTORS)]
                states = [m for m in plural_reference(of[0], ctx) if m.country] if of and actor.country is None and actor.role else []
                if len(states) > 1:  # "the defence ministers of both countries": each country's
                    return [of_country(actor, m.country, "of-group") for m in states]
                group = found.get(of[0].i) if of else None
                if group is not None and (group.country or group.role) and group.role not in (None, "GOV") or (
                    group is not None and actor.country is None
                ):
                    return [group, *self._coordinated_wholes(tok, found)]
            return [actor, *self._coordinated_wholes(tok, found)]
        if tok.dep_ in ("appos",) and tok.head.i in found:
            return [found[tok.head.i]]
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in ADVERSARY_HEADS | ALLY_HEADS:
            return []  # "Ukraine's partners", "Erdogan's critics": whom they stand beside or against, not them
        if tok.dep_ == "compound" and tok.pos_ == "PROPN" and self.coder.tables.heads.get(tok.head.lower_) == "accord":
            return []  # "the Minsk agreements": where it was made, no party to it
        if tok.dep_ in ("poss", "compound", "amod", "nmod"):  # an actor modifier of an event noun: "an Indian proposal"
            actor = self.coder.code_np(tok, when=ctx.when, memory=ctx.memory, offset=offset) \
                or compass_state(tok, ctx.named, offset)  # "the North's move"
            if actor is not None and tok.dep_ == "poss":  # "the Prime Minister's demand": the one named before
                actor = self.antecedent(tok, actor, ctx, offset)
            # a bare role too where it is whom a stance opposes: "anti-government protests" (the article's state)
            # or whose thing is opposed: "against the government's new laws", "to protest the government's plan",
            # "against police brutality"
            return [actor] if actor is not None and (actor.country is not None or actor.role and (
                is_stance(tok) or tok.dep_ in ("poss", "compound") and _opposed(tok.head))) else []
        if tok.lemma_.lower() in ADVERSARY_HEADS:
            return adversaries(tok, found, offset)
        if tok.lemma_.lower() in ALLY_HEADS:
            return []  # "the allies of Ukraine": other states, which the phrase does not name
        doers = [found[c.i] for p in children(tok) if p.dep_ == "prep" and p.lower_ == "by"
                 for pobj in children(p) if pobj.dep_ == "pobj" for c in _with_conjuncts(pobj) if c.i in found]
        if doers and tok.pos_ == "NOUN":
            return doers  # "the killing of protesters by security forces": whose act it is, not whom it was done to
        doers = [found[s.i] for s in relative_doers(tok) if s.i in found] if tok.pos_ == "NOUN" else []
        if doers:
            return doers  # "supported the steps Azerbaijan had taken": whose act its own clause says it is
        doers = self._condemned_doers(tok, found, ctx, offset)
        if doers:
            return doers
        head = tok
        for _ in range(2):  # partitives: "thousands of students", "a group of refugees"
            of = [p for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of"]
            pobj = [c for p in of for c in children(p) if c.dep_ == "pobj"]
            if not pobj:
                break
            tok = pobj[0]
            if tok.i in found:
                return [found[tok.i]]
        labelled = _labelled(head, found)  # "BLA: Balochistan Liberation Army militants": one actor, named twice
        if labelled is not None:
            return [labelled]
        body = body_antecedent(head, ctx, offset)  # "the bloc", "the League": an organisation told before
        if body and head.tag_ == "NNP":
            return body  # "the League" after "the Arab League": not a new organisation of that name
        # a person or body the tables do not know, or its name in apposition ("the country's largest labour
        # federation, the CGT,")
        named = named_actor(head, found, offset) or group_actor(head, found, offset) \
            or next(filter(None, (group_actor(a, found, offset) for a in children(head) if a.dep_ == "appos"
                                  and head.lemma_.lower() in NAMED_BODY_HEADS)), None)
        if named is not None:
            return [named]
        return document_author(head, found) or self.event_antecedent(head, ctx, offset) \
            or thing_antecedent(head, ctx, offset) \
            or body or possessing_body(head, ctx, offset) \
            or court_antecedent(head, ctx, offset) \
            or group_antecedent(head, found, ctx, offset) or state_antecedent(head, found, ctx, offset) \
            or members_of_named_body(head, ctx, offset, self.coder.tables.heads)

    def _coordinated_wholes(self, tok: Token, found: dict[int, Actor]) -> list[Actor]:
        """The other parties of a part named of several: "envoys of the Ethiopian government and the Oromo
        Liberation Army" are both sides' envoys (a partitive head, heads_hand.tsv)."""
        if self.coder.tables.heads.get(tok.lemma_.lower()) != "partitive":
            return []
        wholes = [c for p in children(tok) if p.dep_ == "prep" and p.lower_ in ("of", "from", "for") for c in children(p)
                  if c.dep_ == "pobj"]  # ("delegations from the Taliban and the United States", "negotiators for")
        return [found[c.i] for c in wholes[0].conjuncts if c.i in found and c.i > wholes[0].i] if wholes else []

    def _condemned_doers(self, tok: Token, found: dict[int, Actor], ctx: ArticleContext, offset: int) -> list[Actor]:
        """'condemned the killing of civilians', 'denounced the Israeli strike on Doha', 'the arrest of the
        journalists': an act of force, defiance or coercion opposed, with whom it was done to in its phrase, is
        opposed as its doer's; the doer its own modifiers name, else the doer of the article's last act of its kind; none where neither is known
        (whom it was done to then stands for it, as before)."""
        if tok.pos_ != "NOUN" or not _opposed(tok) or self.event_roots is None:
            return []
        if not any(c.dep_ == "prep" and c.lower_ in DONE_TO_PREPS for c in children(tok)):
            return []
        if DONE_TO_ROOTS.isdisjoint(self.event_roots(tok.lemma_.lower(), ())):
            return []
        own = [a for c in children(tok) if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i
               for a in self.actors_at(c, found, ctx, offset) if a.code]
        if own:
            return own
        # (whom it was done to did not do it: "condemned the attack on its embassy" after the embassy's state struck)
        victims = {found[t.i].country for t in tok.subtree if t.i in found and t.i > tok.i} - {None}
        return [a for a in self.event_antecedent(tok, ctx, offset, done_to_named=True) if a.country not in victims]

    def event_antecedent(self, tok: Token, ctx: ArticleContext, offset: int, done_to_named: bool = False) -> list[Actor]:
        """'ECOWAS condemned the coup', 'Seoul welcomed the talks': a definite event noun names the
        parties of the article's last event of its kind (its doer; both parties of a meeting or an
        agreement), kept with the noun phrase's own text (rule ``+event-antecedent``). A noun for an
        act of any kind ('condemned the move', 'welcomed the decision') names the story's first deed:
        what reactions react to is the news, not the background told after it."""
        if self.event_roots is None or tok.pos_ != "NOUN" or not ctx.acts or tok.dep_ not in ("dobj", "pobj", "oprd"):
            return []  # an object: "condemned the attack" (a subject, "the attack killed", names its doer itself)
        kids = list(children(tok))
        named = tok.dep_ == "oprd" or tok.head.lower_ == "as" and tok.head.head.dep_ == "ccomp"  # "what he called an act"
        if not (named or is_definite(kids)) or any(c.ent_type_ == "DATE" for c in kids):
            return []  # "the 2024 ceasefire", "last year's attack": another act than the last one told
        lemma = tok.lemma_.lower()
        if lemma in GENERIC_ACTS:  # "condemned the move": the story's first deed, not what was said
            hits = [(0, ctx.first_deed, "deed")] if ctx.first_deed else []
        elif any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) and not done_to_named:
            return []  # "welcomed the approval of the F-35 sale": the noun's own phrase says which act
        else:  # an act of the noun's own root ("the shooting"), else of its family ("the attack": any violence)
            modifiers = [c.lemma_.lower() for c in kids if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
            keys = {r if r in ctx.acts else act_family(r) for r in self.event_roots(lemma, modifiers) if r != "01"}
            if not keys:  # the act of a verb the story told, though no cue by itself: "the signing" (of a truce),
                # "the order" (what "ordered" did)
                told = {k[5:] for k in ctx.acts if k.startswith("verb:")}
                keys = {f"verb:{v}" for v in [*verbs_of(lemma, told), *((lemma,) if lemma in told else ())]}
            hits = sorted(((*ctx.acts[k][:2], k) for k in keys if k in ctx.acts), key=lambda h: h[0])
        if not hits:
            return []  # no such act before
        _, parties, kind = hits[-1]  # the latest act of a kind the noun may name
        if len(parties) > MAX_ANTECEDENT_PARTIES:
            return []  # "the deal" after thanks to five governments: which of them it names, the noun does not say
        # the rule says which kind of act the noun was read as ("event-antecedent:10": the last demand)
        return [as_referred_to(a, tok, offset, f"event-antecedent:{kind}") for a in parties]
