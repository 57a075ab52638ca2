"""Dependency rules that turn one parsed sentence into events.

The rules are general and few; what words mean lives in the lexicon
(``events/data``). ``triggering.TriggerFinder`` finds what in a sentence can
express an event (frames, light verbs with event nouns, verb cues); this module
resolves each trigger's arguments and builds the events.

The source is the verb's subject (or the passive agent, or the noun a
participle modifies), inherited from the governing verb for controlled
complements and conjoined verbs; the target is the object or the
preposition the cue names.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Span, Token

from ..nlp import children
from ..actors.context import (
    ADVERSARY_HEADS, ALLY_HEADS, DOCUMENT_NOUNS, INSTRUMENT_NOUNS, PLATFORM_NOUNS, WEAPON_NOUNS, as_place, as_seat,
    is_state, of_country, one_party, same_state,
)
from ..actors.phrase import is_stance
from ..actors.tables import is_measure
from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from ..records import Actor
from .arguments import DOER_PREPS, _noun_phrase_actors, patients, reporter_tokens, subject_tokens, target_groups
from .party_codes import (
    VICTIM_ROLES, by_force, civilian_blockade, foreign_sanction, labour_strike, official_protest, to_the_press, unconventional,
)
from .codes import cameo
from .guards import is_political, political_pair, scoreline
from .lexicon import actor_object_senses
from .acts import PROTEST_ROOT, SECURITY_FORCES, SYMMETRIC_ROOTS, one_event_per_act, toll_of_named_act
from .claims import claimed_acts, own_state_side
from .penalties import jailing_sentences
from .posture import with_faced_party
from .bargains import with_other_party
from .concessions import with_conceded_to
from .protests import in_protest
from .participles import is_participle_misread_as_main
from .anticipated import with_anticipated_party
from .patients import (
    TERRITORIAL_MEASURES, people_of, struck_by_noun, with_own_people, with_place_of_deployment, with_place_of_measure,
    problem_combated, with_purpose_object, with_uncoded_target,
)
from .objects import POSTURE as POSTURE_ROOT, deploys, forces_moved
from .refine import (
    JOINT_ROOTS, MILITARY_AID, _own_subjects, answer_code, arms_transfer, foreboding_code, joint_exercise,
    manner_code, mission_code, refuge_code,
)
from .refined import refined_code
from .membership import LEFT_ORGANISATION, leaving_code
from .nominal import MEETING_ROOT
from .parties import (
    EXPELLING, PROTECTION, _fighting, names_a_party, _first_party, _place, _relative_gap, _thing, code_root_is_visit,
    hosted_force, implied_protesters, requested_force, new_protest, passive_event_noun, passive_recipients,
    orderers, protesting_people, state_of_custody, state_of_place, state_of_reporter,
)
from .modality import (
    announced, declined, failed, has_negation, in_condition, is_ability, is_affiliation, is_alternative, is_counterfactual, is_generic,
    is_described_prospect, is_obligation, is_participle_aside, is_presupposed, is_wish, is_desired, is_misread_participle,
    is_background_clause, is_content_clause,
    is_purpose_clause, modality_of, MEDIATION, asks_yes_or_no, brokered, condition_parties, own_side_hinting, tells_a_state,
)
from .syntax import (
    PASS_SUBJ, _children, _is_verbal, _modifiers, _particles, _prep_objects, _with_conjuncts, elliptic_passive, finite_clause_beside,
    noun_lemma, of_phrase_conjuncts, reduced_passive, shared_argument_heads,
)
from .readings import in_question, told_in_fiction
from .senses import ARMED_DOER, ARMED_ROLES, armed_doer
from .triggers import COOPERATIVE_ROOTS, ActorFn, Candidate, Trigger
from .targeting import TargetFinder

# Intents of giving or yielding (aid, concessions, accepting mediation) are aimed at a third party,
# not exchanged between the coordinated subjects who share them.
# Pulling back from each other is the exception: "India and China agreed to pull back their troops" (0356,
# de-escalating a military engagement, is each side's towards the other).
DIRECTED_INTENTS = {"033", "035", "038"}
MUTUAL_INTENTS = ("0356",)
# visiting and hosting have a direction that coordinated parties ("X and Y concluded talks") do not give:
# between them, the meeting is a consultation
DIRECTED_MEETINGS = {"042": "040", "043": "040"}
# Frames whose passive subject is the one addressed, not the doer: "was accused of" always, "was urged /
# asked to" with its auxiliary (a bare participle may be a misread main verb)
ACCUSING_FRAMES = frozenset({"accuse", "allege"})
ADDRESSED_FRAMES = frozenset({"appeal", "demand"})
MUTUAL_NOUNS = frozenset({"exchange", "swap"})  # acts each party does to the other: "carried out a prisoner exchange"
MOBILIZE_ROOT = "15"  # forces moved: the forces are what is moved, never whom the move is aimed at
CRAFT_NOUNS = PLATFORM_NOUNS | {"plane", "airplane", "ship", "vessel", "boat"}  # what carries visitors, not one
NEGOTIATED = ("03", "04", "057")  # agreeing, meeting, concluding a deal: failing at them is a rejection (FAIL [120] in CAMEO.2.0)
MATERIAL_CONFLICT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}  # future acts of these are threats


OCCASION_MARKS = {"when", "as", "after", "while"}  # "killed when gunmen stormed": the clause that says when
STATE_ACTS = ("173", "174")  # arrest, detain, charge; expel, deport: what only a state does
RELEASE = "0841"  # release persons
DIPLOMATIC_CUT = "161"  # reduce or break diplomatic relations: diplomats expelled, envoys recalled



def listed_members(sources: list[Actor]) -> bool:
    """Doers a list names as members of a group ("other countries including the Bahamas, Bangladesh and
    Chad have pledged personnel"): each does the act, none with another."""
    return all("+included" in s.rule for s in sources[:2])


def _performed(verb: Token) -> bool:
    """A participle of a document noun ("a decree banning", "a notice deploying the army"): what
    the document does, its issuer's act."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DOCUMENT_NOUNS


def _of_state(actor: Actor, owner: Actor) -> Actor:
    """A role ("its forces") of the state its possessive pronoun refers to, when that is a state."""
    return of_country(actor, owner.country, "reporter-owner") if is_state(owner) else actor


# Public statements about an act the story reports, which need no one named: concern over it (012),
# acknowledging or denying responsibility for it (015, 016). Other comments do (hope, consideration, accord).
ABOUT_AN_ACT = ("012", "015", "016")
FORMATION_VERBS = frozenset({"march", "parade", "rally"})  # what protesters do, and forces in formation


def _other_state_party(actor: Actor) -> bool:
    """A party an intent may be aimed at: one a state, an organisation or a person stands behind, not a
    bare place ("agreed to hand 13 percent of the West Bank ... in return for guarantees from Arafat")."""
    return names_a_party(actor) and not _place(actor)


def _aimed_where_unnamed(c: Candidate, code_actors: ActorFn, offset: int) -> Candidate:
    """``c`` with the target its clause gives where its slots name no party: the place of a measure, a
    deployment or a withdrawal, the thing in its slot, whom a concession is made to, whom an
    agreement's bargain is struck with."""
    c = with_place_of_measure(c, code_actors, offset)
    c = with_place_of_deployment(c, offset, code_actors)
    c = with_anticipated_party(c, code_actors)  # (over a place: "deployed across Lagos ahead of opposition protests")
    c = with_purpose_object(c, code_actors)
    c = with_own_people(with_uncoded_target(c, offset, code_actors))
    c = with_conceded_to(c, code_actors)
    return with_other_party(c, code_actors, _other_state_party)


def _one_side(a: Actor, b: Actor) -> bool:
    """The same organ of one state ("Israeli Prime Minister Netanyahu" and the Israeli government whose
    judgement "the allegation" named last): no one answers their own side's act."""
    return bool(a.country) and a.country == b.country and a.first_role == b.first_role


def _plural_reporters(verb: Token, subj_toks: list[Token]) -> list[Token]:
    """The plural subject of the clause that reports a "they" or "we" clause ("Palestinian leaders
    said they would ..."): whom the pronoun names, whether the tables code them or not ("protest
    organisers said they would continue" is no act of the embassies the paragraph named before)."""
    if len(subj_toks) != 1 or subj_toks[0].pos_ != "PRON" or subj_toks[0].lower_ not in ("they", "we"):
        return []
    reporter = reporter_tokens(verb)
    return reporter if len(reporter) > 1 or (reporter and reporter[0].tag_ in ("NNS", "NNPS")) else []


REDUCE_RELATIONS = "16"


class Extractor(TargetFinder):
    """Resolves the arguments of the triggers a sentence has and builds its candidate events."""

    def _agentless(self, trig: Trigger, subj_toks: list[Token], passive: bool) -> bool:
        """Whether the clause leaves its doer unnamed: an agentless passive, or a subject that is
        an event or weapon noun rather than an actor. Only material acts (14-20) and releases or
        returns (08: "were released from detention") are kept so: a statement or an agreement
        needs its author."""
        if trig.code[:2] not in MATERIAL_CONFLICT_ROOTS | {"08"} or trig.frame is not None:
            return False
        if trig.rule == "suffered":  # "survived an assassination attempt": the attempt's doer unnamed
            return all(t.pos_ == "NOUN" and t.i == trig.tokens[1].i for t in subj_toks)
        if passive:  # no agent, or only the means: "were wounded by a roadside bomb"
            return not subj_toks or len(subj_toks) == 1 and subj_toks[0].pos_ == "NOUN" and self._means(subj_toks[0])
        own = _own_subjects(trig.verb)
        return len(subj_toks) == 1 and subj_toks[0].i in own and subj_toks[0].pos_ == "NOUN" and self._means(subj_toks[0])

    @staticmethod
    def _issued(trig: Trigger) -> bool:
        """A speech act a document performs ("a report accusing the army", "a statement condemning
        the attack"): its issuer's act, not unrealised content."""
        return trig.frame is not None and _performed(trig.verb)

    def _violent_occasions(self, verb: Token) -> list[Token]:
        """Active clauses of violence that say when ("... when gunmen stormed the village", "as troops
        shelled the town"): their doer is the doer of the harm the main clause reports."""
        out = []
        for c in children(verb):
            if c.dep_ == "advcl" and _is_verbal(c) and any(m.dep_ in ("mark", "advmod") and m.lower_ in OCCASION_MARKS for m in children(c)) \
                    and not _children(c, PASS_SUBJ):
                cue = self.lexicon.verb(c.lemma_.lower(), _particles(c))
                if cue is not None and cue.code[:2] in VIOLENT_ROOTS:
                    out.append(c)
        return out

    def _means(self, noun: Token) -> bool:
        """An event or weapon noun ("the attack", "a car bomb"): the act itself, its doer unnamed."""
        return self.lexicon.noun(noun.lemma_.lower(), _modifiers(noun)) is not None or noun.lemma_.lower() in INSTRUMENT_NOUNS

    def candidates(self, sent: Span, code_actors: ActorFn, group: Callable[[Token], list[Actor]],
                   offset: int = 0) -> list[Candidate]:
        """Every event the sentence supports, with coded source and target (``offset``: where the
        sentence's document starts in the article text)."""
        if asks_yes_or_no(sent):
            return []  # "Will Russia attack Ukraine?": what is asked is not told
        out: list[Candidate] = []
        for trig in self.find_triggers(sent):
            out.extend(self._build(trig, sent, code_actors, group, offset))
        acts = [_aimed_where_unnamed(with_faced_party(c, self.lexicon, code_actors), code_actors, offset)
                for c in one_event_per_act(out, offset)]
        acts = [a for a in acts if not problem_combated(a)]  # "fighting the floods": no party fought
        # "Cambodia said Thai troops had attacked": an accusation; "sentenced to two years in prison": a detention
        return acts + claimed_acts(acts, code_actors) + jailing_sentences(acts)

    def _needs_a_target(self, trig: Trigger, sources: list[Actor], passive: bool) -> bool:
        """Cues that are no event without a party named in a slot of their own."""
        verb = trig.verb
        if trig.code[:2] == "02" and trig.rule == "verb" and not passive \
                and not any(c.dep_ in ("prep", "dobj", "xcomp", "ccomp") for c in children(verb)):
            return True  # "her lawyers said they would appeal": a court appeal, no request made of anyone
        if trig.rule == "ultimatum" and trig.source_override:
            return True  # "said the talks had two days to run": a time limit on no party is no ultimatum
        if trig.rule == "obligation" and trig.cue.endswith(">must"):
            return True  # "they said negotiations should conclude this year": an obligation on no one named
        if trig.code[:2] == "06" and trig.rule == "verb" and not passive and len(sources) < 2:
            return True  # "North Korea has trained 500 hackers": cooperation is with someone, named in its slot
        if code_root_is_visit(trig.code) and not passive and len(sources) < 2:
            return True  # "the army arrived", "he toured": a visit with no host named is no dyadic event
        if trig.verb.lemma_.lower() == "meet" and trig.rule == "verb" and not passive and len(sources) < 2:
            return True  # "EU foreign ministers met in Brussels": a meeting with no one else named
        if trig.code[:2] == "01" and not trig.code.startswith(ABOUT_AN_ACT) and not passive:
            return True  # "we hope", "the ministers concurred", "Malta is considering": a comment aimed at no one
        # "..., killing 20 people": a participial aside needs a named target to count; not what a
        # telephone call was made to say, whose target is whom was called (acts._said_in_the_call)
        in_call = verb.dep_ in ("advcl", "xcomp") and actor_object_senses().get(verb.head.lemma_.lower()) == "041" \
            and bool(_children(verb.head, "dobj")) and not set(_particles(verb.head)) & {"for", "on", "upon"}
        # nor what a document does ("published a notice deploying the army"): its issuer's act
        return is_background_clause(verb) and not self._decided(verb) and not in_call and not _performed(verb)

    def _inferred_sources(self, trig: Trigger, subj_toks: list[Token], sources: list[Actor], targets: list[Actor],
                          passive: bool, code_actors: ActorFn, group) -> tuple[list[Actor], str]:
        """The doer where the subject names none itself: a plural reference, a document's issuer, a
        pronoun's reporter, the reporter's own forces, or the actor inside an event noun's phrase."""
        verb = trig.verb
        if not sources and len(subj_toks) == 1 and not _plural_reporters(verb, subj_toks):
            sources = group(subj_toks[0])
        if (passive or forces_moved(trig)) and all(a.country is None for a in sources) \
                and (ordered := orderers(verb, code_actors)):
            # "the journalist was arrested on the orders of the minister"; "troops were deployed on the orders of
            # President Maduro": the forces moved, with no state of their own, are the orderer's
            return ordered, "+orderer"
        if not sources and passive and trig.code[:2] in VIOLENT_ROOTS:
            # "three soldiers were killed when militants attacked their convoy": whoever did the violence
            # the "when" clause tells did the killing the passive leaves without a doer
            target_keys = {x.key for x in targets}
            for clause in self._violent_occasions(verb):
                found = [a for t in subject_tokens(clause)[0] for a in code_actors(t) if a.key not in target_keys]
                if found:
                    return found, "+occasion"
        if not sources and passive and trig.code[:2] in VIOLENT_ROOTS:
            # "soldiers were killed in clashes with militants", "... in an ambush by rebels": the other
            # side of the fighting the clause names as its setting, or the doer of the attack it names
            found = self._opponents(verb, {x.key for x in targets}, code_actors)
            if found:
                return found, "+opponent"
        if not sources and verb.dep_ == "acl" and _is_verbal(verb.head.head) and not reduced_passive(verb):
            # "issued a declaration demanding that ...": the declaration's issuer
            sources = [a for t in subject_tokens(verb.head.head)[0] for a in code_actors(t)]
        if not sources and subj_toks and subj_toks[0].pos_ == "PRON":
            # "Japan said it had halted aid": the pronoun is the reporting clause's subject; in a relative
            # clause, the governing clause's ("Kyrgyzstan expelled two diplomats it accused of spying")
            governing = verb.head.head if verb.dep_ == "relcl" and _is_verbal(verb.head.head) else None
            toks = subject_tokens(governing)[0] if governing is not None else reporter_tokens(finite_clause_beside(verb) or verb)
            sources = [a for t in toks for a in code_actors(t)]
        owned = len(subj_toks) == 1 and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children(subj_toks[0]))
        if owned and sources and all(a.country is None and a.role for a in sources):
            # "the Russian defence ministry said its forces had struck": the reporter's forces
            sources = [_of_state(a, r) for a in sources for r in
                       [r for t in reporter_tokens(verb) for r in code_actors(t)][:1]] or sources
        if owned and not sources and subj_toks[0].pos_ == "NOUN":
            # "Ukraine's air force said its units had shot down", "the group ... when its members
            # kidnapped": people of the reporting or governing clause's subject act for it
            target_keys = {x.key for x in targets}
            owners = [a for t in reporter_tokens(verb) for a in code_actors(t) if a.key not in target_keys]
            if owners:
                return owners, "+owner"
        weapon = len(subj_toks) == 1 and subj_toks[0].lemma_.lower() in WEAPON_NOUNS | PLATFORM_NOUNS \
            and all(a.country is None for a in sources)  # "the drone, launched by the RSF, struck": the RSF
        if (not sources or weapon) and len(subj_toks) == 1 and subj_toks[0].pos_ == "NOUN" \
                and subj_toks[0].lemma_.lower() not in DOCUMENT_NOUNS | ALLY_HEADS | ADVERSARY_HEADS \
                and not is_measure(subj_toks[0]):  # "Ukraine's allies"; "Kenya's inflation rate eased": no one's act
            # "a car bombing by the Islamic State killed", "Syrian regime air strikes hit": the actor
            # named inside an event or weapon noun's phrase is whoever carried it out
            # (an act's or weapon's "on"/"against" phrase names whom it hit: "an air strike on a tent housing
            # displaced families"; only "by", "from", "between" name who carried it out)
            # a passive's agent the same: "killed by a team of Saudi agents", "hit by warplanes from the
            # United States" (only what it is of or from: "attacked by a mob in Lahore" is no Pakistani act)
            means = self._means(subj_toks[0])
            preps = DOER_PREPS if means else {"of", "from"} if passive else None
            # a person or thing of a country that the tables do not know ("the Italian climber", "a Danish
            # maker") is not the country: its own modifiers name whose it is, not who acts
            described = not means and not weapon and any(_thing(a) for a in code_actors(subj_toks[0]))
            for tok in _noun_phrase_actors(subj_toks[0], preps=preps):
                if is_stance(tok):
                    continue  # "pro-government supporters marched": whom they back, not who marched
                if described and tok.head.i == subj_toks[0].i and tok.dep_ in ("amod", "compound", "nmod"):
                    continue
                found = [a for a in code_actors(tok) if a.key not in {t.key for t in targets}]
                if found and not (weapon and sources and tok.i < subj_toks[0].i):  # not its own modifier ("military aircraft")
                    return found, "+subject-phrase"
        return sources, ""

    def _opponents(self, verb: Token, target_keys: set[str], code_actors: ActorFn) -> list[Actor]:
        """The parties a passive violent verb's setting names as the other side: "in clashes with X",
        "during fighting against X" (a fight's opponent), "in an attack by X" (an attack's doer)."""
        for prep in children(verb):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in (p for p in children(prep) if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                cue = self.lexicon.noun(noun_lemma(noun), _modifiers(noun))
                if cue is None or cue.code[:2] not in VIOLENT_ROOTS:
                    continue
                preps = {"with", "against", "by"} if cue.code[:2] in ("19", "20") else {"by"}
                found = [a for p in _prep_objects([noun], preps) for t in _with_conjuncts(p) for a in code_actors(t)
                         if a.key not in target_keys]
                if found:
                    return found
        return []

    def _build(self, trig: Trigger, sent: Span, code_actors: ActorFn, group, offset: int = 0) -> list[Candidate]:
        """The candidate events of one trigger: its doers and whom they acted on, what the clause says
        of the act (refused, future, by what means), and the pairs that make political events."""
        subj_toks, passive, tgt_toks = self._argument_tokens(trig, code_actors)
        if scoreline(trig.verb) and cameo(trig.code).quad_class in (3, 4):
            return []  # "Brazil beat Argentina 2-1": a match won, not an assault
        if told_in_fiction(trig.verb):
            return []  # "In the film, a disgraced general declares war on a corporation": a plot, no event
        if in_condition(trig.verb) or is_alternative(trig.verb) or in_question(trig.verb):
            return []  # "unless Israel rescinded", "rather than protect sailors", "asked whether he would meet":
            # a condition, what was not chosen, a question
        if is_purpose_clause(trig.verb) and trig.code[:2] != POSTURE_ROOT and deploys(self.lexicon, trig.verb.head):
            return []  # "deployed the army to support the police": the deployment's aim, not an act of its own
        if (trig.source_override == () or trig.verb.dep_ == "relcl") and is_content_clause(trig.verb) and not self._issued(trig):
            return []  # "its demand that Israel ease restrictions": what is demanded has not happened
        sources, refusal = self._doers(trig, sent, subj_toks, code_actors)
        if trig.rule == ARMED_DOER and not armed_doer(sources, subj_toks):
            return []  # "the storm hit the coast", "the minister hit a record": no armed doer
        found = self._targets(trig, passive, subj_toks, tgt_toks, sources, refusal, code_actors, offset)
        if found is None:
            return []
        trig, targets, fallback, protest = found
        if arms_transfer(trig, sources, targets) is not None:  # "will send 49 tanks to Ukraine": military aid
            trig = replace(trig, code=MILITARY_AID, rule=trig.rule + "+transfer")
        foreboding = foreboding_code(self.lexicon, trig, targets, code_actors, sources)
        if foreboding is not None:  # "warned that a trade war could push Canada into recession"
            trig = replace(trig, code=foreboding, rule=trig.rule + "+foreboding")
        if self._needs_a_target(trig, sources, passive) and not targets:
            return []
        if trig.frame == "allege" and trig.code == "112" \
                and not any(a.code and not any(one_party(s, a) or own_state_side(s, a) for s in sources) for a in targets):
            return []  # "claimed that the economy was growing", "claimed that it had killed 20", "that its navy
            # had destroyed a drone": no one else accused
        if code_root_is_visit(trig.code) and trig.rule == "verb" and "dobj" not in trig.target_specs \
                and _children(trig.verb, "dobj"):
            return []  # "flew water purification units to Vanuatu": what one carries there is no visit
        sources, rule_extra = self._inferred_sources(trig, subj_toks, sources, targets, passive, code_actors, group)
        if not sources and trig.rule == "event-noun-subject" and trig.code[:2] == PROTEST_ROOT \
                and new_protest(trig.tokens[0], trig.verb):
            sources = [implied_protesters(trig.tokens[0], trig.verb, code_actors, offset)]  # "protests broke out"
        if not sources and trig.rule == "verb" and trig.code[:2] == PROTEST_ROOT:
            sources = protesting_people(trig.verb, subj_toks, code_actors, offset)  # "job seekers demonstrated"
        unknown_source = not sources and bool(targets) and not fallback and self._agentless(trig, subj_toks, passive)
        if not sources and not unknown_source:
            return []
        if trig.rule == "verb" and trig.verb.lemma_.lower() in FORMATION_VERBS and trig.code[:2] == PROTEST_ROOT \
                and all(s.first_role in SECURITY_FORCES for s in sources) and not targets and not in_protest(trig.verb):
            return []  # "soldiers marched past", "troops paraded": forces on the move, no protest (unless
            # aimed at someone, "police officers marched on the ministry", or said to be one, "to protest over pay")
        hinting = own_side_hinting(trig.verb, sources, code_actors) \
            if is_ability(trig.verb) and trig.code[:2] in MATERIAL_CONFLICT_ROOTS else []
        if hinting:
            # "Medvedev hinted that Moscow could use nuclear weapons against Ukraine": what one's own side could
            # do to another, said by one of its own, is the speaker's threat (not an analyst's estimate)
            trig, sources = replace(trig, modality="future"), hinting
        elif self._unreported(trig):
            return []
        coded = self._coded(trig, sent, passive, refusal, protest, subj_toks, targets)
        if coded is None:
            return []
        code, rule, modality = coded
        if (rule.endswith("+future:threat") or refusal) and (not targets or fallback):
            # "if Hezbollah violates the agreement, we will attack": the threat is aimed at whom its condition
            # names; "will not end the strike until the government pays": so is the refusal
            named = condition_parties(trig.verb, sources, code_actors)
            if named:
                targets, fallback, rule = named, False, rule + "+condition-party"
        code, rule = refined_code(self.lexicon, trig, code, rule, sources, targets)  # "Odinga attacked Ruto in a speech"
        targets = hosted_force(code, targets, tgt_toks, trig.verb, code_actors)  # "troops to the UN force in South Sudan"
        askers = requested_force(code, sources, trig, code_actors)
        if askers:  # "sent police officers to Haiti at the request of its government": for their protection
            code, rule, targets, fallback = PROTECTION, f"{rule}+requested", askers, False
        if unknown_source and code[:2] in ("13", "03"):
            return []  # "an armed attack on its vessels would invoke ...": a threat or an intent needs its author
        return self._assemble(trig, code, rule, rule_extra, modality, sources, targets, fallback, unknown_source,
                              refusal, passive, code_actors)

    def _argument_tokens(self, trig: Trigger, code_actors: ActorFn) -> tuple[list[Token], bool, list[Token]]:
        """(subject tokens, whether the clause is passive, target tokens) of a trigger."""
        if trig.source_override:
            subj_toks, passive = list(trig.source_override), False
        else:
            subj_toks, passive = subject_tokens(trig.verb)
        if not passive and trig.rule == "verb" and "dobj" in trig.target_specs and elliptic_passive(trig.verb):
            # "...; 4 Ugandan soldiers killed": those counted are whom it was done to, by no one named
            return [], True, _with_conjuncts(_children(trig.verb, "nsubj")[0])
        addressed = trig.frame in ACCUSING_FRAMES or trig.frame in ADDRESSED_FRAMES and _children(trig.verb, "auxpass")
        if passive and not subj_toks and trig.frame is not None and not addressed:
            # stative frames: "Israel is opposed to", "it is prepared to", "Vietnam is committed to"; not
            # one asked or accused: "Iran was urged to halt enrichment" by someone unnamed (a participle
            # with no auxiliary may be the main verb misread: "A Turkish delegation called on Greece to halt")
            subj_toks, passive = patients(trig.verb), False
        if passive and not subj_toks and forces_moved(trig):
            # "Russian troops were deployed to the border": the forces a deployment moves are its
            # doer's; whom the move is aimed at is where they go (CAMEO 154)
            subj_toks, passive = patients(trig.verb), False
        noun_subject = passive and passive_event_noun(trig)
        if noun_subject and not subj_toks:
            subj_toks = _children(trig.tokens[1], {"poss"})  # "Japan's protest was delivered": Japan's
            passive = not subj_toks
        if passive and not noun_subject:
            tgt_toks = patients(trig.verb)
            if all(_thing(a) for t in tgt_toks for a in code_actors(t)):  # "the statue was returned to Egypt"
                tgt_toks = passive_recipients(trig, code_actors) or tgt_toks
            elif trig.target_specs and not {"dobj", "obj"} & set(trig.target_specs):
                # a cue whose object is its theme, its target a phrase: "was extradited by Britain to the
                # United States" (the receiving state), wherever the slot names a party
                # "(thousands of) soldiers were sent ... by X": the cue's own noun is what was moved
                moved = trig.code[:2] == MOBILIZE_ROOT and any(
                    n.i in {d.i for d in t.subtree} for t in tgt_toks for n in trig.tokens[1:])
                tgt_toks = _first_party(target_groups(trig.target_specs, (trig.verb,)), code_actors) \
                    or ([] if moved else tgt_toks)
        elif trig.target_override:
            tgt_toks = list(trig.target_override)
        else:
            heads = trig.target_heads or (trig.verb,)
            if trig.verb in heads:  # "donated and delivered goods to the school": the second verb's phrases
                heads = (*heads, *shared_argument_heads(trig.verb))
            tgt_toks = _first_party(target_groups(trig.target_specs, heads), code_actors) \
                or (_relative_gap(trig.verb) if "dobj" in trig.target_specs else []) \
                or struck_by_noun(trig, self.lexicon, self.dictionary)  # "a drone strike that killed 3 fighters"
            if not tgt_toks and noun_subject:
                # "the arrest of Rodrigo Duterte was carried out by police": whom the act noun is of
                tgt_toks = _first_party(target_groups(("prep:of",), (trig.tokens[1],)), code_actors)
        return subj_toks, passive, tgt_toks

    def _doers(self, trig: Trigger, sent: Span, subj_toks: list[Token], code_actors: ActorFn) -> tuple[list[Actor], bool]:
        """(the parties the subject names, whether the clause declines a cooperative act)."""
        # a thing of a country does not act ("U.S. assets were frozen"), unless it is a weapon or an
        # act ("Syrian regime air strikes hit", "an Israeli offensive killed")
        sources = [a for t in subj_toks for a in code_actors(t)
                   if not _thing(a) or t.lemma_.lower() in INSTRUMENT_NOUNS or self._violent_noun(t)]
        if trig.rule == "event-noun-subject" and len(subj_toks) == 1 and self._violent_noun(subj_toks[0]):
            # "the murder of Jamshid Sharmahd shows ...": whom the violence was done to, not its doer
            done_to = {a.key for t in _prep_objects(subj_toks, {"of"}) for c in _with_conjuncts(t) for a in code_actors(c)}
            sources = [a for a in sources if a.key not in done_to]
        elif len(subj_toks) == 1 and len(sources) == 1:  # "Government of Mali and JNIM clashed": two doers
            sources += [a for t in of_phrase_conjuncts(subj_toks[0]) for a in code_actors(t)
                        if a.key != sources[0].key][:1]
        refusal = trig.frame in (None, "cease") and trig.code[:2] in COOPERATIVE_ROOTS and not trig.modality \
            and (has_negation(trig.verb) or declined(trig.verb) or failed(trig.verb) and trig.code.startswith(NEGOTIATED)) \
            and modality_of(trig.verb, sent) == "negated" \
            and not any(c.lower_ == "yet" for c in children(trig.verb)) \
            and not (trig.code[:2] == MEETING_ROOT and any(c.dep_ == "aux" and c.lower_ == "did" for c in children(trig.verb)))
        # ("has not yet sent a team": pending, not refused; "Milei did not meet Sanchez": a meeting that did not
        # happen, told as a fact, not one refused: "refused to meet", "will not meet" are)
        # "will not lift the ban": a cooperative act declined; "failed to reach agreement": a negotiation that
        # came to nothing (not "failed to protect", which is no refusal)
        if len(subj_toks) == 1 and subj_toks[0].lower_ in ("we", "us") and (refusal or trig.code[:2] not in SYMMETRIC_ROOTS):
            sources = sources[:1]  # a speaker's "we reject ...": the speaker's side, not the two parties
        reporters = _plural_reporters(trig.verb, subj_toks)
        if reporters:  # "Palestinian leaders said they would ..."
            sources = [a for t in reporters for a in code_actors(t)]
        return sources, refusal

    def _unreported(self, trig: Trigger) -> bool:
        """Whether the clause tells of the act as not done: an ability, a content asked for, background,
        a counterfactual, a wish, an obligation."""
        if is_ability(trig.verb):
            return True  # "they can arrest us": an ability or a possibility, not an act
        if trig.frame is None and self._in_frame_content(trig.verb):
            return True  # "urged Tunisia to release the men and to stop prosecuting people": asked for, not done
        if is_presupposed(trig.verb) or tells_a_state(trig.verb) or is_generic(trig.verb) or is_affiliation(trig.verb, trig.code) \
                or is_participle_aside(trig.verb) and not brokered(trig.code, trig.verb) or is_misread_participle(trig.verb) \
                or is_participle_misread_as_main(trig.verb):
            return True  # "withdraw from towns they had seized", "militants linked to IS": background, not news
        if is_counterfactual(trig.verb) or is_described_prospect(trig.verb):
            return True  # "a resolution that would have imposed sanctions": vetoed, so never done; "personnel
            # who would be deployed in Gaza": what they are for
        if is_wish(trig.verb) or is_desired(trig.verb):
            return True  # "Washington wants Israel to halt the offensive": a wish, not Israel's act or intent
        if trig.rule != "obligation" and is_obligation(trig.verb):
            return True  # "Iraq must cooperate", "the talks should resume": what ought to happen has not
        return False

    def _coded(self, trig: Trigger, sent: Span, passive: bool, refusal: bool, protest: str | None,
               subj_toks: list[Token], targets: list[Actor]) -> tuple[str, str, str] | None:
        """(code, rule, modality) of the act as the clause tells it: refused, by what means, with what
        mission, of whom, in the future; None where it did not happen ("did not attack")."""
        modality = trig.modality or modality_of(trig.verb, sent)
        code, rule = trig.code, trig.rule + ("+passive" if passive and "passive" not in trig.rule else "")
        if modality == "negated" and not refusal:
            return None  # "did not attack", "has not yet sent a team": nothing happened (a declined cooperative act is a rejection)
        if refusal:
            # "will not lift the ban", "did not give permission": declining a cooperative act is a
            # rejection (CAMEO 12x), an event in its own right
            code, rule, modality = self.lexicon.lift("refuse", code), rule + "+negated:refuse", "asserted"
        manner = manner_code(self.lexicon, trig, subj_toks) or answer_code(self.lexicon, trig)
        if manner is not None and manner != code:
            code, rule = manner, rule + "+manner"
        if protest is not None:
            code, rule = protest, rule + "+protest"  # "protesters stormed parliament": a riot, not an armed assault
        mission = mission_code(self.lexicon, trig, subj_toks)
        if mission is not None:
            code, rule = mission, rule + "+mission"  # forces sent to keep the peace: protection, not a build-up
        elif code_root_is_visit(code) and subj_toks and all(t.lemma_.lower() in CRAFT_NOUNS for t in subj_toks):
            return None  # "the aircraft landed in Bangui": a craft that arrives, bringing no relief, visits no one
        refuge = None if passive else refuge_code(code, trig, targets)
        if refuge is not None and refuge != code:
            code, rule = refuge, rule + "+refuge"  # "opened its borders to refugees": humanitarian aid
        if modality in ("future", "conditional") and trig.frame in (None, "cease", "order"):
            root = code[:2]
            if root in COOPERATIVE_ROOTS and root != "03":
                code, rule = self.lexicon.lift("intent", code), rule + "+future:intent"
            elif root in MATERIAL_CONFLICT_ROOTS and not (root == REDUCE_RELATIONS and modality == "future"
                                                          and announced(trig.verb)):
                code, rule = self.lexicon.lift("threat", code), rule + "+future:threat"
            # (a reduction of relations announced, "Malaysia would close its embassy in Pyongyang", is the
            # decision itself, as "decided to close" is; one on a condition, or one that "could" come, is a threat)
        return code, rule, modality

    def _assemble(self, trig: Trigger, code: str, rule: str, rule_extra: str, modality: str, sources: list[Actor],
                  targets: list[Actor], fallback: bool, unknown_source: bool, refusal: bool, passive: bool,
                  code_actors: ActorFn) -> list[Candidate]:
        """The candidates of a coded act: one per political source-target pair, one between coordinated
        parties of a mutual act, or with an unknown source where the text names no doer."""
        if code[:2] in JOINT_ROOTS and len(trig.tokens) > 1:  # "the Philippines and the US began exercises"
            code, targets, fallback = joint_exercise(self.lexicon, trig, code, sources, targets, fallback, code_actors)
        if fallback:
            rule += "+near-target"
        rule += rule_extra
        confidence = 0.55 + (0.1 if fallback else 0.2 if targets else 0.0) + (0.1 if trig.rule != "frame" else 0.0)
        if modality != "asserted":
            confidence -= 0.1
        result: list[Candidate] = []
        # (diplomats expelled too: "will be expelled from the UK"; not an envoy recalled from the host's capital)
        expelled = code[:3] == DIPLOMATIC_CUT and trig.verb.lemma_.lower() in EXPELLING
        state = state_of_place(trig.verb, code_actors) if unknown_source and passive and (code[:3] in STATE_ACTS or expelled) \
            else None
        if state is not None:
            # "was arrested in Rwanda", "were deported from Libya": only a state arrests or expels, and
            # the country where it happened is the one that did (as human coders of CAMEO take it)
            sources, unknown_source, rule = [state], False, rule + "+state-of-place"
        elif unknown_source and passive and code.startswith(RELEASE) \
                and (state := state_of_custody(trig.verb, code_actors)) is not None:
            sources, unknown_source, rule = [state], False, rule + "+state-of-custody"  # "released from Israeli jails"
        elif unknown_source and passive and code[:3] in STATE_ACTS:
            # "the interior ministry said 107 people had been detained": the organ reporting it did it
            state = state_of_reporter([a for t in reporter_tokens(trig.verb) for a in code_actors(t)])
            if state is not None:
                sources, unknown_source, rule = [state], False, rule + "+reporter"
        if unknown_source and toll_of_named_act(self.lexicon, trig.verb):
            return []
        if unknown_source and trig.rule == LEFT_ORGANISATION:
            return []  # only a member leaves an organisation ("laws leave police little room": no one does)
        if unknown_source:
            # "was arrested in Niger", "a car bomb killed 20 soldiers": an event whose doer the text
            # does not name; kept with no source (as GDELT leaves an actor blank), flagged in the rule
            return [Candidate(trig, code, None, tgt, modality, False, rule + "+unknown-source",
                              round(confidence - 0.2, 2)) for tgt in targets if is_political(tgt) or tgt.code and tgt.first_role in VICTIM_ROLES]
        # "agreed to lift a ban on Egyptian imports"; not a place of one of the parties ("Bangladesh and
        # Myanmar agreed to start returning refugees to Rakhine state": between them)
        directed = code[:3] in DIRECTED_INTENTS and not code.startswith(MUTUAL_INTENTS) and any(
            not (_place(t) and t.country in {s.country for s in sources}) for t in targets)
        # (co-mediators mediate together, not with each other: "brokered by Qatar and Egypt")
        mutual = code[:2] in SYMMETRIC_ROOTS and not code.startswith(MEDIATION) or refusal and trig.code[:2] in SYMMETRIC_ROOTS \
            or code[:2] == "19" and _fighting(trig) \
            or code[:3] == "196" \
            or len(trig.tokens) > 1 and trig.tokens[1].lemma_.lower() in MUTUAL_NOUNS \
            or len(trig.tokens) > 1 and trig.verb.lemma_.lower() in MUTUAL_NOUNS
        # ("X and Y failed to agree", "Armenia and Azerbaijan fought", "... violated the truce", "swapped prisoners")
        # a party found near the cue (not in its own slot) does not outrank the coordinated parties
        # ("the ministers of Armenia and Azerbaijan held talks in Kazakhstan's largest city"), nor
        # does a thing or a force of no state ("agreed to share power", "exchanged 200 prisoners",
        # "launched a joint exercise with 10,000 troops")
        # (an armed group fought in the cue's own slot is the other side, of whatever state: "Rwandan
        # troops and Mozambican forces clashed with insurgents")
        foe = code[:2] == "19" and _fighting(trig) and not fallback and any(t.first_role in ARMED_ROLES for t in targets)
        if len(sources) >= 2 and mutual and not directed and not listed_members(sources) and not foe and (
                not targets or fallback or trig.frame == "intent" or not any(map(names_a_party, targets))):
            # coordinated or plural subject with no one else named: an event between them
            a, b = sources[0], sources[1]
            if a.key != b.key and political_pair(a, b, code):
                code = DIRECTED_MEETINGS.get(code[:3], code)
                result.append(Candidate(trig, code, a, b, modality, True, rule.replace("+near-target", "") + "+coordinated",
                                        round(confidence, 2)))
            return result
        if code[:2] in VIOLENT_ROOTS:
            # a capital shelled or struck is the city, not its government ("missiles struck Kyiv")
            targets = [as_place(t) for t in targets]
        elif code.startswith(TERRITORIAL_MEASURES):  # "imposed a curfew on Nairobi": on its people
            targets = [people_of(t) if t.rule.startswith("capital") else t for t in targets]
        elif code_root_is_visit(code):
            abroad = [t for t in targets if not ((_place(t) or t.rule.startswith("capital"))
                                                 and t.country in {s.country for s in sources})]
            if targets and not abroad:
                return []  # a journey to a city of one's own country is travel, not a visit ("police landed in Honiara")
            targets = [as_seat(t) for t in abroad]  # "arrived in Moscow": hosted by the government
        for src in sources:
            # never an event from an actor to itself; with only itself named, there is no target
            # (nor at its own state's thing: "Nepal defended the map" it released is aimed at no one; nor at
            # its own state as a party of the act it reacts to, "Saied welcomed the signing" of Tunisia's deal,
            # or of the fight it calls on "both sides" of)
            for tgt in [t for t in targets if not one_party(src, t) and not (
                    "thing-antecedent" in t.rule and t.country == src.country)
                    and not (("event-antecedent" in t.rule or "+both-sides" in t.rule) and same_state(src, t))
                    and not ("event-antecedent" in t.rule and _one_side(src, t))] or [None]:
                if not political_pair(src, tgt, code, near=fallback) or (fallback and not src.code) \
                        or to_the_press(code, tgt):
                    continue  # a doer the tables do not know needs its other party in its own slot
                pair_code = unconventional(code, src, tgt)
                pair_rule = rule if pair_code == code else rule + "+unconventional"
                if (forced := by_force(pair_code, src)) != pair_code:
                    pair_code, pair_rule = forced, pair_rule + "+by-force"
                if (official := official_protest(pair_code, src, trig.verb)) != pair_code:
                    pair_code, pair_rule = official, pair_rule + "+official"
                if (stoppage := labour_strike(pair_code, src, trig.verb)) != pair_code:
                    pair_code, pair_rule = stoppage, pair_rule + "+labour"
                if (obstruction := civilian_blockade(pair_code, src)) != pair_code:
                    pair_code, pair_rule = obstruction, pair_rule + "+unarmed"
                if (sanction := foreign_sanction(pair_code, src, tgt)) != pair_code:
                    pair_code, pair_rule = sanction, pair_rule + "+foreign"
                if (left := leaving_code(self.lexicon, pair_code, src, tgt, trig)) != pair_code:
                    pair_code, pair_rule = left, pair_rule + "+membership"
                elif trig.rule == LEFT_ORGANISATION:
                    continue  # leaving a company, a party or a town: no event
                result.append(Candidate(trig, pair_code, src, tgt, modality, False, pair_rule, round(confidence, 2)))
        return result
