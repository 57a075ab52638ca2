"""Small dependency-tree helpers shared by the event rules: children by label, conjuncts,
particles, modifiers, prepositional objects. No rule lives here."""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from ..nlp import children, misread_conjunct

SUBJ = {"nsubj", "csubj"}
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # where a noun phrase stands as an argument

PASS_SUBJ = {"nsubjpass", "csubjpass"}

COMPLEMENT = {"xcomp", "ccomp"}

def _children(tok: Token, deps: set[str] | str) -> list[Token]:
    if isinstance(deps, str):  # one label: compared, not wrapped in a set on every call
        return [c for c in children(tok) if c.dep_ == deps]
    return [c for c in children(tok) if c.dep_ in deps]

def _with_conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens conjoined with it ("France and Russia"); one person where two titles
    share a name ("Former prime minister and PTI chairman Imran Khan")."""
    out = [*(c for c in children(tok) if misread_conjunct(c)), tok]  # "Donald Trump and ... Kim Jong Un agreed"
    for conj in tok.conjuncts:
        if conj.i > tok.i and not in_one_name(tok, conj):
            out.append(conj)
    out += _after_apposition(tok)
    if len(out) == 2 and _shares_the_name(tok, out[1]):
        return [out[1]]
    return out


def of_phrase_conjuncts(tok: Token) -> list[Token]:
    """Parties the parser conjoined inside a singular head's of-phrase rather than with the head: in
    "Government of Mali and JNIM clashed" JNIM is the second subject, not a second owner of one
    government (two owners take a plural head: "the governments of Mali and Niger")."""
    if tok.tag_ not in ("NN", "NNP"):
        return []
    return [c for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children(p) if o.dep_ == "pobj" for c in o.conjuncts if c.i > o.i and not in_one_name(o, c)]


def in_one_name(first: Token, conj: Token) -> bool:
    """Whether a conjunct is a word of the name its first conjunct is in: the entity recogniser spans
    both, and the entity is a place ("Bosnia and Herzegovina") or the first conjunct the object of a
    phrase inside the name ("the Court of Bosnia and Herzegovina", "the Committee on Trade and
    Investment"). The recogniser also joins two organisations now and then ("the World Bank and IMF"),
    so two names that merely share an entity stay two."""
    if first.ent_type_ not in NAMED_KINDS or not all(
            t.ent_iob_ == "I" and t.ent_type_ == first.ent_type_ for t in first.doc[first.i + 1:conj.i + 1]):
        return False
    if first.ent_type_ == "GPE":
        return True
    start = first.i if first.ent_iob_ == "B" else next(
        t.i for t in reversed(first.doc[:first.i]) if t.ent_iob_ == "B")
    return first.dep_ == "pobj" and start <= first.head.i < first.i


NAMED_KINDS = frozenset({"GPE", "ORG", "NORP", "LOC", "PERSON", "FAC"})


def _after_apposition(tok: Token) -> list[Token]:
    """Parties the parser joined to a closed apposition instead of to the noun it renames: "Iran's top
    security official, Ali Shamkhani, and Saudi adviser Musaed al-Aiban" (the comma before "and" closes
    the apposition; without it, "Shamkhani, secretary and adviser", the conjunct describes the same one)."""
    out = []
    for app in (c for c in children(tok) if c.dep_ == "appos" and c.i > tok.i):
        for cc in (c for c in children(app) if c.dep_ == "cc" and c.i > 0 and tok.doc[c.i - 1].text == ","):
            out += [c for c in app.conjuncts if c.i > cc.i and c.pos_ in ("PROPN", "NOUN")]
    return out


def _shares_the_name(title: Token, name: Token) -> bool:
    """A bare singular title (no article, no owner: English allows none before a common noun
    except as a title) coordinated with a titled name: both are the one person named."""
    if title.tag_ not in ("NN", "NNP") or title.tag_ == "NNP" and title.ent_type_ in NAMED_KINDS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in children(title)):
        return False  # "the minister and Imran Khan": two people
    return name.pos_ == "PROPN" and name.ent_type_ == "PERSON" \
        and any(c.dep_ == "compound" and c.ent_type_ != "PERSON" and c.pos_ in ("NOUN", "PROPN") for c in name.subtree)

# Where the parser puts the adjective of a small clause: "found him guilty" (ccomp), "was found
# guilty" (oprd), "set them free", "held Israel responsible".
PREDICATE_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "advcl"})


# Adverbs the parser sometimes leaves as adverbs where they are a phrasal verb's particle ("stepped/VBD
# down/RB as vice chancellor"): right after the verb, they are its particle.
PARTICLE_ADVERBS = frozenset({"down", "up", "off", "out", "back", "over", "away", "aside"})


# Conjunctions that open an adverbial clause, never a verb's content: "ordered troops to the islands,
# as fighting spread" (the parser may make the clause a ccomp, with its subject an "as ..." advcl).
ADVERBIAL_MARKS = frozenset({"as", "while", "because", "since", "after", "before", "when", "although",
                             "though", "until", "once", "unless", "whereas"})


def adverbial_clause(clause: Token) -> bool:
    """Whether a clause the parser calls a complement opens with an adverbial conjunction."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in ADVERBIAL_MARKS and first.i < clause.i


def second_subjects(verb: Token) -> list[Token]:
    """The object the parser made a second subject, after the verb ("On 30 June 2020, Police Forces of
    Ethiopia (2018-) arrested/VBN opposition figure Jawar Mohammed/nsubj"): one verb has one subject, and
    the one before it is the doer."""
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].i > verb.i:
        return []
    return [t for s in subjects if s.i > verb.i and s.pos_ in ("NOUN", "PROPN") for t in (s, *s.conjuncts)]


# A force sent "home", or "back" to no place but its own ("ordered the troops back to their
# barracks"), is withdrawn: the moving verb's deployment sense turns into its withdrawal.
HOMEWARD = frozenset({"home", "homeward", "homewards"})
DESTINATIONS = frozenset({"to", "into", "in", "onto", "toward", "towards"})


def elliptic_passive(verb: Token) -> bool:
    """A passive written without its auxiliary, as headlines and conflict records write it: "...; 4
    Ugandan soldiers killed", "5 police officers wounded in Kunar". A counted subject of a past form
    with no object nor auxiliary of its own is what the verb was done to, not its doer."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "xcomp", "ccomp", "prt")
                                              for c in children(verb)):  # ("the two countries pledged to respect")
        return False
    subj = _children(verb, "nsubj")
    return len(subj) == 1 and (subj[0].like_num or any(c.dep_ == "nummod" for c in children(subj[0])))


def tallied(verb: Token) -> bool:
    """Whether the verb tells a total reached, its to-phrase a number: "bringing the planned force to
    about 2,500", "taking the death toll to 40" (whatever its object, no act on anyone); not a count
    from one number to another ("voted 188 to 6 to ratify")."""
    doc = verb.doc
    return any(o.tag_ == "CD" or o.like_num for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to"
               and not (p.i > 0 and doc[p.i - 1].like_num) for o in children(p) if o.dep_ == "pobj")


def homeward(verb: Token) -> bool:
    """Whether a verb of motion sends its object home: "sent the troops home", "moved troops back from
    the border", "ordered them back to their bases"; not "sent troops back into Gaza" (a redeployment)."""
    for c in children(verb):
        if c.dep_ in ("advmod", "npadvmod", "prt") and c.lower_ in HOMEWARD:
            return True
        if c.dep_ in ("advmod", "prt") and c.lower_ == "back":
            places = [o for h in (verb, c) for p in children(h) if p.dep_ == "prep" and p.lower_ in DESTINATIONS
                      for o in children(p) if o.dep_ == "pobj"]
            return all(any(g.dep_ == "poss" for g in children(o)) for o in places)
    return False


def _particles(verb: Token) -> list[str]:
    """Particles and prepositions of a verb: "shot down", "called for", "pulled out of", "stepped/RB down";
    not a preposition of time ("called the prime minister on Tuesday" is no "call on"). The adjective
    of a small clause counts as one: "found X guilty" is the verb "find guilty". A by-phrase the parser
    calls the agent of a verb that is not passive is a preposition ("spoke/VBD by telephone"). A
    preposition inside a name is the name's ("calls itself the National Council for the Safeguarding of
    the Homeland" is no "call for")."""
    return [c.lower_ for c in children(verb) if c.dep_ == "prt" or c.dep_ == "prep" and not _of_time(c) and c.ent_iob_ != "I"
            or c.dep_ == "agent" and verb.tag_ != "VBN" and not any(a.dep_ == "auxpass" for a in children(verb))
            or c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLE_ADVERBS] \
        + [c.lower_ for c in small_clause_predicates(verb)]


def small_clause_predicates(verb: Token) -> list[Token]:
    """The bare adjective a verb predicates of its object or passive subject ("found Barbarin guilty",
    "was found guilty", "set the prisoners free"); not a clause with a verb of its own."""
    found = [c for c in children(verb) if c.dep_ in PREDICATE_DEPS and c.pos_ == "ADJ"
             and not any(a.dep_ in ("aux", "auxpass", "cop", "neg") for a in children(c))]  # "found him not guilty": acquitted
    if not found and verb.i + 1 < len(verb.doc):
        # the predicate moved before a long object ("set free the prisoners", "let free activists"),
        # which the parser reads as the object's adjective
        nxt = verb.doc[verb.i + 1]
        if nxt.pos_ == "ADJ" and (nxt.dep_ == "advmod" and nxt.head == verb
                                  or nxt.dep_ == "amod" and nxt.head.dep_ == "dobj" and nxt.head.head == verb):
            found = [nxt]
    if not found:
        # the predicate after the object, read as its adjective ("held Zuma responsible for the violence")
        found = [a for o in children(verb) if o.dep_ == "dobj" for a in children(o)
                 if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > o.i]
    return found


# the proper nouns that name a time: months, weekdays, feasts ("on Christmas Eve", "during Ramadan")
CALENDAR_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "christmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "passover", "thanksgiving", "nowruz", "eve", "day",
})


def names_a_date(tok: Token) -> bool:
    """A month's name beside a day's number is a date, whatever the tagger made of it: "Kuala Lumpur
    March 19, 2021" marches no one, nor does "on 5 May" allow anything."""
    if tok.lower_ not in CALENDAR_NAMES or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.text.isdigit() and 1 <= int(t.text) <= 31 for t in near)


def _of_time(prep: Token) -> bool:
    """A prepositional phrase that says when: its object is a date or a time (not a name the recogniser
    took for one: "called on Tebboune/DATE to reopen the border")."""
    return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")
               and not (p.pos_ == "PROPN" and p.lower_.rstrip(".") not in CALENDAR_NAMES) for p in children(prep))

def adverbial_relative(verb: Token) -> bool:
    """A relative clause opened by "where" or a preposition and "which" ("the border, where gangs move
    freely", "the accord under which they withdrew"): its noun is a place or a frame, not what its
    verb acts on."""
    return any(c.tag_ == "WRB" or c.dep_ == "prep" and any(p.tag_ in ("WDT", "WP") for p in children(c))
               for c in children(verb))


def _modifiers(noun: Token) -> list[str]:
    mods = []
    for c in children(noun):
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
            mods.append(c.lemma_.lower())
            # "search and rescue team": a coordinated modifier modifies the noun alike
            mods.extend(g.lemma_.lower() for g in children(c) if g.dep_ in ("compound", "amod", "conj"))
    if noun.dep_ == "compound" and noun.i > 0 and (before := noun.doc[noun.i - 1]).head.i == noun.head.i \
            and before.dep_ in ("compound", "amod"):
        # a word the parser hung on the head of a compound it precedes modifies the compound: "tear/amod
        # gas/compound canisters" is tear gas
        mods.append(before.lemma_.lower())
    # an of- or to-phrase names what a compound would ("an exchange of prisoners" is a prisoner exchange,
    # "access to the internet" internet access)
    mods.extend(o.lemma_.lower() for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("of", "to")
                for o in children(p) if o.dep_ == "pobj" and o.pos_ == "NOUN")
    return mods

# A sum of money is written with its currency's sign as the phrase's head: "$46 million", "€28m".
CURRENCY_SIGNS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
CURRENCY_NAMES = frozenset(CURRENCY_SIGNS.values())

def noun_lemma(tok: Token) -> str:
    """A noun's lemma for the lexicon; a currency sign stands for its currency, as does a sum headed by
    its number ("$30 million": "million", with the sign below it)."""
    low = tok.lower_
    sign = CURRENCY_SIGNS.get(low) or CURRENCY_SIGNS.get(low.rstrip("0123456789.,"))
    if sign is None and tok.tag_ == "CD":
        sign = next((CURRENCY_SIGNS[c.lower_] for c in children(tok) if c.lower_ in CURRENCY_SIGNS), None)
    if sign is None and tok.tag_ == "NNPS" and low.endswith("s") and tok.lemma_.lower() == low:
        return low[:-1]  # a capitalised plural the lemmatizer leaves as it is: "Marines", "Forces"
    return sign or tok.lemma_.lower()


def sum_in(noun: Token) -> list[Token]:
    """What a sum of money is given as: "$30 million in cash assistance", "$2 billion in military aid"."""
    if noun_lemma(noun) not in CURRENCY_NAMES:
        return []
    return [p for prep in children(noun) if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in children(prep) if p.dep_ == "pobj" and p.pos_ == "NOUN"]

# Nouns for a depiction or an account of something: their of-phrase names what they show or tell, not
# what is done to them ("released a video of the hostages" frees no one; "a list of prisoners")
DEPICTIONS = frozenset({"video", "footage", "photo", "photograph", "picture", "image", "recording", "film",
                        "documentary", "report", "list", "account", "record", "map", "story", "letter", "statement"})


def _of_objects(noun: Token) -> list[Token]:
    """Nouns in an of-phrase of a measure noun: "25,000 tons of food aid", "a wave of air strikes"; a
    common noun in title case too, which the tagger takes for a name ("the State of Emergency", "the
    first stage of a 1,000-for-1,000 prisoner Exchange"). Not of a depiction ("a video of the hostages")."""
    if noun.lemma_.lower() in DEPICTIONS:
        return []
    return [p for prep in children(noun) if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in children(prep) if p.dep_ == "pobj" and (p.pos_ == "NOUN" or p.pos_ == "PROPN" and not p.ent_type_)]

# Participles by which a vehicle carries its load: "20 trucks loaded with flour", "planes carrying aid"
LOADED = frozenset({"load", "laden", "pack", "fill", "stack", "stock"})


def carried(noun: Token) -> list[Token]:
    """What a vehicle noun carries, as its participle says: "trucks loaded with flour, cooking oil and
    medicine" (flour, oil, medicine), "planes carrying tents" (tents): the goods sent are the load."""
    out: list[Token] = []
    for part in children(noun):
        if part.dep_ not in ("acl", "amod") or part.pos_ not in ("VERB", "ADJ"):
            continue
        lemma = part.lemma_.lower()
        if lemma == "carry":
            heads = [o for o in children(part) if o.dep_ == "dobj"]
        elif lemma in LOADED:
            heads = [o for p in children(part) if p.dep_ == "prep" and p.lower_ == "with" for o in children(p) if o.dep_ == "pobj"]
        else:
            continue
        out += [t for h in heads for t in (h, *h.conjuncts)]
    return out


# Verbs of speaking: their doer speaks (an act cannot accuse; the reporting clause's subject does)
SPEAKER_VERBS = frozenset({"accuse", "allege", "claim", "blame", "urge", "call", "appeal", "demand", "warn", "threaten",
                           "deny", "say", "add", "insist", "vow", "pledge", "promise", "condemn", "criticise",
                           "criticize", "praise", "welcome", "reject", "ask", "announce", "describe", "dismiss"})
# those a speaker adds after what is reported: "demanded that X pull out, accusing them of"
TRAILING_SPEECH = SPEAKER_VERBS - {"appeal", "ask", "announce", "pledge", "promise", "welcome"}


def reporters_participle(verb: Token) -> bool:
    """A speech act in a participle trailing a reported clause ("He demanded that those governments pull
    out their staff, accusing them of ..."): the reporter's, whatever clause the parser hung it on."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in TRAILING_SPEECH \
        and head.dep_ == "ccomp" and head.head != head and _is_verbal(head.head)


CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "conj"})


def _clause_of_its_own(tok: Token) -> bool:
    """A word the tagger took for a noun that heads a clause with a subject and an object: a verb
    ("Houthis detain/NN at least 11 UN staff in Sanaa, UN says"); so is one with an object that is
    conjoined to a verb, whose subject it shares ("supporters break into the Green Zone and
    storm/NN parliament")."""
    deps = {c.dep_ for c in children(tok)}
    return "dobj" in deps and ("nsubj" in deps or tok.dep_ == "conj" and tok.head.pos_ == "VERB")


def _is_verbal(tok: Token) -> bool:
    pos = tok.pos_  # read once: called for every token of every sentence
    return pos in ("VERB", "AUX") and tok.tag_.startswith("VB") or pos == "ADJ" and tok.tag_ == "VBN" \
        or pos == "NOUN" and tok.dep_ in CLAUSE_HEADS and _clause_of_its_own(tok)


COMPOUND_PREP_HEADS = frozenset({"out", "back", "away"})  # first words of "out of", "back from", "away from"


def with_compound_preps(head: Token) -> list[Token]:
    """The head's children and, through a particle the parser made a preposition, the prepositions
    under it: "pulled out of ECOWAS", "back from the talks" ("of", "from" as the verb's own)."""
    return [*children(head), *(p for c in children(head) if c.lower_ in COMPOUND_PREP_HEADS
                               and c.dep_ in ("prep", "prt", "advmod") for p in children(c))]


def _prep_objects(heads: Iterable[Token], preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for head in heads:
        for prep in with_compound_preps(head):
            if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in preps:
                objs = [t for pobj in children(prep) if pobj.dep_ in ("pobj", "pcomp") for t in _with_conjuncts(pobj)]
                out.extend(objs or stranded_prep_object(prep))
                out.extend(subject_of_object_participle(prep))
    return out


def subject_of_object_participle(prep: Token) -> list[Token]:
    """"launched a scathing attack on West Bengal's government calling it anti-people": the parser
    makes the preposition's object the subject of the participle after it, and the participle the
    preposition's complement. The noun phrase right after the preposition is still its object."""
    for comp in children(prep):
        if comp.dep_ == "pcomp" and comp.tag_ in ("VBG", "VBN"):
            for subj in children(comp):
                if subj.dep_ in ("nsubj", "nsubjpass") and subj.left_edge.i == prep.i + 1 and subj.pos_ in ("NOUN", "PROPN"):
                    return _with_conjuncts(subj)
    return []


def stranded_prep_object(prep: Token) -> list[Token]:
    """The object of a preposition the parser made the subject of a participle after it: "granted
    asylum to five officers holed up in the embassy" ("officers" the subject of "holed", "to" left
    with no object). A preposition has an object; the noun right after it is that object."""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    if nxt is None or any(c.dep_ in ("pobj", "pcomp") for c in children(prep)):
        return []
    for clause in children(prep.head):
        if clause.i > prep.i and clause.dep_ in ("advcl", "ccomp", "acl", "dep") and clause.tag_ in ("VBN", "VBG", "VBD"):
            for subj in children(clause):
                if subj.dep_ in ("nsubj", "nsubjpass") and subj.left_edge.i == prep.i + 1 and subj.pos_ in ("NOUN", "PROPN"):
                    return _with_conjuncts(subj)
    return []


def shared_argument_heads(verb: Token) -> list[Token]:
    """Coordinated verbs that share their arguments: "donated and delivered goods to the school" (the
    first verb has no object of its own; the second, without a subject of its own, carries both
    verbs' object and phrases)."""
    if any(c.dep_ in ("dobj", "dative") for c in children(verb)):
        return []
    return [c for c in children(verb) if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB"
            and not any(s.dep_ in SUBJ or s.dep_ in PASS_SUBJ for s in children(c))
            and any(o.dep_ == "dobj" for o in children(c))]


def reduced_passive(verb: Token) -> bool:
    """'three servicemen injured by Kyrgyz fire', 'aid sent to Gaza': a past participle on a noun is a
    passive relative clause cut short, whose patient is that noun. Not where it or a conjunct has an
    object ("bandits killed 11 farmers", "aid groups donated and delivered goods" are misread actives),
    a name ("Imran Khan, called Erdogan") or a subject of its own ("a statement that one civilian was killed"),
    nor where it is the only verb of a full sentence (``misread_main_verb``)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and not _children(verb, SUBJ | PASS_SUBJ) and not any(_children(v, {"dobj", "oprd"}) for v in _with_conjuncts(verb)) \
        and not misread_main_verb(verb)


# Verbs of a trailing attribution (", mediators said"), whose subject the parser may take twice.
TRAILING_ATTRIBUTION = frozenset({"say", "tell", "report", "add", "confirm", "state"})


def past_beside_a_report(verb: Token) -> bool:
    """A simple past the parser joined to a reported clause's verb whose tense it cannot share: "said
    the batteries would become targets and accused Berlin of ...", "determined that the RSF have
    committed genocide, and imposed sanctions", or after a quotation closed ('said the events "seem like
    a coup" and demanded ...'). It continues the reporting clause, whose subject acts."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head == head:
        return False
    if head.tag_ in ("VB", "VBG"):
        return True
    if head.head.i < head.i and any(t.tag_ == "''" for t in head.doc[head.i + 1:verb.i]):
        # the reported words end with the quotation before it: 'said the events "seem like a coup" and
        # demanded ...' goes on telling what the reporter did
        return True
    # a perfect only inside a that-clause told after its reporter: a past tense after "has released"
    # may share its "has" ("has released the journalist but barred her from leaving, officials said")
    return head.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in _children(head, "aux")) \
        and head.head.i < head.i and any(c.lower_ == "that" for c in _children(head, "mark"))


def finite_clause_beside(verb: Token) -> Token | None:
    """The finite clause a simple past continues where the parser joined it to an infinitive or gerund
    below that clause, whose tense it cannot share: "said it stood by Jordan in its efforts to free its
    citizens and condemned Israel's policy" (the standing clause's subject condemns, not the efforts)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ not in ("VB", "VBG") or head.dep_ not in ("acl", "xcomp", "advcl"):
        return None
    return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP")), None)


def coordination_head(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` is one of ("the government and the rebels": "government")."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def misread_main_verb(verb: Token) -> bool:
    """Whether a past form the parser hung on the sentence's head noun is the sentence's main verb: a
    sentence with a final full stop has one, and where no other verb stands outside a relative or
    participle it is this one ("the government and the rebels negotiated in Nairobi", "hundreds of
    residents protested in Santiago"). A headline, without a full stop, may have none ("aid sent to Gaza")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if not _children(verb, {"dobj"}) and _children(verb.head, {"nummod"}):
        return False  # "more than 200 soldiers killed on both sides": a count of casualties, told short
    noun = misread_main_subject(verb)
    said = noun.head
    if noun.dep_ in SUBJ and said.i > verb.i and said.lemma_.lower() in TRAILING_ATTRIBUTION \
            and sum(c.dep_ in SUBJ for c in children(said)) > 1:
        return True  # "the two sides negotiated in Nairobi, mediators said": no verb has two subjects
    if noun.dep_ == "dep" and said.i > verb.i and said.lemma_.lower() in TRAILING_ATTRIBUTION \
            and _children(verb, {"dobj"}):
        return True  # "Armed men on motorbikes abducted 287 pupils, residents said": a noun left with no role
    sent = verb.sent
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or noun != root or not sent.text.rstrip().endswith("."):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "amod", "compound") and t.tag_ != "VBG"
                   for t in sent if t is not verb)


def misread_main_subject(verb: Token) -> Token:
    """The subject of a past form ``misread_main_verb`` finds: the noun it was hung on, or, where it has an
    object (no passive participle has one), the noun whose phrase that noun ends ("Armed men on motorbikes
    abducted ...": the men, not the motorbikes)."""
    noun = coordination_head(verb.head)
    if _children(verb, {"dobj"}):
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = coordination_head(noun.head.head)
    return noun


# Verbs that name what a free relative stands for: "condemned what he called a shocking act".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "dub", "characterize", "characterise"})


def is_free_relative(clause: Token) -> bool:
    """Whether a complement clause is a free relative the parser made the object: "condemned what he
    called a shocking act" ("what" the object of "called", "called" the complement of "condemned")."""
    return clause.dep_ == "ccomp" and any(o.dep_ == "dobj" and o.tag_ == "WP" for o in children(clause))


def described_object(head: Token) -> Token | None:
    """The noun a free relative object is named by: "condemned what he called a shocking act" (the
    act), "denounced what it described as an attack" (the attack); None where the verb has no such
    object."""
    for c in children(head):
        if c.lemma_.lower() in NAMING_VERBS and is_free_relative(c):
            named = [o for o in children(c) if o.dep_ == "oprd" and o.pos_ == "NOUN"]
            named += [o for p in children(c) if p.dep_ == "prep" and p.lower_ == "as"
                      for o in children(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            return named[0] if named else None
    return None


NAMED_OBJECTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def misread_object(head: Token) -> Token | None:
    """A name the parser hung on a verb with no object as an adverbial ("hosted Ethiopian Prime Minister Abiy
    Ahmed/npadvmod on Monday"): the verb's object. Not a date or a measure ("met Monday", "fell 3 percent")."""
    if any(c.dep_ in ("dobj", "dative") for c in children(head)):
        return None
    return next((c for c in children(head) if c.dep_ == "npadvmod" and c.i > head.i and c.pos_ == "PROPN"
                 and c.ent_type_ in NAMED_OBJECTS), None)


# Verbs that do or make known the act their object names ("took steps", "carried out attacks", "made
# accusations", "announced measures"): a relative clause of one on an act noun says whose act it is
PERFORMING = frozenset({"take", "carry", "make", "launch", "announce", "impose", "adopt", "conduct", "mount", "stage",
                        "introduce", "issue", "implement", "sign", "commit", "perpetrate", "order", "undertake",
                        "unveil", "propose", "level", "file", "bring", "lodge", "pursue", "wage"})


def _object_gap(rel: Token) -> bool:
    """Whether a relative clause of a verb of doing leaves its object to the noun it qualifies ("the
    steps Azerbaijan had taken", "the measures that Kenya announced"), not a place or a time ("the town
    where rebels fought"), nor a clause that says something else of it ("an arrest the government blamed
    on rogue officers", "gas which many Kazakhs use")."""
    if rel.lemma_.lower() not in PERFORMING:
        return False
    return not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") or c.dep_ == "advmod" and c.tag_ == "WRB"
                   or c.dep_ in ("nsubjpass", "auxpass") for c in children(rel))


def relative_doers(noun: Token) -> list[Token]:
    """The subjects of the noun's relative clauses of doing that leave their object to it: who did the
    act the noun names ("the steps Azerbaijan had taken": Azerbaijan)."""
    return [s for rel in children(noun) if rel.dep_ == "relcl" and _object_gap(rel)
            for s in children(rel) if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP")]
