"""Matching: the verbs, event nouns and frames of a sentence that can express an event (``Trigger``).

For every verb of a sentence, in order:

1. a *frame* verb with a clausal complement ("agreed to extend ...",
   "threatened to strike", "accused Moscow of targeting ..."): the complement's
   action is lifted to the frame's code (intent, threat, refusal, demand,
   appeal), or, for accusations, coded separately as *alleged*;
2. a *light verb* with an event noun as object ("held talks with",
   "launched air strikes on", "imposed sanctions on");
3. a plain or phrasal *verb* cue ("criticized", "shot down").

What words mean lives in the lexicon (``events/data``); who did what to whom is
resolved from the triggers by ``extract.Extractor``.
"""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator

from spacy.tokens import Span, Token

from ..nlp import children
from ..actors.context import PLATFORM_NOUNS, WEAPON_NOUNS
from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from .judgement import critics_claim, judgement, stated_judgement
from .lexicon import NO_EVENT, actor_object_senses
from .objects import given_with, has_object, is_territory, raised_objects, relative_antecedent
from .membership import leaving_a_body
from .refine import EASING_ROOT, JUDICIAL_COOPERATION, forces_moving, handed_to_justice, transferring_verbs
from .senses import by_force, courtesy_call, object_sense, phrase_nouns, sense_by_doer, sense_by_phrase, sense_by_subject
from .derivation import verbs_of
from .lemmas import known_verbs, repair_lemmas
from .deadline import ultimatum
from .readings import ones_way, provision, published
from .noun_frames import noun_frame
from .framing import FrameReader
from .nominal import RECEIVING, adjunct_meeting, between_event, converse, joint_act, nominal_event, participation, suffered
from .modality import is_alternative
from .syntax import (
    COMPLEMENT, COMPOUND_PREP_HEADS, PASS_SUBJ, SUBJ, _children, _is_verbal, _modifiers, _of_objects, _particles,
    _with_conjuncts, adverbial_clause, carried, homeward, names_a_date, noun_lemma, sum_in, tallied,
    with_compound_preps,
)
from .protests import assembly_code, done_in_protest, joined_protesters
from .retaliation import RESPONDING, promised_response
from .triggers import Trigger
from .unwelcome import unwelcome

# What a verb's sense becomes with territory as its object: "seized three towns", "seized the airport" is
# occupation (192), not property confiscated; "handed over positions around Kajo Keji to government
# troops" is a military retreat (0874, as nouns.tsv's "handed over control"), not a suspect extradited
TERRITORY_SENSES = (("171", "192"), (JUDICIAL_COOPERATION, "0874"))
LIGHT_PREPS = {"on", "under", "into", "in", "as", "off"}  # "held civilians as human shields"
REACTION_ROOTS = frozenset({"05", "11"})  # praise and support, criticism and condemnation: said of another's act
# Nouns that count out a load, whose of-phrase is what is carried: "the first batch of armoured vehicles"
LOAD_NOUNS = frozenset({"batch", "shipment", "consignment", "tranche", "load", "cargo", "delivery", "installment",
                        "instalment", "supply", "package", "round", "wave", "fleet", "convoy"})
SENDING_HOME = frozenset({"send", "order"})  # "sent the diplomats home", "ordered the envoy home"
# Nouns for a body of forces, which a qualifying act noun names the kind of: "a carrier strike group",
# "an attack force", "a raid team" are units ordered somewhere, not strikes, attacks or raids
UNIT_NOUNS = frozenset({"group", "force", "team", "unit", "squad", "squadron", "package", "wing", "battalion", "brigade"})
# People and bodies whose qualifying act noun names their work: "released two aid workers" frees them
AGENT_HEADS = frozenset({"worker", "staff", "staffer", "employee", "official", "volunteer", "activist", "agency",
                         "organisation", "organization"})  # ("group": a unit noun already)
UNQUALIFIED = WEAPON_NOUNS | PLATFORM_NOUNS | UNIT_NOUNS | AGENT_HEADS  # heads whose qualifying act noun names their kind


# Frames whose complements are what is asked for, intended, threatened or refused, not done.
CONTENT_FRAMES = {"intent", "threat", "refuse", "demand", "appeal", "order", "consider"}


# Verbs of helping: their bare-infinitive complement is the act helped with ("helped broker a truce").
HELPING = {"help", "assist"}
MONEY_GIVEN = "071"  # Provide economic aid




def _hyphen_head(tok: Token) -> Token:
    """The last part of a hyphenated verb the parser split ("re - open"): the verb that carries the
    objects."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].head == tok.head \
            and doc[tok.i + 2].pos_ in ("VERB", "AUX"):
        tok = doc[tok.i + 2]
    return tok


def _members_kind(noun: Token) -> list[str]:
    """What the members of a collective noun say it is, where the noun itself does not: "a team of
    rescue specialists" is a rescue team, "a team of medical experts" a medical one."""
    return [m for o in _of_objects(noun) for t in _with_conjuncts(o) for m in _modifiers(t)]




class TriggerFinder(FrameReader):
    """Finds triggers in sentences; the lexicon supplies all word knowledge."""

    def __init__(self, lexicon, dictionary=None) -> None:
        from .dictionary import load_dictionary

        self.lexicon = lexicon
        self.dictionary = dictionary if dictionary is not None else load_dictionary(lexicon.light_verbs)
        self.known_verbs = known_verbs(lexicon, self.dictionary)

    # -- matching ---------------------------------------------------------
    def action(self, verb: Token) -> Trigger | None:
        """The event a verb expresses on its own: light verb + noun, else verb cue; an act with no cue, or a
        concession, that the clause says is done in protest is a protest ("left their posts in protest at
        the plan" defies, it does not yield)."""
        trig = self._action(verb)
        if trig is None or trig.code[:2] == EASING_ROOT:
            return done_in_protest(verb) or trig
        return trig

    def _action(self, verb: Token) -> Trigger | None:
        lex = self.lexicon
        if self._null_sense(verb) or tallied(verb):
            return None  # "committed suicide", "seized heroin", "fought racism", "a quake killed": no event;
            # nor a total reached ("pledged personnel, bringing the planned force to about 2,500")
        if provision(verb) or published(verb):
            return None  # "their rules of engagement forbid it": what a text provides; "released a video": published
        given = ultimatum(verb) or unwelcome(self.lexicon, verb)  # "gave the soldiers 15 days to lay down their
        if given is not None:  # weapons", "declared two diplomats persona non grata"
            return given
        # "called the arrest cruel"; "critics say he used ..."; "said the ruling was a shameful verdict"
        judged = judgement(verb) or critics_claim(verb) \
            or stated_judgement(verb, lambda word: lex.frame(word) is not None)
        if judged is not None and not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and self.action(verb.head) is not None):
            return judged
        light = self._light_reading(verb)
        if light is not None:
            return light
        lemma = verb.lemma_.lower()
        visited = courtesy_call(verb, lemma)  # "called on Prime Minister Modi": a visit, not an appeal
        if visited is not None:
            return visited
        particles = _particles(verb)  # read once: the lookups below only read it
        written = lex.verb(lemma, particles)
        if written is not None and written.needs_object and not has_object(verb):
            return None  # "returned to Moscow": come back, not give back
        helped = self._helped(verb) if written is not None and lemma in HELPING else None
        if helped is not None:
            return helped or None
        justice = handed_to_justice(verb)
        if justice is not None:
            return justice  # "sent 29 alleged cartel members to the United States": judicial cooperation
        moved = forces_moving(self.lexicon, verb)  # "the last soldiers left Germany", "reinforcements arrived in"
        if moved is not None:
            return moved
        return self._object_reading(verb, lemma, particles, written) or self._verb_reading(verb, lemma, particles, written) \
            or self._unwritten_reading(verb, lemma, written)

    def _light_reading(self, verb: Token) -> Trigger | None:
        """A light verb and its event noun: as object ("held talks", "drew criticism from", "survived an
        attack"), in a prepositional phrase ("put troops on alert", "took them into custody": the object
        is the target), or joined ("took part in a march")."""
        lex = self.lexicon
        prts = [c.lower_ for c in children(verb) if c.dep_ == "prt"]  # "carried out attacks", "stepped up strikes"
        light = self._light_verb_object(verb, prts) or self._converse(verb, prts) or suffered(self.lexicon, verb)
        if light is not None:
            return light
        engaged = verb.lemma_.lower() == "engage"  # "engaged in ethnic cleansing": doing it
        # (the parser may hang the phrase on the object: "placed units on alert")
        for prep in chain(children(verb), (p for o in _children(verb, "dobj") for p in children(o))):
            if prep.dep_ == "prep" and prep.lower_ in LIGHT_PREPS:
                for noun in (p for p in children(prep) if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                    cue = lex.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), f"{verb.lemma_.lower()} {prep.lower_}")
                    if cue is not None and (not cue.any_verb or engaged):
                        return Trigger(code=cue.code, cue=cue.key, rule="light-verb", verb=verb, tokens=(verb, noun),
                                       target_specs=("dobj", *cue.targets), target_heads=(verb, noun),
                                       source_override=tuple(_children(verb, PASS_SUBJ)) if engaged else ())
        if verb.lemma_.lower() in RESPONDING:
            # "riot police responded with water cannon and tear gas": what one responds with is used
            for noun in (o for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ == "with"
                         for p in children(prep) if p.dep_ == "pobj" and p.pos_ == "NOUN" for o in (p, *p.conjuncts)):
                cue = lex.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), "use")
                if cue is not None:
                    return Trigger(code=cue.code, cue=cue.key, rule="light-verb", verb=verb, tokens=(verb, noun),
                                   target_specs=("prep:to", *cue.targets), target_heads=(verb, noun))
        return participation(self.lexicon, verb)  # "took part in a march": the march is the subject's act

    def _object_reading(self, verb: Token, lemma: str, particles, written) -> Trigger | None:
        """The verb's sense as its object, its phrase, a gerund complement or its subject selects it
        ("handed over medicine", "kept them in detention", "stopped fighting", "seized three towns")."""
        # the object tells the verb's sense: "handed over medicine"; any of coordinated objects may
        # ("dropped water, food and blankets": FOOD)
        for obj in (o for d in _children(verb, "dobj") for o in (d, *d.conjuncts)):
            carried = self._goods(written, [obj, *_of_objects(obj)])
            if carried is not None:
                return carried
            if lemma in transferring_verbs() and any(t.ent_type_ == "MONEY" for t in obj.subtree if t.i < obj.i):
                # "provides €45m support for agri-businesses": a sum handed over is economic aid (071),
                # whatever noun it is counted in ("$3m in food aid" keeps its own cue: sum_in)
                return Trigger(code=MONEY_GIVEN, cue=f"money:{lemma}>{noun_lemma(obj)}", rule="verb-object", verb=verb,
                               tokens=(verb, obj), target_specs=("dative", "prep:to|for|in"), target_heads=(verb, obj))
            if _of_objects(obj) or any(p.dep_ == "prep" and p.lower_ == "of" for p in children(obj)):
                # a partitive ("captured part of a stronghold") is not the object's sense; a load counted
                # out is ("delivered the first batch of armoured vehicles": the vehicles)
                loads = _of_objects(obj) if noun_lemma(obj) in LOAD_NOUNS else []
                if not loads:
                    continue
                obj = loads[0]
            dcue = next(filter(None, (self.dictionary.with_object(lemma, particles, n) for n in phrase_nouns(obj))), None)
            if dcue is not None and (written is None or object_sense(written.code, dcue, lemma)):
                # the object selects the sense (root); within the written cue's sense, its code stands
                return Trigger(code=dcue.code, cue=dcue.key, rule="verb-object", verb=verb, tokens=(verb, obj),
                               target_specs=dcue.targets, target_heads=(verb,))
        phrased = sense_by_phrase(self.dictionary, verb, lemma, written)  # "kept them in detention"
        if phrased is not None:
            return phrased
        for gerund in (c for c in children(verb) if c.dep_ == "xcomp" and c.tag_ == "VBG") if written is None else ():
            # "stopped fighting", "ended shelling": a gerund complement is what the verb acts on, as an object would be
            dcue = self.dictionary.with_object(lemma, particles, gerund.lower_)
            if dcue is not None:
                return Trigger(code=dcue.code, cue=dcue.key, rule="verb-object", verb=verb, tokens=(verb, gerund),
                               target_specs=dcue.targets, target_heads=(verb,))
        subject_sense = sense_by_subject(self.dictionary, verb, lemma, written)
        if subject_sense is not None:
            return subject_sense
        territorial = next((code for sense, code in TERRITORY_SENSES if written.code.startswith(sense)), None) \
            if written is not None else None
        if territorial is not None and any(is_territory(o) for o in _children(verb, "dobj")):
            return Trigger(code=territorial, cue=f"{written.key}>territory", rule="object-sense", verb=verb,
                           tokens=(verb, *_children(verb, "dobj")[:1]), target_specs=written.targets, target_heads=(verb,))
        return None

    def _verb_reading(self, verb: Token, lemma: str, particles, written) -> Trigger | None:
        """The verb's own cue: the one written for it, else the dictionary's default for its block, a loose
        verb of violence for an armed doer, or a verb that is an event only with an actor as its object."""
        lex = self.lexicon
        cue = written
        if cue is None and lemma not in lex.verbs and lex.frame(lemma) is None:
            cue = self.dictionary.default(lemma, particles)
            if cue is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i \
                    and (main := self.action(verb.head)) is not None and main.code[:2] != cue.code[:2]:
                # "imposed sanctions on Russia's energy sector, targeting two oil producers": a general verb
                # trailing an act tells that act's reach, not another kind of act
                cue = None
        if cue is None and written is None and lex.frame(lemma) is None and (armed := sense_by_doer(self.dictionary, verb, lemma)):
            return armed  # "drones hit an oil refinery": a loose verb of violence, for armed doers only
        if cue is None and actor_object_senses().get(lemma, NO_EVENT) != NO_EVENT:
            # a verb that is an event only with an actor as its object ("called the Lebanese prime minister";
            # the parser may take a name alone for a predicate, "called Nawaf Salam")
            named = _children(verb, "oprd")
            obj = _children(verb, "dobj") or [o for o in named if o.pos_ == "PROPN"] \
                or (_children(verb, PASS_SUBJ) if _children(verb, {"agent"}) else [])  # "was greeted by Sisi"
            if obj and not (named and _children(verb, "dobj")):  # "called the ambassador a liar" names him
                return Trigger(code=actor_object_senses()[lemma], cue=f"actor-object:{lemma}", rule="actor-object",
                               verb=verb, tokens=(verb,), target_override=tuple(_with_conjuncts(obj[0])))
        if cue is None:
            return None
        prt = [c for c in children(verb) if c.dep_ == "prt"]
        return Trigger(
            code=cue.code,
            cue=cue.key,
            rule="passive" if _children(verb, PASS_SUBJ) else "verb",
            verb=verb,
            tokens=(verb, *prt),
            target_specs=cue.targets,
            target_heads=(verb,),
        )

    def _unwritten_reading(self, verb: Token, lemma: str, written) -> Trigger | None:
        """Acts no cue of the verb names, read from the clause: forces moving, a body left, protesters
        gathering, force used or promised, a joint act begun."""
        left = leaving_a_body(verb) if written is None else None  # "Niger left ECOWAS"
        if left is not None:
            return left
        joined = joined_protesters(verb)  # "soldiers joined the demonstrators": a demonstration
        if joined is not None:
            return joined
        gathered = assembly_code(verb)  # "around 500 protesters gathered in Juliaca": a demonstration
        if gathered is not None:
            return Trigger(code=gathered, cue=f"protest:{lemma}", rule="verb+protest", verb=verb, tokens=(verb,),
                           target_specs=("prep:against|outside|on",), target_heads=(verb,))
        forced = by_force(verb) if written is None and self.lexicon.frame(lemma) is None else None
        if forced is not None:
            return forced  # "vowed to take the region by force", "ready to respond with force"
        answer = promised_response(self.lexicon, verb, self.known_verbs) if written is None else None  # "would respond to"
        if answer is not None:
            return answer
        return joint_act(self.lexicon, verb)  # "Senegal and Mauritania began joint production"

    def _null_sense(self, verb: Token) -> bool:
        """The CAMEO dictionary's null patterns ([---]) for the verb's blocks: with this object or subject
        head the verb reports no event."""
        if verb.lemma_.lower() not in self.dictionary.blocks:
            return False  # most verbs: no block, no pattern to read the arguments for
        objects = [w for c in children(verb) if c.dep_ == "dobj" for w in (c.lower_, *phrase_nouns(c))]
        subjects = [w for c in children(verb) if c.dep_ == "nsubj" for w in (c.lower_, c.lemma_.lower())]
        return bool(objects or subjects) and self.dictionary.is_null(verb.lemma_.lower(), objects, subjects)

    def _reacts(self, verb: Token, prts: list[str]) -> bool:
        """Whether the verb is a reaction to what its object names, by a cue of its own that judges
        ("condemned the seizure of power", "welcomed the lifting of sanctions"): the nominal's act is
        another's, whom the reaction is aimed at, not the reactor's."""
        own = self.lexicon.verb(verb.lemma_.lower(), prts)
        return own is not None and own.code[:2] in REACTION_ROOTS

    def _light_verb_object(self, verb: Token, prts: list[str]) -> Trigger | None:
        """A light verb and its object's event noun: "held talks", "carried out attacks"; in the
        passive, its subject's ("sanctions were imposed on Iran by the EU": the agent does it), but not
        forces moved with no agent ("troops were deployed to the border": the deployment verb's, whose
        doer they are); with one, the agent moved them ("soldiers were sent to Quito by the government")."""
        objects = _children(verb, {"dobj", "attr", "oprd", *PASS_SUBJ}) + raised_objects(verb) + relative_antecedent(verb)
        # failing every object's head, an event noun that qualifies one: "violated the ceasefire
        # agreement"; not a weapon's type ("launched attack drones")
        qualifiers = (c for obj in objects if noun_lemma(obj) not in UNQUALIFIED for c in children(obj)
                      if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == obj.i - 1)  # read only if needed
        # a named person's title: "expelled German ambassador Jan-Christian Kricke" (whom: the person)
        titles = (c for obj in objects if obj.pos_ == "PROPN" for c in children(obj) if c.dep_ == "compound" and c.pos_ == "NOUN")
        for obj in chain(objects, qualifiers, titles):
            titled = obj.dep_ == "compound" and obj.head.pos_ == "PROPN"
            # the parser may hang one of coordinated nouns on the other ("fired tear gas and water cannon")
            inner = [c for c in children(obj) if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < obj.i]
            # (an apposition names the object again: "dissolved the opposition, the Rescue Party")
            named = [c for c in children(obj) if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
            of_nouns = _of_objects(obj)
            # "announced the lifting of sanctions": the act of the noun is the nominal's verb's, not the outer verb's
            # (not under a frame that lifts its complement: "demanded the withdrawal of all foreign forces" is the
            # frame's to code; nor under a verb of receiving, "received a shipment of medicine from Romania", whose
            # giver is the doer: nominal.converse)
            nominal = self._nominal_verb(obj) if of_nouns \
                and getattr(self.lexicon.frame(verb.lemma_.lower()), "complement", None) != "lifted" \
                and verb.lemma_.lower() not in RECEIVING and not self._reacts(verb, prts) else None
            # (its object first: "the withdrawal of its ambassador" is a recall, 161, before it is a withdrawal, 087)
            first = of_nouns if nominal is not None else []
            # ("$3m in food aid"; each noun read once, though the nominal's objects come first)
            for noun in dict.fromkeys(first + sum_in(obj) + _with_conjuncts(obj) + of_nouns + inner + carried(obj) + named):
                cue = self._light_cue(noun, verb.lemma_.lower(), prts)
                if nominal is not None and noun in of_nouns:
                    done = self._done_by_nominal(noun, nominal)
                    if cue is None or done is None or done.code[:2] != cue.code[:2]:
                        cue = done  # (the same kind of act either way: the outer verb's, "received a shipment of medicine")
                if cue is not None and cue.is_force and homeward(verb):  # "sent the troops home"
                    cue = self.lexicon.noun_for_light_verb(noun_lemma(noun), _modifiers(noun), "withdraw")
                elif cue is None and verb.lemma_.lower() in SENDING_HOME and homeward(verb):
                    # "sending home 70 Russian diplomats": those one may expel (nouns.tsv), expelled
                    cue = self.lexicon.noun_for_light_verb(noun_lemma(noun), _modifiers(noun), "expel")
                if cue is not None and obj.dep_ in PASS_SUBJ and cue.code[:2] == "15" and not _children(verb, {"agent"}):
                    if cue.is_force and self.lexicon.verb(verb.lemma_.lower(), prts) is None:
                        # "troops were sent to the border": moved by no one named, the forces deploy, as
                        # "troops were deployed" does by the verb's own cue
                        return Trigger(code=cue.code, cue=cue.key, rule="passive", verb=verb, tokens=(verb, noun),
                                       target_specs=cue.targets, target_heads=(verb,))
                    continue
                if cue is not None:
                    # (forces moved together are all the force moved: "deployed police and KDF troops")
                    moved = tuple(noun.conjuncts) if cue.is_force else ()
                    return Trigger(code=cue.code, cue=cue.key, rule="light-verb", verb=verb, tokens=(verb, noun, *moved),
                                   target_specs=("dobj", *cue.targets) if titled else cue.targets,
                                   target_heads=(verb, noun) if titled else (noun, verb))
        for noun in given_with(verb):  # "provided Moldova with generators": the object receives them
            cue = self.lexicon.noun_for_light_verb(noun_lemma(noun), _modifiers(noun), verb.lemma_.lower(), prts)
            if cue is not None:
                return Trigger(code=cue.code, cue=cue.key, rule="light-verb+with", verb=verb, tokens=(verb, noun),
                               target_specs=("dobj",), target_heads=(verb,))
        return None

    def _converse(self, verb: Token, particles: list[str]) -> Trigger | None:
        """The giver's act a verb of receiving names (nominal.converse: "drew criticism from NATO"), unless
        the verb dictionary (CAMEO.2.0) codes the verb with that object as another kind of act of the
        subject's own: "accepted an invitation from Erdogan" is the acceptor's (036), no invitation."""
        given = converse(self.lexicon, verb)
        if given is None:
            return None
        own = (self.dictionary.with_object(verb.lemma_.lower(), particles, noun_lemma(o))
               for o in _children(verb, "dobj") if o.pos_ == "NOUN")
        return None if any(c is not None and c.code[:2] != given.code[:2] for c in own) else given

    def _light_cue(self, noun: Token, light: str, particles: list[str]):
        """The cue a light verb makes of an event noun, by its modifiers or by the kind of its members."""
        return self.lexicon.noun_for_light_verb(noun_lemma(noun), _modifiers(noun), light, particles) \
            or self.lexicon.noun_for_light_verb(noun_lemma(noun), _members_kind(noun), light, particles)

    def _decided(self, verb: Token) -> bool:
        """'decided / voted to lift sanctions': the complement of a decision is the act itself, not an aside."""
        frame = self.lexicon.frame(verb.head.lemma_.lower()) if verb.dep_ == "xcomp" else None
        return frame is not None and frame.frame == "report" and bool(_children(verb.head, SUBJ))

    def _violent_noun(self, tok: Token) -> bool:
        """An event noun of violence ("an Israeli offensive"): a thing of a country that acts for it."""
        return not VIOLENT_ROOTS.isdisjoint(self.lexicon.noun_roots(tok.lemma_))

    def _in_frame_content(self, verb: Token) -> bool:
        """Whether a verb is a further complement of a frame verb above it (the frame codes its first
        complement; "and to stop prosecuting" is still what was urged, intended or refused)."""
        if _children(verb, SUBJ):
            return False  # a clause of its own: "..., and police detained 300 people"
        node, conj = verb, False
        for _ in range(4):
            if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
                return False
            conj = conj or node.dep_ == "conj"
            dep, node = node.dep_, node.head
            frame = self.lexicon.frame(node.lemma_.lower())
            if frame is not None and frame.frame in CONTENT_FRAMES:
                return conj and dep == "xcomp"  # below the frame's complement, not beside the frame verb
        return False

    def _goods(self, written, objects: list[Token]) -> Trigger | None:
        """What is handed over or flown in decides: "handed over medicine", "flew 40 tonnes of medical
        supplies to Sudan" are aid (07), not an extradition or a visit."""
        if written is None or not (written.code[:2] == "06" or written.code[:3] == "042"):
            return None
        for obj in objects:
            goods = self.lexicon.noun(noun_lemma(obj), _modifiers(obj))
            if goods is not None and goods.code[:2] == "07":
                verb = objects[0].head
                return Trigger(code=goods.code, cue=f"{written.key}>{goods.key}", rule="object-sense", verb=verb,
                               tokens=(verb, obj), target_specs=("dative", *goods.targets, *written.targets),
                               target_heads=(verb, obj))
        return None

    def _helped(self, verb: Token) -> Trigger | bool | None:
        """'helped broker the ceasefire': the brokering is the act (False: no aid event); 'helped Ukraine
        rebuild its grid': aid to whom the complement's subject names; None: no verbal complement."""
        comp = [c for c in children(verb) if c.dep_ in ("xcomp", "ccomp") and _is_verbal(c)]
        if not comp or _children(verb, "dobj"):
            return None
        subj = _children(comp[0], SUBJ)
        if not subj:
            return False
        cue = self.lexicon.verb(verb.lemma_.lower(), ())
        return Trigger(code=cue.code, cue=cue.key, rule="verb", verb=verb, tokens=(verb,),
                       target_override=tuple(_with_conjuncts(subj[0])))

    def event_noun(self, verb: Token, skip: Iterable[Token] = (), *, light: bool = False) -> Trigger | None:
        """An event noun a frame verb governs: "called for talks", "rejected an invitation", "lifted sanctions"."""
        skip_i = {t.i for t in skip}
        nouns = [c for c in children(verb) if c.dep_ in ("dobj", "attr") and c.i not in skip_i]
        # "suspended Mali from its decision-making bodies": with a party as the object, what it is suspended
        # or expelled from is no act; without one, "withdrew from the talks"
        party = any(n.pos_ == "PROPN" or n.pos_ == "PRON" for n in nouns)
        # (through a particle the parser made a preposition: "pulled out of the talks", "back from the deal")
        nouns += [p for prep in with_compound_preps(verb) if prep.dep_ == "prep" and prep.lower_ in ("for", "to", "on", "of", "from")
                  and not (party and prep.lower_ == "from") for p in children(prep) if p.dep_ == "pobj"
                  and (not (prep.lower_ == "from" or prep.head.lower_ in COMPOUND_PREP_HEADS) or not self._a_place(p))]
        for noun in nouns:
            if noun.pos_ != "NOUN":
                continue
            if light:  # the noun is an event only with one of its own light verbs ("reopen borders" is not "close borders")
                cue = self.lexicon.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), verb.lemma_.lower())
            else:
                cue = self.lexicon.noun(noun.lemma_.lower(), _modifiers(noun))
                if cue is not None and (cue.is_force or cue.is_predicate):
                    continue  # "threatened Nigerian soldiers": the soldiers are threatened, not sent; "appealed
                    # to donors": those who give, not an act of giving
            done = self._nominal_act(noun, cue) if cue is not None and not light else None
            if done is not None:  # "ordered the closure of three consulates": the closing of consulates (161)
                cue, noun = done
            if cue is not None:
                return Trigger(code=cue.code, cue=cue.key, rule="event-noun", verb=verb, tokens=(noun,),
                               target_specs=cue.targets, target_heads=(noun, verb))
        return None

    def _nominal_act(self, noun: Token, own):
        """(the cue, its noun) of a nominal's act on its of-object, where that object names the act with
        the nominal's verb ("the closure of the consulates" is "closed the consulates", 161, not a closure
        of territory) and the act is of another kind than the noun's ``own`` cue; as a light verb reads
        "announced the closure of". (The frame still makes of it what it makes of any act: "demanded the
        closure of the embassy".)"""
        nominal = self._nominal_verb(noun)
        if nominal is None:
            return None
        for obj in _of_objects(noun):
            done = self._done_by_nominal(obj, nominal)
            if done is not None and done.code[:2] != own.code[:2]:
                return done, obj
        return None

    def _nominal_verb(self, noun: Token) -> str | None:
        """The verb a noun is the act of, by its suffix ("closure": close), where the coder knows it."""
        return next(iter(verbs_of(noun_lemma(noun), self.known_verbs)), None)

    def _done_by_nominal(self, obj: Token, nominal: str):
        """The cue the nominal's verb makes of its of-object ("the closure of the embassy": close + embassy);
        None for a noun any verb makes an act of, which is no act the nominal does ("allegations of ethnic
        cleansing")."""
        done = self._light_cue(obj, nominal, [])
        return None if done is None or done.any_verb else done

    def _a_place(self, noun: Token) -> bool:
        """A noun one closes or opens ("border", "crossing", "port"): what one withdraws from it is a
        place ("pulled back from the border"), not an act stopped."""
        return self.lexicon.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), "close") is not None

    def complement(self, verb: Token) -> tuple[Token | None, list[Token]]:
        """The clausal complement of a frame verb and any explicit object ("accused X of Y-ing")."""
        objs = _children(verb, {"dobj"})
        for c in children(verb):
            if c.dep_ in COMPLEMENT and _is_verbal(c) and not adverbial_clause(c):
                return _hyphen_head(c), objs
        for c in children(verb):  # "have sworn to fight" parsed as a purpose clause; "pushed for X (to) do"
            if c.dep_ == "advcl" and _is_verbal(c) and any(a.dep_ == "aux" and a.lower_ == "to" or a.dep_ == "mark"
                                                           and a.lower_ == "for" for a in children(c)):
                return c, objs
        # accuse X of targeting / charge X with; the parser may hang the "of" on X
        for prep in [*children(verb), *(c for o in objs for c in children(o) if c.lower_ == "of")]:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "with", "for", "to", "on"):
                for p in children(prep):
                    if p.dep_ == "pcomp" and _is_verbal(p) and not is_alternative(p):
                        return p, objs  # not "instead of launching into a solo she stops": what was not done
        # "called for talks", "is ready to": complement is an event noun
        return None, objs

    def find_triggers(self, sent: Span) -> Iterator[Trigger]:
        repair_lemmas(sent, self.known_verbs)  # "raped": rape, not "rap"
        consumed: set[int] = set()
        for verb in sent:
            if verb.i in consumed or names_a_date(verb):
                continue
            if not _is_verbal(verb):
                if verb.pos_ == "ADJ" and (any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("for", "to")
                                               for c in children(verb)) or getattr(self.lexicon.frame(verb.lemma_), "frame", None) == "culpable"):
                    trig = self._frame_trigger(verb, consumed)  # "is ready to talk", "ready for talks", "open to talks"
                    if trig:
                        yield from trig
                elif verb.pos_ == "NOUN":
                    between = between_event(self.lexicon, verb) or adjunct_meeting(self.lexicon, verb)
                    if between is not None:
                        consumed.add(verb.i)
                        yield between
                    elif (framed := noun_frame(self, verb, consumed)) is not None:
                        yield framed  # "Russia's threat to invade Moldova": the threat, not an invasion
                continue
            if ones_way(verb):
                continue  # "forced their way past troops", "fought its way in": going somewhere, no act on anyone
            if verb.tag_ == "VBG" and (verb.dep_ in SUBJ | PASS_SUBJ or verb.i == sent.start and not _children(verb, SUBJ)):
                between = between_event(self.lexicon, verb)  # "Fighting between X and Y continued": the parser's verb is a noun
                if between is not None:
                    consumed.add(verb.i)
                    yield between
                    continue
            trig = self._frame_trigger(verb, consumed)
            if trig is None:
                yield from self._clause_triggers(verb, consumed)
                continue
            # "said Russia must withdraw its troops": a reported obligation, whatever codes the act
            yield from (self._obligation(t) for t in (trig if isinstance(trig, list) else [trig]))
            told = nominal_event(self.lexicon, verb)  # "a request by Poland for the extradition ... was rejected"
            if told is not None and told.rule == "event-noun-agent" and not any(t.i in consumed for t in told.tokens):
                consumed.update(t.i for t in told.tokens)
                yield told

    def _clause_triggers(self, verb: Token, consumed: set[int]) -> list[Trigger]:
        """The verb's own act, else the event noun it says something of ("clashes erupted"); both
        where the verb's act is no violence and its subject is a violent act ("a Saudi-led strike on
        a school bus used a US-made bomb": the strike is news whatever the verb says of it)."""
        out: list[Trigger] = []
        trig = self.action(verb)
        if trig is not None and any(t.i in consumed for t in trig.tokens if t.i != verb.i):
            trig = None  # its noun is coded already: "fighting between X and Y was reported"
        if trig is None or trig.code[:2] not in VIOLENT_ROOTS:
            nominal = nominal_event(self.lexicon, verb)
            if nominal is not None and nominal.rule == "event-noun-subject" and nominal.tokens[0].i in consumed:
                nominal = None  # the noun's own "between" phrase has coded it: "clashes between X and Y erupted"
            if trig is None:
                trig = nominal
            elif nominal is not None and (nominal.code[:2] in VIOLENT_ROOTS or nominal.rule == "event-noun-agent"):
                # "the arrest of Sonko by gendarmes was condemned": the act told whole is news of its own
                consumed.update(t.i for t in nominal.tokens if t.i != verb.i)
                out.append(nominal)
                if trig.cue.startswith("cameo:") and nominal.code[:2] in VIOLENT_ROOTS \
                        or any(t.i in consumed for t in trig.tokens if t.i != verb.i):
                    # the dictionary's reading of what the act "used" or "led to" is no act; nor is the
                    # light verb's of the same noun ("announced Poland's deployment": Poland's, not the announcer's)
                    trig = None
        if trig is not None:
            consumed.update(t.i for t in trig.tokens)
            trig = self._obligation(trig)
        elif not out:
            trig = self._bare_obligation(verb)  # "said Israel must end its attacks"
        if trig is not None:
            out.extend(trig if isinstance(trig, list) else [trig])
        return out


