"""Whether a clause asserts an act: negated, future, conditional, alleged, an ability, the content
of a demand or plan, a condition, a purpose or a participial aside."""
from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from ..nlp import children
from ..records import Actor
from .triggers import COOPERATIVE_ROOTS, HOSTILE_ROOTS, Trigger
from .syntax import SUBJ, PASS_SUBJ, _children, _prep_objects, finite_clause_beside, misread_main_verb, reduced_passive

FUTURE_AUX = {"will", "shall", "'ll", "wo"}

HEDGES = {"allegedly", "reportedly", "purportedly", "apparently", "supposedly"}

ALLEGING = {"allege", "claim", "accuse", "charge", "suspect", "rumour", "rumor"}

CONDITIONAL_MARKS = {"if", "unless"}
# An indirect question asserts nothing of what it asks: the wh-clause a verb of asking governs ("asked how
# many troops would be sent"), or one a verb of telling says it did not tell ("did not say how many troops
# would be sent", "did not reveal how many troops had attacked")
WH_WORDS = {"how", "when", "where", "why", "what", "which", "who", "whom", "whether"}
ASKING = {"ask", "wonder", "question", "inquire", "enquire"}
TELLING = {"say", "tell", "specify", "disclose", "reveal", "confirm", "explain", "indicate", "announce", "state", "detail"}
AWAITED_MARKS = CONDITIONAL_MARKS | {"until"}  # what the threatener or the refuser waits on another party to do

CONDITION_MARKS = {"if", "unless", "until", "whether"}

CONTENT_NOUNS = {"demand", "call", "appeal", "request", "motion", "petition", "plan", "proposal", "allegation", "claim", "report",
                 "warning", "threat", "promise", "offer", "invitation", "hope", "idea", "plea", "ultimatum", "suggestion", "rumour", "rumor",
                 "overture",
                 # what is tried or set out to do ("efforts to end the war", "a bid to oust the president")
                 "effort", "attempt", "bid", "strategy", "drive", "push",
                 # what one may, can or must do, not what was done ("has no right to seize", "the ability to
                 # strike", "the authority to arrest", "a mandate to use force")
                 "right", "authority", "power", "ability", "capacity", "capability", "mandate", "permission",
                 "licence", "license", "freedom", "option", "means", "chance", "opportunity", "need", "duty",
                 "obligation", "responsibility", "way", "goal", "aim", "intention", "deadline"}

# What someone asserts, denies, believes or fears, not what the reporter says happened: a clause these
# nouns introduce with "that" ("dismissed Kenya's argument that Somalia had accepted the border", "fears
# that troops would cross"); a relative clause on them is told ("charges Qatar has always denied").
ASSERTION_NOUNS = {"argument", "assertion", "contention", "accusation", "charge", "denial", "belief", "view", "notion",
                   "theory", "speculation", "fear", "assumption", "insistence", "perception", "impression",
                   # what is shown for a claim is the claim's ("evidence that the army had killed 12 protesters")
                   "evidence", "proof", "indication", "sign"}

# What someone fears may have happened or happen ("was worried the USS Boxer had shot down its own drone",
# "fear that troops would cross"): a clause of these verbs and adjectives is no act told as done.
FEARING = {"fear", "worry", "worried", "concerned", "afraid", "fearful", "anxious"}


def is_content_clause(verb: Token) -> bool:
    """Whether the verb is the content of a demand, plan, claim ... noun: not an event that happened."""
    if finite_clause_beside(verb) is not None:
        return False  # "in its efforts to free its citizens and condemned X": told, as its finite clause is
    node = verb
    for _ in range(3):
        if node.dep_ in ("ccomp", "xcomp") and node.head != node and is_purpose_clause(node.head):
            return True  # "sent a mission to help Haiti fight gangs": what the purpose is to bring about
        if node.dep_ in ("acl", "ccomp", "relcl") and node.head.pos_ == "NOUN" and node.head.i < node.i:
            # (a noun's content follows it: a clause before it is the parser hanging the line on a trailing
            # attribution, "UK jets struck Houthi targets, Houthi media report")
            # an infinitive is content even where the parser makes it a relative clause ("a call for
            # its forces to be deployed"); a finite relative clause is not ("the report, which ...")
            noun = node.head.lemma_.lower()
            return noun in CONTENT_NOUNS and (node.dep_ != "relcl" or infinitive(node)) \
                or noun in ASSERTION_NOUNS and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(node))
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in FEARING:
            return True
        if node.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(node)) \
                and any(o.dep_ == "dobj" and o.lemma_.lower() in CONTENT_NOUNS for o in children(node.head)):
            return True  # "reiterated its demand today that Israel ease ...": the parser hung it on the verb
        if not (node.dep_ in ("xcomp", "conj") or node.dep_ == "ccomp" and infinitive(node.head)) or node.head == node:
            return False  # (through "to help X fight": the infinitive's own clause)
        node = node.head
    return False


def infinitive(verb: Token) -> bool:
    """A verb with its infinitive marker: "to fight", "(a threat) to suspend"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def is_purpose_clause(verb: Token) -> bool:
    """A subjectless 'to'-infinitive adjunct: "... to demand reforms", "... to protest against X"."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and not _children(verb, SUBJ)
        and infinitive(verb)
    )

def in_condition(verb: Token) -> bool:
    """Whether the verb sits in a conditional or time-limit clause ("unless X", "until Y")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children(node)):
            return True
        if node.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ == "once" for c in children(node)):
            return True  # "... will resume once Israel opens the crossing"; not "once the troops withdrew"
        if node.dep_ not in ("conj", "xcomp", "ccomp", "acomp") or node.head == node:
            return False  # ("asked whether he was ready to denuclearise": through the copula's adjective)
        node = node.head
    return False

def is_alternative(verb: Token) -> bool:
    """The act a choice was made against: "rather than protect sailors", "instead of negotiating"."""
    def marks(tok: Token) -> bool:
        return tok.lower_ in ("than", "of") and any(c.lower_ in ("rather", "instead") for c in children(tok))

    head = verb.head
    if verb.dep_ == "pcomp" and marks(head):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < verb.i and marks(c) for c in children(head))


def _done_without(verb: Token) -> bool:
    """A gerund under "without": "left without signing the agreement"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


AVERT_BLOCK = "AVERT"  # CAMEO.2.0's block of avert, avoid, refrain, abstain: no event of their own (null code)


@functools.cache
def _averting_verbs() -> frozenset[str]:
    from .dictionary import load_dictionary  # (the dictionary loads its own data; modality is imported first)
    return frozenset(lemma for lemma, blocks in load_dictionary().blocks.items() if AVERT_BLOCK in blocks)


def _averted(verb: Token) -> bool:
    """A gerund a verb of averting governs: "avoided striking the oil facilities", "refrained from attacking",
    "will abstain from targeting": the act is not done, as "did not strike" is not."""
    if verb.tag_ != "VBG":
        return False
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "from" else verb.head if verb.dep_ == "xcomp" else None
    return head is not None and head.lemma_.lower() in _averting_verbs()


def is_background_clause(verb: Token) -> bool:
    """A subjectless participial or purpose clause hanging off another clause or a noun."""
    if verb.dep_ not in ("advcl", "acl", "relcl", "xcomp", "conj", "pcomp") or failed(verb) or declined(verb) \
            or misread_main_verb(verb):
        return False  # "failed to reach agreement" is the clause's own predicate, not an aside
    if _done_without(verb):
        return False  # "left without signing": what the doer did not do, told as such (has_negation)
    if _children(verb, SUBJ | PASS_SUBJ):
        return False
    if verb.dep_ == "conj":
        return verb.tag_ == "VBG"  # "..., killing one person and arresting 12"
    return verb.tag_ in ("VBG", "VBN") or any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))

EARLIER_MARKS = frozenset({"after", "since"})  # "two days after Iran struck", "since the army seized power"


def told_as_earlier(verb: Token) -> bool:
    """A clause that tells what happened before the sentence's own news: "... after Iran struck targets"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in children(verb))


OBLIGATION = {"must", "should"}


def is_obligation(verb: Token) -> bool:
    """A clause that says what someone must or should do: an obligation, not an act."""
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in children(verb))


def is_ability(verb: Token) -> bool:
    """A clause that says what someone can do, not what they did or will do."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in children(verb))

GENERIC_HEADS = {"anyone", "anybody", "whoever", "everyone", "everybody", "those"}


# Adverbs of frequency: with a verb in the simple present they tell what is usually so, not a deed
HABITUAL = frozenset({"generally", "usually", "typically", "often", "rarely", "seldom", "normally", "commonly",
                      "routinely", "frequently", "traditionally", "always"})


def is_generic(verb: Token) -> bool:
    """A relative clause on a generic head describes whoever might do it, not a deed: "anyone who
    proclaimed himself the winner would face prosecution", "those who seek change"; a simple present
    with an adverb of frequency tells what usually happens: "diplomats generally agree that ..."."""
    if verb.tag_ in ("VBP", "VBZ") and any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in children(verb)):
        return True
    return verb.dep_ == "relcl" and verb.head.lower_ in GENERIC_HEADS


def is_presupposed(verb: Token) -> bool:
    """A past-perfect relative clause describes what a noun already was, not news: "the towns they had
    seized", "a law parliament had passed"."""
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children(verb)) \
        and verb.tag_ == "VBN"


STATIVE = frozenset({"remain", "stay"})


def tells_a_state(verb: Token) -> bool:
    """'soldiers remain deployed on the border', 'he stayed detained': a participle after remain or stay tells
    what still is, not an act."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.i != verb.i \
        and verb.head.lemma_.lower() in STATIVE


COUNT_NOUNS = {"number", "total", "toll", "count", "tally"}


def is_participle_aside(verb: Token) -> bool:
    """A bare past participle on a noun that is an argument of another clause says what the noun
    already is ("property seized in the 1970s", "activists detained in a crackdown", "talks brokered
    by China"), not news. Unless the noun has no clause of its own to sit in: a headline ("20
    militants killed") or a gapped passive ("one was killed and three servicemen injured by fire")."""
    if not reduced_passive(verb):
        return False
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNT_NOUNS:
        return False  # "the number of people evacuated by the U.S.": what is counted is the news
    return not (noun.dep_ == "ROOT" or noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX"))


def is_misread_participle(verb: Token) -> bool:
    """"carried out the first stage of a prisoner exchange agreed in Istanbul last week": a participle
    right after a noun that the parser made a conjunct of the main verb, with no "and" or comma to join
    them, is a participle on that noun (what the noun already is), not a second act of the subject."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or head.i >= verb.i or _children(verb, SUBJ | PASS_SUBJ):
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ in ("cc", "punct") and head.i < c.i < verb.i for c in children(head))


def is_affiliation(verb: Token, code: str) -> bool:
    """A bare participle after a noun says what the noun is tied to, not an act of cooperation or
    support: "insurgents linked to Islamic State", "a faction aligned with the army". With its doer
    named ("rebels backed by Rwanda", "a deal brokered by Qatar") it is still the doer's act. The
    small parser often makes such a participle the main verb and the real one its dependant
    ("Gunmen linked to IS attacked ...": "attacked" hangs on "linked" with no subject)."""
    if code[:2] not in ("05", "06") or verb.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("agent", "aux", "auxpass") for c in children(verb)):
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    if verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in children(verb)) \
            and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in children(verb)):
        return True  # a participle with no auxiliary is no finite verb ("a region where groups linked to al-Qaeda ...")
    # two finite verbs in a row, the second with no subject and no "and": the first is a participle
    return verb.dep_ == "ROOT" and any(
        c.i > verb.i and c.dep_ in ("advcl", "dep", "ccomp") and c.tag_ in ("VBD", "VBZ", "VBP")
        and not any(s.dep_ in SUBJ or s.dep_ == "mark" for s in children(c)) for c in children(verb))


# Heads whose complement is what someone would like to happen, or what is expected or scheduled.
WISHING = {"want", "wish", "hope", "expect", "like", "prefer"}
SCHEDULING = {"due", "set", "schedule", "slate", "poise", "likely", "expect", "bound"}


def is_wish(verb: Token) -> bool:
    """'Washington wants Israel to halt the offensive', 'Kinshasa expected the rebels to withdraw': what
    the subject would like another party to do has not happened (and is not that party's intent)."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head.i == verb.i or head.lemma_.lower() not in WISHING:
        return False
    return bool(_children(verb, SUBJ)) or bool(_children(head, {"dobj"}))


def is_desired(verb: Token) -> bool:
    """'pushing hard for the US (to) support its plan', 'waited for Israel to withdraw': a clause of
    "for" with its own subject and an uninflected verb says what is wanted of that subject, not done."""
    return verb.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "for" for c in children(verb)) \
        and bool(_children(verb, SUBJ))


def is_counterfactual(verb: Token) -> bool:
    """'a resolution that would have imposed sanctions', 'troops could have stopped it': a modal with a
    perfect says what did not happen (or may have), not an act."""
    auxes = {c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")}
    return "have" in auxes and bool(auxes & {"would", "could", "might", "should", "'d"})


HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "'d"})


def is_described_prospect(verb: Token) -> bool:
    """'training police personnel who would be deployed in Gaza', 'troops that could fight al-Shabaab': a
    relative clause with a modal of possibility says what its noun is for, not an act anyone reports or
    threatens (a reported intention has its reporter: "Kenya, which said it would send troops")."""
    kids = list(children(verb))
    return verb.dep_ == "relcl" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in HYPOTHETICAL_MODALS for c in kids) \
        and any(c.dep_ in SUBJ | PASS_SUBJ and c.tag_ in ("WDT", "WP") for c in kids)
    # (its subject the relative pronoun: the noun it describes; "told a diplomat it would kill Bazoum",
    # which the parser may hang as a relative clause, has a subject of its own)


def is_prospective(verb: Token) -> bool:
    """'is due to visit', 'talks are expected to resume', 'Israel hopes to complete', 'troops are to
    withdraw': scheduled, expected, arranged or hoped for, not done."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    lemma = head.lemma_.lower()
    if lemma == "be" and infinitive(verb) and all(t.pos_ in ("ADV", "PART") for t in head.doc[head.i + 1:verb.i]):
        # "Israeli troops are to withdraw within 60 days": what is arranged, not yet done (not "was the
        # first to send aid", "among the first countries to send": a predicate the infinitive qualifies)
        return True
    return lemma in WISHING or lemma in SCHEDULING and (head.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in children(head)))


FAILING = {"fail", "neglect"}  # "failed to protect civilians": the act did not happen


def failed(verb: Token) -> bool:
    """'failed to reach agreement': the act was attempted and did not happen."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILING


AUXILIARY_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})
AUXILIARIES = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must",
                         "be", "do", "have"})


def asks_yes_or_no(sent: Span) -> bool:
    """'Will Russia attack Ukraine?', 'Would a new government be willing to compromise?': a question that
    opens with its auxiliary asserts nothing of what it asks. (A wh-question presupposes its act: "Why did
    Russia attack?")"""
    words = [t for t in sent if not t.is_quote and not t.is_space]
    return len(words) > 2 and words[-1].text == "?" and words[0].tag_ in AUXILIARY_TAGS \
        and words[0].lemma_.lower() in AUXILIARIES and words[0].dep_ in ("aux", "ROOT", "auxpass")


ACHIEVING = frozenset({"manage", "succeed"})


def unachieved(verb: Token) -> bool:
    """'did not manage to arrest them', 'will not succeed in destroying our democracy': an act whose
    achievement is denied did not happen."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in" and head.head.i != head.i:
        head = head.head
    elif verb.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in ACHIEVING and has_negation(head)


DESIRING = frozenset({"want", "wish"})


def declined(verb: Token) -> bool:
    """'did not want to work with the envoy', 'no longer wished to cooperate': the doer's own act that
    it says it does not want to do (not another's it does not want done: 'did not want Israel to attack')."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DESIRING and has_negation(verb.head) \
        and not any(c.dep_ in SUBJ for c in children(verb))


def restraint(kind: str, verb: Token, inner: Trigger | None) -> str | None:
    """The frame kind an intent takes when the act intended is negated: forswearing a hostile act is a
    restraint intended ("promised not to attack", "agreed that the two states will not threaten each
    other": 030, not a threat), and forswearing cooperation a refusal ("vowed not to lay down their
    arms"). None when the frame is no intent, the act is not negated, or the intent itself is ("did not
    promise not to ...")."""
    if kind != "intent" or inner is None or not has_negation(inner.verb) or has_negation(verb):
        return None
    root = inner.code[:2]
    if root in HOSTILE_ROOTS:
        return "restrain"
    return "refuse" if root in COOPERATIVE_ROOTS else None


NEGATED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
NO_ONE = frozenset({"nobody", "none"})


def has_negation(verb: Token) -> bool:
    """"did not attack", "never attacked", "would never again take part", "would neither accept nor
    recognise" (both verbs negated), "left without signing the agreement", "refrained from attacking"."""
    if _done_without(verb) or _averted(verb):
        return True
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") or c.dep_ == "preconj" and c.lower_ == "neither"
           or c.dep_ == "advmod" and any(n.dep_ == "neg" and n.i < c.i for n in children(c))  # "never again"
           or c.dep_ in ("aux", "auxpass") and any(n.dep_ == "neg" for n in children(c))  # "did not, however, accept"
           for c in children(verb)):  # (the parser may hang the "not" on the auxiliary)
        return True
    if verb.dep_ == "acomp" and verb.head.lemma_ == "be" and verb.head.i != verb.i and has_negation(verb.head):
        return True  # a predicate adjective is negated on its copula: "is not willing to negotiate"
    if any(s.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "preconj" and p.lower_ == "neither" for p in children(s))
           for s in children(verb)):
        return True  # "Neither Russia nor Ukraine attacked the plant"
    if any(a.dep_ in NEGATED_ARGUMENTS and (a.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no"
                                                                       for d in children(a))) for a in children(verb)):
        return True  # "no civilians had been killed by troops", "nobody was arrested": an act of no one on no one
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in children(verb.head))


def shares_clause(verb: Token) -> bool:
    """A conjunct verb with no subject, auxiliary or negation of its own shares its head's ("may attack
    Kyiv and seize the capital", "will not attack Russia or seize its territory"); not a finite one,
    which the head's auxiliary cannot govern ("did not arrest them but fired tear gas")."""
    return verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
        and verb.tag_ not in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "neg", "expl") or c.dep_ in SUBJ | PASS_SUBJ for c in children(verb))


def modality_of(verb: Token, sent: Span) -> str:
    """asserted / negated / future / conditional / alleged, from the clause around the verb."""
    if shares_clause(verb):
        return modality_of(verb.head, sent)
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in SUBJ | PASS_SUBJ and verb.head.i != verb.i:
        # an event noun as subject takes its clause's: "talks will resume", "talks are expected to resume"
        clause = modality_of(verb.head, sent)
        if clause != "asserted":
            return clause
        if any(c.dep_ == "xcomp" and is_prospective(c) for c in children(verb.head)):
            return "future"
    if verb.dep_ == "advcl" and is_purpose_clause(verb) and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        # what an act is done for is no more done than the act: "would call Moon to brief him on the talks"
        clause = modality_of(verb.head, sent)
        if clause != "asserted":
            return clause
    kids = list(children(verb))
    if has_negation(verb) or failed(verb) or declined(verb) or unachieved(verb):
        return "negated"
    if any(c.lower_ in HEDGES for c in kids):
        return "alleged"
    node = verb
    for _ in range(4):  # conditional clause or alleging verb above us
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children(node)):
            return "conditional"
        if node.head.i == node.i:  # the root (a new Token object each time: "is" never holds)
            break
        if node.dep_ in ("ccomp", "xcomp", "pcomp") and node.head.lemma_ in ALLEGING:
            return "alleged"
        if node.dep_ == "ccomp" and node.left_edge.lower_ in WH_WORDS and node.left_edge.i < node.i and (
                node.head.lemma_ in ASKING or node.head.lemma_ in TELLING and has_negation(node.head)):
            return "negated"  # "did not say how many troops would be sent": asked, not told, so no event
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.lemma_ in ALLEGING:
            return "alleged"
        node = node.head
    for c in kids:  # "will boycott the elections unless the president resigns"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in children(c)):
            return "conditional"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"may", "might", "could"} for c in kids) or is_prospective(verb):
        return "future"
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids):
        return "future"
    return "asserted"


MEDIATION = "045"  # mediate


def brokered(code: str, verb: Token) -> bool:
    """'a truce brokered by Qatar', 'talks mediated by the UAE': a mediator named in the agent phrase
    of an agreement or talks mediated is news, not what the noun already is (``is_participle_aside``)."""
    return code.startswith(MEDIATION) and reduced_passive(verb) and bool(_prep_objects([verb], {"by"}))


def condition_parties(verb: Token, sources: list[Actor], code_actors) -> list[Actor]:
    """The parties the subject of a threatened or refused act's condition names ("if Hezbollah violates
    the agreement, we will attack"; "unless the army withdraws"; "will not end the strike until the
    government pays"), other than the threatener."""
    keys = {a.key for a in sources}
    marks = [m for c in children(verb) if c.dep_ == "advcl" for m in children(c)
             if m.dep_ == "mark" and m.lower_ in AWAITED_MARKS]
    # the subject right after the "if", itself a party: not one named inside it ("if cooperation by all
    # parties founders"), nor a name the parser hung there from further on
    return [a for m in marks for t in _children(m.head, "nsubj") if t.left_edge.i == m.i + 1
            for a in code_actors(t) if a.key not in keys and a.code and t.text in a.text]


HINTING = frozenset({"say", "hint", "suggest", "warn", "signal", "tell", "declare", "state"})


def own_side_hinting(verb: Token, sources: list[Actor], code_actors) -> list[Actor]:
    """The speakers of the doers' own state whose verb of saying reports the clause, or []."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in HINTING:
        return []
    own = {a.country for a in sources if a.country}
    return [a for s in _children(verb.head, {"nsubj"}) for a in code_actors(s) if a.country in own]


ANNOUNCING = frozenset({"will", "would", "'ll", "shall"})  # what is to be done, said as decided


def announced(verb: Token) -> bool:
    """A future act said as decided ("would close its embassy", "will suspend flights"), not as possible
    ("could suspend relations", "may expel"); one on a condition is modality_of's "conditional"."""
    return any(c.dep_ == "aux" and c.lower_ in ANNOUNCING for c in children(verb))
