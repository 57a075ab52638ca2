"""Frames: verbs whose clausal complement or event noun is what they intend, threaten, refuse, demand or
ask for ("agreed to extend the truce", "threatened to strike", "accused Moscow of targeting ..."), and
obligations reported of a party ("said Libya must hand over the suspects"), which are demands.

``FrameReader`` is the part of ``triggering.TriggerFinder`` that reads them; the complement's own act
comes from the finder's ``action`` and ``event_noun``, and the frame lifts its code (lexicon.lift).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from .arguments import frame_target, reporter_tokens
from .culpable import culpable_triggers
from .modality import ASSERTION_NOUNS, CONTENT_NOUNS, OBLIGATION, has_negation, restraint
from .parties import _relative_gap
from .prospects import RAISING, raised_prospect
from .readings import ASSERTING, FINDINGS, anonymity, asks_a_question, directive, moved, told_as_fact
from .syntax import COMPLEMENT, PASS_SUBJ, SUBJ, _children, _is_verbal, _particles, _prep_objects, _with_conjuncts, \
    past_beside_a_report
from .triggers import COOPERATIVE_ROOTS, HOSTILE_ROOTS, Trigger, is_dictionary_default

CONTENT_NEED = "content"  # frames.tsv needs: a frame only with a proposal, plan or call as object ("dismissed the plan")
# what is said or decided, which a content frame refuses as it does a proposal ("dismissed the decision",
# "brushed aside the criticism"), unlike a person ("dismissed the minister"); not a case or charges, which a
# court dismissing drops (the dictionary's "dismiss * case", 081)
STANCE_OBJECTS = frozenset({"decision", "ruling", "verdict", "judgment", "judgement", "finding", "result",
                            "accusation", "criticism", "statement", "remark", "comment", "concern", "objection", "protest",
                            "complaint", "move", "measure", "step", "resolution"})
BARE_FRAMES = {"threat", "refuse", "demand", "appeal", "accuse", "order"}  # frames that are events without a complement
TRYING = frozenset({"seek"})  # an appeal frame that, with an infinitive of its own, is an attempt: intent
DEMAND = "100"  # Make demand, not specified below: what a directive ("told X to") asks of X with no coded act
CLAIM_THAT = "claim-that"  # the rule of "claimed that X did Y" where no cue names Y: coded only against another party


def _conjoined_complements(comp: Token) -> list[Token]:
    """Verbs coordinated with a complement ("of occupying towns and detaining civilians"), or the
    complements of prepositions coordinated with its own ("of occupying ... and of detaining ...")."""
    out = []
    for c in comp.conjuncts:
        if c.i <= comp.i:
            continue
        if _is_verbal(c) and not past_beside_a_report(c):  # (not "..., and imposed sanctions": the reporter's)
            out.append(c)
        elif c.pos_ == "ADP":  # the parser hangs the second "of" on the first complement
            out.extend(p for p in children(c) if p.dep_ == "pcomp" and _is_verbal(p))
    if comp.dep_ == "pcomp":
        for prep in comp.head.conjuncts:
            out.extend(p for p in children(prep) if p.dep_ == "pcomp" and _is_verbal(p))
    return out


class FrameReader:
    """Frames and reported obligations; mixed into ``TriggerFinder``, whose lexicon, ``action``,
    ``event_noun`` and ``complement`` it uses."""

    def _bare_obligation(self, verb: Token) -> Trigger | None:
        """'Russia says Israel must stop ...', 'said the government must ensure security': a reported
        obligation on a named party is a demand (100) even where the demanded act has no cue of its own."""
        if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in children(verb)):
            return None
        bare = Trigger(code="100", cue="", rule="obligation", verb=verb, tokens=(verb,))
        trig = self._obligation(bare)
        if trig is bare or _children(verb, PASS_SUBJ) or _children(verb, SUBJ)[0].pos_ == "PRON":
            return None  # not reported, a passive ("must be avoided"), or a pronoun subject (the speaker's own)
        return trig

    def _obligation(self, trig: Trigger) -> Trigger:
        """'X said Libya must hand over the suspects': the reporter demands it of the clause's subject."""
        verb = trig.verb
        if verb.dep_ not in ("ccomp", "acl") or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in children(verb)):
            return trig
        if verb.dep_ == "acl":
            return self._noted_obligation(trig)
        frame = self.lexicon.frame(verb.head.lemma_.lower())
        reporter = _children(verb.head, SUBJ)
        if not reporter and verb.head.dep_ in ("advcl", "xcomp", "conj"):
            reporter = reporter_tokens(verb.head)[:1]  # "..., saying he must resign": the main clause's subject
        subject = _children(verb, SUBJ)
        if frame is None or frame.frame not in ("report", "demand") or not reporter or not subject:
            return trig
        return self._demand(trig, frame.key, (verb.head,), reporter[0], _with_conjuncts(subject[0]))

    def _demand(self, trig: Trigger, key: str, heads: tuple[Token, ...], reporter: Token, obliged: list[Token]) -> Trigger:
        """The reported obligation ``trig`` as the reporter's demand of ``obliged`` (cue ``key>must``)."""
        return Trigger(
            code=self.lexicon.lift("demand", trig.code), cue=f"{key}>must" + (f">{trig.cue}" if trig.cue else ""),
            rule="obligation", verb=heads[0], tokens=(*heads, *trig.tokens),
            source_override=tuple(_with_conjuncts(reporter)), target_override=tuple(obliged), frame="demand",
        )

    def _noted_obligation(self, trig: Trigger) -> Trigger:
        """An obligation stated in a message sent to someone: "issued a reminder to Iraq that it must
        cooperate", "sent a message to Serbia that it must arrest the suspects": the sender demands
        it of the clause's subject (a pronoun there is whom the message went to)."""
        verb = trig.verb
        noun, sender = verb.head, verb.head.head
        mark = any(c.dep_ == "mark" and c.lower_ == "that" for c in children(verb))
        if not mark or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or not _children(sender, SUBJ):
            return trig
        subject = _children(verb, SUBJ)
        if not subject:
            return trig
        obliged = _with_conjuncts(subject[0])
        if subject[0].pos_ == "PRON":
            obliged = _prep_objects([sender], {"to"}) or obliged
        return self._demand(trig, f"noun:{noun.lemma_.lower()}", (sender, noun), _children(sender, SUBJ)[0], obliged)

    def _frame_trigger(self, verb: Token, consumed: set[int]) -> list[Trigger] | None:
        """The triggers of a frame verb: its complement's act lifted to the frame's code, an accusation, or
        the frame alone; [] where the verb is read and yields nothing, None where it is no frame here."""
        frame = self.lexicon.frame(verb.lemma_.lower())
        if frame is None and verb.lemma_.lower() in RAISING:
            raised = raised_prospect(self, verb)  # "raised the prospect of sanctions against Georgian officials"
            if raised is not None:
                consumed.update(t.i for t in raised.tokens)
                return [raised]
        if frame is not None and frame.frame == "report" and directive(verb, self.lexicon.nouns):
            frame = replace(frame, frame="demand", code=DEMAND)  # "told Pakistan to broaden its tax base"
        if frame is None or frame.frame == "report":
            return None  # verbs of saying: the reported clause is coded on its own
        if frame.frame == "culpable":
            return culpable_triggers(self, verb, frame, consumed)  # "X was responsible for the attacks"
        if not self._frame_applies(verb, frame):
            return None
        comp, objs = self.complement(verb)
        if frame.frame == "cease" and comp is not None and comp.dep_ == "advcl" and objs:
            comp = None  # "lifted sanctions on Syria to support its recovery": what is stopped is the object; an
            # infinitive beside it says what for (a verb of stopping takes a gerund: "stopped supporting")
        if frame.lemma in FINDINGS and (comp is None or comp.dep_ != "ccomp"):
            return None  # "found the bodies", "concluded the talks": a finding is only of what someone did
        if self._nothing_asked(verb, frame, comp, objs, consumed):
            return []
        inner = self._complement_act(comp, consumed)
        if inner is None and comp is None:
            own = self.action(verb)
            if own is not None and own.rule == "light-verb":
                # the noun's own sense with this verb wins: "suspended publication" is censorship,
                # "would deny entry" a sanction
                consumed.update(t.i for t in own.tokens)
                return [own]
            # the object of "accused" is the accused party ("accused the opposition"), never an act
            inner = self.event_noun(verb, skip=objs if frame.frame == "accuse" else ())
            if inner is not None:
                objs = [o for o in objs if o.i != inner.tokens[0].i]
        charged = objs or _children(verb, PASS_SUBJ)  # "charged the four with", "the four were charged with"
        if frame.frame in ("accuse", "allege") and comp is None and charged and inner is None \
                and (plain := self.lexicon.verb(verb.lemma_.lower(), ())) is not None:
            # "prosecutors charged the four with terrorism", "X was charged with treason": the verb's plain
            # sense (a legal charge, 173), not "charged that ..." (an allegation)
            consumed.add(verb.i)
            return [Trigger(code=plain.code, cue=plain.key, rule="verb", verb=verb, tokens=(verb,),
                            target_specs=plain.targets, target_heads=(verb,))]
        if frame.frame in ("accuse", "allege"):
            return self._accusation(verb, frame, comp, objs, inner, consumed)
        if comp is None and inner is None:
            return self._bare_frame(verb, frame, objs, consumed)
        return self._lifted(verb, frame, comp, objs, inner, consumed)

    def _frame_applies(self, verb: Token, frame) -> bool:
        """Whether the frame verb is used as one here: with the particle or the content object its frame
        needs, naming nothing, and not a phrasal verb of its own."""
        particles_needed = set(frame.needs) - {CONTENT_NEED}
        if particles_needed and not particles_needed & set(_particles(verb)):
            return False  # "called Erdogan to discuss": no "on"/"for", no appeal
        if CONTENT_NEED in frame.needs and not any(o.dep_ == "dobj" and o.lemma_.lower() in CONTENT_NOUNS | STANCE_OBJECTS
                                                   | ASSERTION_NOUNS for o in children(verb)):
            return False  # "dismissed the minister": no proposal refused
        if any(c.dep_ == "oprd" for c in children(verb)):
            return False  # "calling them an occupying army" names, it does not appeal
        particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
        # a phrasal verb of its own: "called up reservists" is mobilisation, not an appeal (unless it is the
        # frame's own: "pulled out of the talks" stops them, as "withdrew from" does)
        return not (particles and not (frame.frame == "cease" and set(particles) & particles_needed)
                    and (cue := self.lexicon.verb(verb.lemma_.lower(), particles)) is not None and cue.particle)

    @staticmethod
    def _nothing_asked(verb: Token, frame, comp: Token | None, objs: list[Token], consumed: set[int]) -> bool:
        """A frame verb whose complement tells what is so, how a source is cited or what is asked whether:
        read (``consumed``), and no event of its own."""
        if frame.lemma in ASSERTING and comp is not None and not objs and told_as_fact(comp):
            consumed.add(verb.i)  # "Serbia insists they were arrested on its soil": what is so, not what must be;
            return True  # the clause is coded on its own, as a reported one is
        if frame.frame == "appeal" and not objs and comp is not None and anonymity(comp):
            consumed.update((verb.i, comp.i))
            return True  # "an official who asked not to be named": how the source is cited, no appeal to anyone
        if frame.frame == "appeal" and comp is not None and asks_a_question(comp):
            consumed.add(verb.i)
            return True  # "asked whether the army would withdraw": a question put; the clause is coded on its own
        return False

    def _complement_act(self, comp: Token | None, consumed: set[int]) -> Trigger | None:
        """The act a frame's complement names: a halt of a named act, the complement's own act, one a
        frame inside it names, or an event noun it governs."""
        if comp is None:
            return None
        halted = None
        if getattr(self.lexicon.frame(comp.lemma_.lower()), "frame", None) == "cease":
            # "agreed to halt the offensive": the halting is the act agreed to (a de-escalation),
            # not the halt verb's own sense; only a halt of a named act
            halted = next((t for t in self._frame_trigger(comp, set(consumed)) or () if ">" in t.cue), None)
        inner = halted or self.action(comp)
        if inner is None:
            # nested frame ("agreed to allow humanitarian access"): one level down
            for sub in children(comp):
                if sub.dep_ in COMPLEMENT and _is_verbal(sub):
                    inner = self.action(sub)
                    if inner is not None:
                        break
        if inner is None:
            inner = self.event_noun(comp, light=True)  # "promised to continue military aid"
        return inner

    def _accusation(self, verb: Token, frame, comp: Token | None, objs: list[Token], inner: Trigger | None,
                    consumed: set[int]) -> list[Trigger] | None:
        """An accusation or allegation: the accuser's act against the accused (112 where it alleges a
        hostile act); what it alleges is the accuser's claim, not an act the story reports."""
        consumed.add(verb.i)
        accused = tuple(t for o in objs for t in _with_conjuncts(o)) or tuple(_relative_gap(verb))
        if not accused and comp is not None:  # "alleged that Iran had attacked"
            accused = tuple(t for c in _children(comp, SUBJ) for t in _with_conjuncts(c))
        # "claimed that Russia had attacked the station": alleging a hostile act is an accusation, and
        # so is claiming a party did what no cue names ("claimed that Benin was harbouring French
        # troops", "claimed that Israel was behind the blast": PLOVER ACCUSE, "claimed that X did Y")
        claimed = inner is None and comp is not None and not objs and bool(accused) and comp.dep_ == "ccomp" \
            and frame.lemma not in FINDINGS  # "found that the government had acted lawfully": no charge
        hostile = inner is not None and inner.code[:2] in HOSTILE_ROOTS or claimed
        out = [
            Trigger(
                code="112" if hostile and frame.code.startswith("01") else frame.code, cue=frame.key,
                rule=CLAIM_THAT if claimed and frame.code.startswith("01") else frame.frame, verb=verb,
                tokens=(verb,), target_override=accused, frame=frame.frame,
            )
        ] if accused or frame.frame == "accuse" else []
        # "accused X of occupying towns and of detaining civilians": what an accusation alleges is the
        # accuser's claim, not an act the story reports (the accusation, 112, is the event), so neither
        # it nor an act coordinated with it is coded, as the accused's or as the accuser's
        others = _conjoined_complements(comp) if comp is not None else []
        consumed.update(c.i for c in others)
        for act in (a for a in [inner] + [self.action(c) for c in others] if a is not None and not has_negation(a.verb)):
            consumed.update(t.i for t in act.tokens)  # (an act denied is left to its own clause)
        return out or None

    def _bare_frame(self, verb: Token, frame, objs: list[Token], consumed: set[int]) -> list[Trigger] | None:
        """A frame verb used without a clause ("France agreed", "Iran threatened Israel"): its own act, or
        the frame's, where the frame is an event without a complement."""
        # (a proposal brushed off or waved aside is not moved)
        if frame.frame in BARE_FRAMES and moved(verb) and CONTENT_NEED not in frame.needs:
            consumed.add(verb.i)
            return []  # "pushed the crowd back", "pushing militants across the border": moved, not asked
        own = self.action(verb)
        if own is not None:
            consumed.update(t.i for t in own.tokens)
            return [own]
        if frame.frame not in BARE_FRAMES or not (objs or _children(verb, {"prep"})):
            return None  # "decided", "planned" alone report no event
        consumed.add(verb.i)
        return [Trigger(code=frame.code, cue=frame.key, rule="frame", verb=verb, tokens=(verb,),
                        target_specs=("dobj", "prep:with|to|on|against|for"), target_heads=(verb,),
                        frame=frame.frame)]

    def _lifted(self, verb: Token, frame, comp: Token | None, objs: list[Token], inner: Trigger | None,
                consumed: set[int]) -> list[Trigger]:
        """The complement's act lifted to the frame's code ("agreed to extend the truce": 036), or the
        frame's own where the complement names none; negated intents are refusals or restraint."""
        if inner is not None and is_dictionary_default(inner):
            inner = None  # a lifted complement needs a written cue: "agreed to target X" is an agreement
        if frame.frame == "appeal" and verb.lemma_.lower() in TRYING and comp is not None and comp.dep_ == "xcomp" \
                and not objs:
            frame = replace(frame, frame="intent")  # "would seek to impose sanctions": trying, asking no one
            if inner is None:
                consumed.add(verb.i)
                return []  # "has sought to establish a foothold": trying something that is no act, nor an appeal
        # "is not willing to negotiate", "does not intend to cooperate": a cooperative act declined is a refusal
        # (any other act intended and negated is none, as "will not attack" is none)
        declined = frame.frame == "intent" and inner is not None and inner.code[:2] in COOPERATIVE_ROOTS \
            and has_negation(verb)
        if declined:
            frame = replace(frame, frame="refuse")
        # "promised not to attack", "vowed not to lay down their arms": the intended act negated is a restraint
        # promised (030, 0356 for force), or, when the act is one of cooperation, its refusal (12x)
        negated = restraint(frame.frame, verb, inner)
        if negated is not None:
            frame, declined = replace(frame, frame=negated), negated == "refuse"
        if frame.frame == "cease" and inner is not None and inner.code[:2] == "01":
            consumed.update((verb.i, *(t.i for t in inner.tokens)))
            return []  # "eased fears of a new conflict": a feeling or comment eased is no act stopped (CAMEO 01 is
            # talk; what stops talk is no reduction of relations)
        code = self.lexicon.lift(frame.frame, inner.code, frame.lemma) if inner is not None else frame.code
        specs, heads = (inner.target_specs, inner.target_heads) if inner is not None \
            else (("dobj", "prep:with|to|on|against"), (comp,) if comp is not None else (verb,))
        if frame.frame == "refuse" and inner is not None and inner.code[:2] == "01" and comp is None:
            # "rejected the rapporteur's report": another's statement rejected, not a comment declined; whose
            # it is, the statement itself says (its possessor, or the issuer "the statement" refers back to)
            code, specs, heads = frame.code, ("dobj", *specs), (verb, *heads)
        consumed.add(verb.i)
        if comp is not None:
            consumed.add(comp.i)
        tokens = (verb, *(inner.tokens if inner is not None else ((comp,) if comp is not None else ())))
        consumed.update(t.i for t in tokens)
        target_override = frame_target(frame.frame, verb, comp, inner, objs)
        cue = frame.key + (f">{inner.cue}" if inner is not None else "")
        return [
            Trigger(
                code=code, cue=cue, rule="frame:intent+negated:refuse" if declined else f"frame:{frame.frame}", verb=verb,
                tokens=tokens,
                target_specs=specs, target_heads=heads, target_override=target_override,
                frame="intent" if frame.frame == "restrain" else frame.frame,
                modality="asserted" if declined or frame.frame == "restrain" else None,
            )
        ]
