"""What a definite noun refers back to when it names no actor itself: the organisation of states an
article named last ("the bloc"), the author of a thing an earlier sentence issued ("the map")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp import children, doc_text
from ..records import Actor
from ..events.refine import issuing_verbs
from ..quotes import SPEECH_VERBS
from .article import ArticleContext
from .memory import PERSONAL_PRONOUNS, pronoun_gender
from .mentions import _same_head
from .context import BODY_ANAPHORS, BODY_WORDS, DEFINITE, DOCUMENT_NOUNS, GROUP_ROLES, GROUP_WORDS, is_state


def is_definite(kids: list[Token]) -> bool:
    """Whether a noun's own children give it a definite determiner ("the", "this"): told before."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids)


def as_referred_to(actor: Actor, tok: Token, offset: int, rule: str) -> Actor:
    """``actor`` as the noun phrase up to ``tok`` refers to it ("the map", "the deadly attack"): the
    phrase's own words and place, the antecedent's codes, the ``rule`` recorded."""
    left = min(t.idx for t in tok.subtree if t.i <= tok.i)
    right = tok.idx + len(tok.text)
    return replace(actor, text=doc_text(tok.doc)[left:right], start=offset + left, end=offset + right,
                   rule=f"{actor.rule}+{rule}")


def names_its_own(kids: list[Token]) -> bool:
    """Whether a noun's own words say whose or which it is: a modifier, a possessor or an of-phrase
    ("the Western alliance", "the court's verdict", "the ruling of the tribunal")."""
    return any(c.dep_ in ("compound", "poss", "amod", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in kids)


def body_antecedent(tok: Token, ctx: ArticleContext, offset: int) -> list[Actor]:
    """'the bloc', 'the alliance': the organisation of states the article named last, however far back (rule
    ``+body-antecedent``), as 'the army' is the last army named; 'the council', 'the union': the last
    organisation named by that word ("the Security Council", "the African Union"; ``named_body``).
    Only a definite noun that names no body itself ("the Western alliance", "the bloc's members" are
    their own)."""
    lemma = tok.lemma_.lower()
    # (a lower-case word the tagger took for a name is still the noun: "blamed the bloc/NNP"; a
    # capitalised one alone is the body's short name, "the League", "the Commission")
    common = tok.pos_ == "NOUN" and tok.tag_ == "NN" or tok.tag_ == "NNP"
    if lemma not in BODY_ANAPHORS and lemma not in BODY_WORDS or not common:
        return []
    kids = list(children(tok))
    if not is_definite(kids) or names_its_own(kids):
        return []
    before = offset + tok.idx
    body = next((a for a in reversed(ctx.recent) if a.code.startswith("IGO") and a.start < before),
                ctx.last_igo if ctx.last_igo is not None and ctx.last_igo.start < before else None) \
        if lemma in BODY_ANAPHORS else named_body(lemma, ctx, before)
    if body is None:
        return []
    return [replace(body, text=tok.text, start=before, end=before + len(tok.text), rule=f"{body.rule}+body-antecedent")]


def possessing_body(tok: Token, ctx: ArticleContext, offset: int) -> list[Actor]:
    """'condemned the League's decision' after "the Arab League": a thing whose possessor names a body
    told before (``body_antecedent``) is that body's (rules ``+body-antecedent+possessor``)."""
    if tok.pos_ != "NOUN":
        return []
    owner = next((c for c in children(tok) if c.dep_ == "poss"), None)
    body = body_antecedent(owner, ctx, offset) if owner is not None else []
    return [as_referred_to(body[0], tok, offset, "possessor")] if body else []


def office_of_body(tok: Token, actor: Actor, ctx: ArticleContext, offset: int) -> Actor:
    """'the alliance's secretary general, Jens Stoltenberg': a person whose title a body told before
    possesses (``body_antecedent``) holds that body's office (rule ``+body-office``), whatever the
    tables' past offices of the person say, as "NATO's secretary general" already does."""
    if actor.kind != "person":
        return actor
    for head in (tok, *(c for c in children(tok) if c.dep_ == "appos"), *((tok.head,) if tok.dep_ == "appos" else ())):
        owner = next((c for c in children(head) if c.dep_ == "poss"), None)
        body = body_antecedent(owner, ctx, offset) if owner is not None else []
        if body and body[0].code.startswith(("IGO", "NGO")):
            return replace(actor, code=body[0].code, country=body[0].country, role=body[0].role,
                           rule=actor.rule + "+body-office")
    return actor


def is_stateless_group(actor: Actor) -> bool:
    """A named group of no state: an armed, rebel, criminal or political group, or a non-governmental
    organisation ("the Taliban", "Hamas", "Amnesty International")."""
    return bool(actor.code) and actor.kind in ("organisation", "group") \
        and (actor.first_role in GROUP_ROLES or actor.code.startswith(("IMG", "NGO")))


def group_antecedent(tok: Token, found: dict[int, Actor], ctx: ArticleContext, offset: int) -> list[Actor]:
    """'the group', 'the militia', 'the movement': the last group of no state named before, in this
    sentence or an earlier one (rule ``+group-antecedent``), as "the group's commander" is its
    commander. Only a definite singular noun that names no group itself ("the armed group", "the
    group's leaders", "the group of experts" are their own)."""
    if tok.lemma_.lower() not in GROUP_WORDS - BODY_WORDS or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return []
    kids = list(children(tok))
    if not is_definite(kids) or names_its_own(kids):
        return []
    before = offset + tok.idx
    here = sorted(found.values(), key=lambda a: a.start, reverse=True)  # this sentence's, nearest first
    prior = next((a for a in [*here, *reversed(ctx.recent)] if a.start < before and is_stateless_group(a)), None)
    return [as_referred_to(prior, tok, offset, "group-antecedent")] if prior is not None else []


STATE_ANAPHORS = frozenset({"country", "nation"})
DESCRIBED_STATE = frozenset({"state"})  # a state only as its region describes it: "the Gulf state" (not "the state")


def state_antecedent(tok: Token, found: dict[int, Actor], ctx: ArticleContext, offset: int) -> list[Actor]:
    """'the country', 'the nation': the last state named before it, in this sentence or an earlier one,
    other than the state of the clause's own subject ("after Trump threatened the country with tariffs",
    after Colombia; rule ``+state-antecedent``). Only a definite singular noun that names no state itself
    ("the country's president", "the country of origin" are their own). A region's or a landscape's
    capitalised word describes the state, it does not name another: "the Gulf state", "the Himalayan
    nation", "the Central Asian country" are the state named before."""
    kids = list(children(tok))
    own = names_its_own(kids)
    described = own and _described(kids)
    if tok.lemma_.lower() not in STATE_ANAPHORS and not (described and tok.lemma_.lower() in DESCRIBED_STATE) \
            or tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ == "poss":
        return []
    if not is_definite(kids) or own and not described:
        return []
    clause = tok.head.head if tok.dep_ == "pobj" else tok.head
    while described and clause.pos_ in ("NOUN", "PROPN", "ADP") and clause.head != clause:
        # "cut ties with the Gulf state": a state described, not named, is another than the cutting's subject
        clause = clause.head
    while clause.dep_ in ("xcomp", "advcl", "conj") and clause.head != clause \
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in children(clause)):
        clause = clause.head  # "threatened to shut down the country": the threatener's
    doers = {found[s.i].country for s in children(clause) if s.dep_ in ("nsubj", "nsubjpass") and s.i in found}
    doers |= {found[p.i].country for a in children(clause) if a.dep_ == "agent" for p in children(a) if p.i in found}
    before = offset + tok.idx
    here = sorted(found.values(), key=lambda a: a.start, reverse=True)  # this sentence's, nearest first
    prior = next((a for a in [*here, *reversed(ctx.recent)] if a.start < before and is_state(a)
                  and a.country not in doers), None)
    if prior is None:
        return []
    state = replace(prior, code=prior.country, role=None, name=None, kind="country")
    return [as_referred_to(state, tok, offset, "state-antecedent")]


def _described(kids: list[Token]) -> bool:
    """Whether a noun's modifiers are only capitalised descriptive words ("Gulf", "Central Asian"), no
    possessor or of-phrase."""
    mods = [c for c in kids if c.dep_ in ("compound", "poss", "amod", "nmod") or c.dep_ == "prep" and c.lower_ == "of"]
    return all(c.dep_ != "poss" and c.dep_ != "prep" and all(t.text[:1].isupper() for t in c.subtree) for c in mods)


def members_of_named_body(tok: Token, ctx: ArticleContext, offset: int, heads) -> list[Actor]:
    """'Council members', 'Commission officials' after "the United Nations Security Council", "the African
    Union Commission": the members of the last body the article named by that word, acting for it (rule
    ``+body-antecedent``). Only a partitive head whose capitalised body word names no body itself."""
    if heads.get(tok.lemma_.lower()) != "partitive":
        return []
    word = next((c for c in children(tok) if c.dep_ == "compound" and c.lemma_.lower() in BODY_WORDS
                 and c.text[:1].isupper() and not any(g.dep_ == "compound" for g in children(c))), None)
    body = named_body(word.lemma_.lower(), ctx, offset + tok.idx) if word is not None else None
    return [as_referred_to(body, tok, offset, "body-antecedent")] if body is not None else []


def named_body(word: str, ctx: ArticleContext, before: int) -> Actor | None:
    """The last organisation the article named, before ``before``, by a name with ``word`` in it
    ("the court" after "the International Court of Justice")."""
    body = ctx.bodies.get(word)
    return body if body is not None and body.start < before else None


def bench_of_named_court(tok: Token, actor: Actor, ctx: ArticleContext, offset: int) -> Actor | None:
    """'The judges also called on Hamas ...' after "the International Court of Justice": the bench of the
    last court the article named (rule ``+court-antecedent``), not judges of whichever state the paragraph
    named; so is "the court" bare, which names that court again. Only "the judges", "the court" bare: a
    judge or court of a state's own ("Israeli judges", "a Kenyan court") or a singular judge is another."""
    if actor.first_role != "JUD" or actor.country:
        return None
    bench = tok.tag_ == "NNS" and tok.pos_ == "NOUN"
    court = tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in ("court", "tribunal")  # "the court", "the Court"
    if not (bench or court):
        return None
    kids = list(children(tok))
    if not is_definite(kids) or names_its_own(kids):
        return None
    body = _named_court(ctx, offset + tok.idx) if bench else last_court(ctx, offset + tok.idx)
    return as_referred_to(body, tok, offset, "court-antecedent") if body is not None else None


def _named_court(ctx: ArticleContext, before: int) -> Actor | None:
    """The last court or tribunal the article named by name before ``before`` ("the International Court
    of Justice")."""
    return named_body("court", ctx, before) or named_body("tribunal", ctx, before)


# what only a court gives or holds
JUDGMENT_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement", "trial", "conviction", "acquittal", "sentencing"})


def judged_subject(tok: Token) -> bool:
    """The subject of a judgement a speaker states ("Vucic said the ruling was a disgrace"): it names
    an act or thing again as the object of "condemned the ruling" does."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.dep_ == "ccomp"


def court_antecedent(tok: Token, ctx: ArticleContext, offset: int) -> list[Actor]:
    """'The government refused to recognise the ruling': a court's decision named again is the
    court's, the last court the article named with a state, however far back (rule ``+court-antecedent``). Only a
    definite noun that names no court or owner itself ("the Supreme Court ruling", "the court's
    verdict", "the ruling of the tribunal" are their own)."""
    if tok.lemma_.lower() not in JUDGMENT_NOUNS or tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj") \
            and not judged_subject(tok):
        return []
    kids = list(children(tok))
    if not is_definite(kids) or names_its_own(kids):
        return []
    court = last_court(ctx, offset + tok.idx)
    return [as_referred_to(court, tok, offset, "court-antecedent")] if court is not None else []


def last_court(ctx: ArticleContext, before: int) -> Actor | None:
    """The last court the article named before ``before``: a state's ("the Supreme Court of Kenya"),
    however far back, or one named by name ("the International Court of Justice"), the nearer."""
    court = next((a for a in reversed(ctx.recent) if a.first_role == "JUD" and a.country and a.start < before), None) \
        or (ctx.court if ctx.court is not None and ctx.court.start < before else None)  # named further back
    body = _named_court(ctx, before)
    return body if body is not None and (court is None or court.start < body.start) else court


def thing_antecedent(tok: Token, ctx: ArticleContext, offset: int) -> list[Actor]:
    """'India rejected the map' after 'Nepal released a new map': a definite thing, the object of
    a verb, that an earlier sentence issued is its issuer's (rule ``+thing-antecedent``; see
    ``note_things``), kept with the noun phrase's own text. Not a thing whose owner or kind the
    phrase names itself ("the Indian map", "the map of Nepal")."""
    if tok.pos_ != "NOUN" or not (tok.dep_ == "dobj" or tok.dep_ == "nsubj" and _document_speaks(tok)):
        return []
    issuer = _issuer_told(tok, ctx)
    return [as_referred_to(issuer, tok, offset, "thing-antecedent")] if issuer is not None else []


def document_issuer(tok: Token, ctx: ArticleContext) -> Actor | None:
    """'"...," the statement said': the issuer of the document the article told before, as they were
    named (a quotation's speaker is whoever issued what speaks). A quotation is read before the sentence
    that begins it, so the sentence the context counts last is an earlier one."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return _issuer_told(tok, ctx, ctx.sentence_no + 1)


def _issuer_told(tok: Token, ctx: ArticleContext, sentence_no: int | None = None) -> Actor | None:
    """Who issued the definite thing ``tok`` names again, told in a sentence before ``sentence_no``
    (the current one by default; see ``note_things``)."""
    kids = list(children(tok))
    if not is_definite(kids) or any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return None
    hit = ctx.things.get(tok.lemma_.lower())
    now = ctx.sentence_no if sentence_no is None else sentence_no
    return hit[0] if hit is not None and hit[1] < now else None  # (told in this sentence: no reference back)


def _document_speaks(tok: Token) -> bool:
    """A document as the subject of what it says or asks: "The statement also asked the two sides to talk",
    "the letter said that ...", "the statement accused Doha of ..." (a verb of saying, one with content: a
    clause, or someone asked to do something, or an act done in words); not "The statement came hours
    after ...", where it is only the topic."""
    verb = tok.head
    if tok.lemma_.lower() not in DOCUMENT_NOUNS or verb.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in children(verb)}
    return verb.lemma_.lower() in SPEECH_VERBS or "ccomp" in deps or {"dobj", "xcomp"} <= deps \
        or _verbal_act(verb.lemma_.lower())


# the kinds of act done in words, which a text can do for its issuer: praise, demand, accuse, reject,
# threaten ("The statement accused Doha of ..."); not meeting, aiding or fighting
VERBAL_ROOTS = ("01", "02", "03", "05", "10", "11", "12", "13")


def _verbal_act(lemma: str) -> bool:
    from ..events.lexicon import load_lexicon
    cue = load_lexicon().verb(lemma)
    return cue is not None and cue.code.startswith(VERBAL_ROOTS)


def note_things(sent: Span, found: dict[int, Actor], ctx: ArticleContext) -> None:
    """Remember who issued each thing a clause introduces as its object ("Maduro unveiled a new map",
    "the Council adopted a resolution"): a later "the map" is theirs. Only verbs of issuing
    (verb_classes.tsv ``issue``: one who releases a map or drafts a plan is its author, one who
    blocks a boat is not its owner), an object with an indefinite article (the definite "the map"
    refers back and adds no thing), not a place nor an actor of its own."""
    issuing = issuing_verbs()
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i in found and tok.lemma_.lower() not in ISSUED_NOUNS:
            continue  # (a possessor's plan is coded as the possessor's, and remembered as theirs)
        doer = _issuer(tok, found, issuing)
        if doer is not None and doer.code and doer.kind != "pronoun":
            ctx.things[tok.lemma_.lower()] = (doer, ctx.sentence_no)


def _issuer(tok: Token, found: dict[int, Actor], issuing: frozenset[str]) -> Actor | None:
    """Who issued the thing a noun introduces: the subject of the verb of issuing whose object it is, with
    an indefinite article ("Maduro unveiled a new map"); the subject of the verb a document is the means of
    ("Blinken said in a statement", "In a letter, the minister asked ..."); a document's possessor
    ("Blinken's statement")."""
    kids = children(tok)
    # introduced here, not named again: "unveiled a plan", "unveiled its plan"
    introduced = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids) \
        or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in kids)
    by = _issued_by(tok, found, issuing)
    if by is not None:
        return by
    if tok.dep_ == "dobj" and introduced and tok.head.lemma_.lower() in issuing:
        verb = tok.head
    elif tok.dep_ == "pobj" and introduced and tok.lemma_.lower() in DOCUMENT_NOUNS and tok.head.lower_ == "in" \
            and tok.head.head.pos_ == "VERB":
        verb = tok.head.head
    elif tok.lemma_.lower() in DOCUMENT_NOUNS or tok.lemma_.lower() in ISSUED_NOUNS:
        poss = next((c for c in kids if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if poss is None:
            return None
        return found.get(poss.i) or found.get(tok.i)  # ("Egypt's plan" is coded at its head, as Egypt's)
    else:
        return None
    return next((found[s.i] for s in children(verb) if s.dep_ == "nsubj" and s.i in found), None)


# a subject's own possessive: the thing it issues is its own ("unveiled its plan")
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her"})
# what a party drafts and puts forward, besides documents: "Egypt's plan", "Trump's proposal"
ISSUED_NOUNS = frozenset({"plan", "proposal", "initiative", "roadmap", "blueprint", "map", "amendment", "draft"})


def _issued_by(tok: Token, found: dict[int, Actor], issuing: frozenset[str]) -> Actor | None:
    """The author a participle of issuing names after the thing: "the plan presented by Egypt", "a
    resolution drafted by France"."""
    for verb in children(tok):
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in issuing:
            return next((found[o.i] for p in children(verb) if p.dep_ == "agent"
                         for o in children(p) if o.dep_ == "pobj" and o.i in found), None)
    return None


def document_author(tok: Token, found: dict[int, Actor]) -> list[Actor]:
    """"were lifted by an executive order signed by President Donald Trump": a document acts for whoever a
    participle of issuing after it names (a document is never an actor: its issuer is)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    author = _issued_by(tok, found, issuing_verbs())
    return [author] if author is not None and author.code else []


GOVERNING_ROLES = frozenset({"GOV"})
GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "administration"})  # a state's executive as a whole


STANCE_AUX = frozenset({"will", "would"})  # what a state is to do, said by whoever speaks for it


def speaks_for(tok: Token, actor: Actor, found: dict[int, Actor]) -> Actor:
    """A government role without a state that says what a state named bare does or will do, in the
    present or the future ("Government spokesman Olivier Veran said France condemns the coup",
    "the ministry said Germany would expel two diplomats"), speaks for that state (rule
    ``+speaks-for``); not what a state did ("the minister said Russia had attacked": anyone's report)."""
    if actor.country is not None or actor.role not in GOVERNING_ROLES or tok.dep_ != "nsubj" \
            or tok.head.lemma_.lower() not in SPEECH_VERBS:
        return actor
    for clause in children(tok.head):
        if clause.dep_ != "ccomp":
            continue
        stance = clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in children(clause)) \
            or any(c.dep_ == "aux" and c.lower_ in STANCE_AUX for c in children(clause))
        subject = next((found.get(s.i) for s in children(clause) if s.dep_ == "nsubj"), None)
        if stance and subject is not None and subject.kind == "country" and subject.role is None \
                and subject.country and subject.code == subject.country and "place" not in subject.rule:
            return replace(actor, country=subject.country, code=subject.country + actor.code,
                           rule=actor.rule + "+speaks-for")
    return actor


def reporters_government(tok: Token, actor: Actor, found: dict[int, Actor]) -> Actor:
    """A government named without a state in what a member of a government reports is the
    reporter's own: "Ms Ardern said the government had summoned the ambassador" (rule
    ``+reporter-government``). Only the speaker's government: another state's body the text names
    as such ("the Chinese government") already has its state."""
    if actor.country is not None or actor.role not in GOVERNING_ROLES or tok.dep_ not in ("nsubj", "nsubjpass") \
            or tok.lemma_.lower() not in GOVERNMENT_NOUNS:
        return actor  # (not "the leaders", "the minister": others' as often as the speaker's)
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return actor
    reporter = next((found[s.i] for s in children(clause.head) if s.dep_ == "nsubj" and s.i in found), None)
    if reporter is None or reporter.first_role not in GOVERNING_ROLES or not reporter.country \
            or len(reporter.country) != 3 or reporter.code.startswith(("IGO", "NGO", "IMG")):
        return actor
    return replace(actor, country=reporter.country, code=reporter.country + actor.role, rule=actor.rule + "+reporter-government")


def not_the_speaker(tok: Token, actor: Actor, speaker: Actor, memory) -> Actor | None:
    """A he/him/his/she/her in a quotation names someone other than its speaker, who would say "I":
    '"Mexico has granted him asylum," Ebrard said' is about the person named before Ebrard."""
    if tok.lower_ not in PERSONAL_PRONOUNS or actor.kind != "pronoun" or not speaker.name or actor.name != speaker.name:
        return actor
    other = memory.person_before(speaker, tok.lower_)
    if other is None:
        return None
    return replace(actor, code=other.code, country=other.country, role=other.role, name=other.name,
                   rule=f"{actor.rule}+not-the-speaker")


def named_so_before(actor: Actor, heads: frozenset[str], recent: list[Actor], before: int) -> Actor | None:
    """The last whole party the article named with the same plural head and role, whose state or
    organisation it gave: "European Union leaders ... the leaders demanded" (one party of many people)."""
    return next((p for p in reversed(recent) if p.start < before and p.role == actor.role and p.code != actor.code
                 and p.country and _same_head(p.text, heads)), None)


def titled_name(title: str, person: Actor, mentions: list[str]) -> str | None:
    """The name of a person one of whose ``mentions`` gave this very title before the name ("President
    William Ruto", "Prime Minister Imran Khan"): whom "the President" names again. Not a body's word
    in a person's longer title ("the government" is not "government spokesman X")."""
    if person.kind != "person" or not person.name or not title:
        return None
    first = person.name.split()[0].lower()
    return person.name if any(f"{title} {first}" in " ".join(m.lower().split()) for m in mentions) else None


PREPOSED_CLAUSES = ("advcl", "relcl")  # "When he arrived ...,", "In Sydney, where he was holding talks ...,"


def preposed_pronoun(sent: Span, found: dict[int, Actor], memory, offset: int) -> None:
    """A he/she subject of a clause put before the main clause's named subject is that person (English
    cataphora: "When he arrived in Kyiv, Blinken condemned Russia", "In Sydney, where he was holding talks,
    Tillerson urged ..."), not the person the sentences before named last; never one of the other gender."""
    root = sent.root
    subject = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), None)
    if subject is None or subject.i not in found or found[subject.i].kind != "person":
        return
    person = found[subject.i]
    for tok in sent[:subject.i - sent.start]:
        if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not _preposed(tok.head, root, subject) or memory.gender(person) not in (None, pronoun_gender(tok.lower_)):
            continue
        found[tok.i] = replace(person, text=tok.text, start=offset + tok.idx, end=offset + tok.idx + len(tok),
                               rule="pronoun:preposed-clause", kind="pronoun")


def _preposed(clause: Token, root: Token, subject: Token) -> bool:
    """Whether ``clause`` hangs off the main verb before its subject: an adverbial clause of the main verb,
    or a relative clause on a noun of a phrase of it ("In Sydney, where ...")."""
    if clause.dep_ not in PREPOSED_CLAUSES or clause.i > subject.i:
        return False
    if clause.dep_ == "advcl":
        return clause.head == root
    noun = clause.head
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == root and noun.head.i < subject.i


# Verbs of a hedged identification: "gunmen believed to be Boko Haram fighters", "armed men suspected to be
# Ambazonian separatists", "attackers thought to be members of the ADF"
IDENTIFYING = frozenset({"believe", "suspect", "think", "say", "report", "understand", "presume", "allege"})


def identified_as(sent: Span, found: dict[int, Actor]) -> None:
    """A party described only by its role ("gunmen", "armed men") whom the sentence goes on to identify,
    hedged or not, is the one it names: the identity's actor takes its place (rule ``+identified``)."""
    for verb in sent:
        if verb.lemma_.lower() not in IDENTIFYING or verb.tag_ not in ("VBN", "VBD"):
            continue
        be = next((c for c in children(verb) if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
        if be is None:
            continue
        described = verb.head if verb.dep_ == "acl" else next(
            (c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        identity = next((c for c in children(be) if c.dep_ == "attr"), None) or next(
            (t for t in sent.doc[be.i + 1:min(be.i + 7, sent.end)] if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")), None)
        if described is None or identity is None or identity.i not in found or not found[identity.i].code:
            continue
        was = found.get(described.i)
        if was is not None and was.kind != "role":
            continue  # a party named as such keeps its name
        who = found[identity.i]
        found[described.i] = replace(who, rule=f"{who.rule}+identified")
