"""The CAMEO verb dictionary derived from PETRARCH2's CAMEO.2.0.txt: its build, its lookups, its use."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventwire import code_article
from eventwire.events.codes import is_code
from eventwire.events.dictionary import PATH, read_dictionary

ROOT = Path(__file__).resolve().parents[2]


def test_packaged_file_is_what_the_script_builds(shared):
    out = subprocess.run([sys.executable, "scripts/build_cameo_verbs.py", "--shared", str(shared), "--check"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_licence_notice_is_kept():
    head = PATH.read_text(encoding="utf-8")[:3000]
    assert "MIT License" in head and "Open Event Data Alliance" in head


def test_rows_are_valid():
    lines = [ln.split("\t") for ln in PATH.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert lines[0] == ["kind", "lemma", "particle", "object", "code", "block"]
    for row in lines[1:]:
        assert row[0] in ("verb", "phrasal", "object", "subject", "pp")
        assert row[1] == row[1].lower() and row[3] == row[3].lower()
        assert row[4] == "" or row[4].isdigit() or row[4] == "---" and row[0] in ("object", "subject", "pp")
        assert row[0] != "pp" or row[2].isalpha() and row[3]  # a preposition and its noun


def test_defaults_objects_and_light_verbs():
    d = read_dictionary(light_verbs={"give"})
    terrorize = d.default("terrorize")
    assert terrorize is not None and terrorize.code.startswith("18") and terrorize.key.startswith("cameo:terrorize")
    assert d.default("give") is None  # a light verb means nothing by itself
    assert d.default("best") is None  # a block's WordNet synonym does not code alone
    assert all(is_code(code) for code, _ in d.defaults.values())
    clamp = d.with_object("clamp", (), "curfew")
    assert clamp is not None and clamp.code == "1723" and clamp.object == "curfew"
    assert d.with_object("clamp", (), "belt") is None


@pytest.mark.parametrize("text, root", [
    ("Militiamen terrorized Burundian refugees near the border on Monday.", "18"),
    ("The Egyptian government imposed a fine on the Qatari broadcaster on Friday.", "17"),
])
def test_dictionary_verbs_code_triples(pipeline, text, root):
    coded = code_article(text, "2021-01-01", pipeline=pipeline)
    assert any(e.root == root and "cameo:" in e.cue for e in coded.events), [(e.code, e.cue) for e in coded.events]


@pytest.mark.parametrize("text", [
    "The minister differed with the report's authors.",  # a dictionary default with no target: no event
    "Officials agreed to target the budget deficit.",  # a lifted complement needs a written cue
])
def test_dictionary_defaults_need_a_target_and_stay_out_of_frames(pipeline, text):
    coded = code_article(text, "2021-01-01", pipeline=pipeline)
    assert not any(e.cue.startswith("cameo:") or ">cameo:" in e.cue for e in coded.events), \
        [(e.code, e.cue) for e in coded.events]


def test_object_patterns_are_kept_per_block():
    # the same object noun under different verb blocks means different things
    d = read_dictionary()
    give = d.with_object("give", (), "permission")
    refuse = d.with_object("refuse", (), "permission")
    assert give is not None and give.code.startswith("08"), give
    assert refuse is not None and refuse.code.startswith("12"), refuse


def test_of_two_codings_of_an_object_in_a_block_the_block_verbs_own_wins():
    # "- * EXPLANATION [090]  # WANT" is listed before "- * EXPLANATION [101]  # DEMAND" in the
    # merged URGE/WANT/DEMAND block: demanding an explanation is a demand (10), not an inquiry (09)
    d = read_dictionary()
    demanded = d.with_object("demand", (), "explanation")
    assert demanded is not None and demanded.code == "101", demanded


def test_a_demanded_explanation_is_a_demand(pipeline):
    coded = code_article("Leaders of Japan's opposition Constitutional Democratic Party demanded an explanation from the prime minister.",
                         "2024-07-10", pipeline=pipeline)
    assert coded.events and all(e.root == "10" for e in coded.events), coded.events


@pytest.mark.parametrize("text, root", [
    ("The Kenyan government gave the opposition permission to hold a rally in Nairobi.", "08"),
    ("Kenyan police used water cannon against protesters in Nairobi.", "17"),
])
def test_object_patterns_code_the_verb_sense(pipeline, text, root):
    coded = code_article(text, "2021-01-01", pipeline=pipeline)
    assert any(e.root == root for e in coded.events), [(e.code, e.cue) for e in coded.events]


def test_an_object_pattern_does_not_move_violence_between_18_19_and_20(pipeline):
    # "kill * civilian" is 202 in the dictionary; who kills and how decide between 18, 19 and 20
    coded = code_article("Two suicide bombers killed 23 civilians in a market in Baghdad on Sunday.", "2021-01-01",
                         pipeline=pipeline)
    assert [e.root for e in coded.events if e.target is not None] == ["18"], [(e.code, e.cue) for e in coded.events]


def test_a_verb_of_saying_reports_violence_it_does_not_do_it(pipeline):
    coded = code_article("YAOUNDE, May 3 (Reuters) - The government closed the border, citing attacks by separatists.",
                         "2025-05-03", pipeline=pipeline)
    assert not [e for e in coded.events if "cite" in e.cue], coded.events  # the closure (191) is coded; the citing is not
    dictionary = read_dictionary(PATH)
    assert dictionary.with_object("cite", (), "attack") is None
    assert dictionary.with_object("declare", (), "curfew").code == "1723"  # what a statement performs stays


def test_subject_patterns_are_read_per_block():
    d = read_dictionary()
    assert d.with_subject("attack", ["newspaper"]).code == "111"  # PHYSICAL_CONFLICT: NEWSPAPER *
    assert d.with_subject("attack", ["sharply"]).code == "111"  # an adverb before the verb, too
    assert d.with_subject("gather", ["demonstrator"]).code == "141"  # ASSEMBLE: DEMONSTRATORS *
    assert d.with_subject("attack", ["minister"]) is None
    assert d.with_subject("gather", ["newspaper"]) is None  # a pattern of another block


@pytest.mark.parametrize("text, code", [
    ("The newspaper attacked the president over his handling of the crisis.", "111"),
    ("The minister sharply attacked the opposition in parliament.", "111"),
    ("Israeli tanks entered the Gaza Strip on Monday.", "192"),
    ("Thousands of demonstrators gathered outside the parliament in Tbilisi.", "141"),
])
def test_subject_patterns_code_the_verb_sense(pipeline, text, code):
    coded = code_article(text, "2021-01-01", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], [(e.code, e.cue) for e in coded.events]
    assert "*" in coded.events[0].cue  # the cue shows the subject or adverb that selected the sense


@pytest.mark.parametrize("text, code", [
    ("The minister attacked the rebels' positions in Idlib.", "19"),  # no pattern for a minister: the verb's own
    ("UN peacekeepers arrived in Goma on Tuesday.", "07"),  # who arrives is not the host who receives them (086)
])
def test_subject_patterns_leave_other_subjects_and_receiving_codes_alone(pipeline, text, code):
    coded = code_article(text, "2021-01-01", pipeline=pipeline)
    assert [e.code[:2] for e in coded.events] == [code], [(e.code, e.cue) for e in coded.events]


def test_an_event_noun_subject_codes_its_own_act(pipeline):
    # "fighting erupted": the fighting is the event (coded from the noun), not a second one from the verb
    coded = code_article("Heavy fighting between the Sudanese army and the Rapid Support Forces erupted in Khartoum.",
                         "2023-04-15", pipeline=pipeline)
    assert not any("*" in e.cue for e in coded.events), [(e.code, e.cue) for e in coded.events]


@pytest.mark.parametrize("text", [
    "The soldier killed himself after the attack.",  # KILL * HIMSELF [---]: coded 190 before
    "Pilgrims visited Mecca on Friday.",  # PILGRIMS * [---]: coded a visit (042) before
])
def test_the_dictionarys_null_patterns_report_no_event(pipeline, text):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert not coded.events, [(e.code, e.source, e.target) for e in coded.events]


def test_a_null_pattern_is_for_the_verb_its_comment_names():
    from eventwire.events.dictionary import load_dictionary
    d = load_dictionary()
    assert d.is_null("battle", ["congress"])  # "- * CONGRESS [---]  # BATTLE"
    assert not d.is_null("storm", ["congress"])  # storming Congress is no political struggle
    assert not d.is_null("kill", ["civilian"], ["soldier"])


def test_prepositional_patterns_are_for_the_verb_their_comment_names():
    from eventwire.events.dictionary import load_dictionary
    d = load_dictionary()
    kept = d.with_prep_object("keep", "in", "detention")  # "- * (IN &DETENTION) [173]  # KEEP"
    assert kept is not None and kept.code == "173" and kept.key == "cameo:keep+in>detention[MAINTAIN]"
    assert d.with_prep_object("keep", "in", "office") is None
    assert d.with_prep_object("maintain", "in", "detention") is None  # written for KEEP, not the whole block


@pytest.mark.parametrize("text, code", [
    ("Egyptian police kept the two journalists in detention for a week.", "173"),  # no written cue of "keep"
    ("Thousands of Georgians poured into the streets of Tbilisi on Sunday.", "141"),  # POUR * (INTO STREET)
])
def test_prepositional_patterns_code_a_verb_the_lexicon_leaves_out(pipeline, text, code):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert code in [e.code for e in coded.events], [(e.code, e.cue) for e in coded.events]


@pytest.mark.parametrize("text, root", [
    ("Four Taliban negotiators met a senior US official in Doha for talks on Tuesday.", "04"),  # not MEET * (FOR TALK) 036
    ("The United Nations warned of a humanitarian crisis in Gaza.", "01"),  # "warn of" stays a comment
])
def test_a_written_cue_of_the_bare_verb_stands_against_a_prepositional_pattern(pipeline, text, root):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert coded.events and all(e.root == root for e in coded.events), [(e.code, e.cue) for e in coded.events]


def test_a_multi_word_object_keeps_its_modifiers():
    from eventwire.events.dictionary import load_dictionary
    d = load_dictionary()
    issue = d.with_object("issue", (), "arrest warrant")  # "- * {ARREST WARRANTS} [173]  # ISSUE"
    assert issue is not None and issue.code == "173"
    assert d.with_object("issue", (), "warrant").code == "100"  # "- * WARRANT [100]": the bare noun's own pattern
    assert d.with_object("deploy", (), "riot police") is not None
    assert d.with_object("deploy", (), "police") is None or d.with_object("deploy", (), "police").code != "175"


@pytest.mark.parametrize("text, code", [
    ("Police in Japan have issued an arrest warrant for the Chinese actor Jiang Jinfu.", "173"),
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.", "173"),
])
def test_an_arrest_warrant_issued_is_an_arrest_ordered(pipeline, text, code):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], [(e.code, e.cue) for e in coded.events]


def test_a_general_verb_trailing_an_act_tells_its_reach(pipeline):
    text = "The United States imposed sanctions on Russia's energy sector, targeting two major oil producers."
    roots = [e.root for e in code_article(text, "2025-01-10", pipeline=pipeline).events]
    assert roots == ["16"], roots  # the sanctions, not an attack on the producers
    # an act of the same kind stays one: "opened fire ..., targeting the army post"
    text = "Gunmen opened fire near the border, targeting the army post."
    events = code_article(text, "2025-01-10", pipeline=pipeline).events
    assert [e.root for e in events] == ["19"] and events[0].target.text == "the army post", events


def test_member_verbs_of_blocks_of_violence():
    d = read_dictionary(PATH)
    assert d.violent_member("hit").code[:2] == "19" and d.violent_member("hammer") is not None
    assert d.violent_member("cane") is None  # a member of DENOUNCE, whose verbs mostly criticise
    assert d.violent_member("say") is None and d.violent_member("meet") is None


@pytest.mark.parametrize("text, source, root", [
    ("Ukrainian drones hit an oil refinery in Ryazan on Sunday.", "UKRMIL", "19"),
    ("Israeli jets pummelled targets in southern Lebanon.", "ISR", "19"),
    ("Rebel fighters hammered army positions outside the town.", "REB", "19"),
])
def test_a_loose_verb_of_violence_with_an_armed_doer_is_an_attack(pipeline, text, source, root):
    coded = code_article(text, None, pipeline=pipeline)
    first = coded.events[0] if coded.events else None
    assert first is not None and first.source.code.startswith(source) and first.root == root, coded.events


@pytest.mark.parametrize("text", [
    "The storm hit the coast of Florida on Sunday.",
    "The minister's approval rating hit a record high in June.",
    "The new tariffs hit Chinese exporters hard.",
    "The striker hit the post twice before half-time.",
])
def test_a_loose_verb_of_violence_without_an_armed_doer_is_no_event(pipeline, text):
    coded = code_article(text, None, pipeline=pipeline)
    assert not [e for e in coded.events if e.root in ("18", "19", "20")], coded.events


@pytest.mark.parametrize("text", [
    "Thousands of young people poured into the streets of Lagos on Thursday.",  # the pattern's own preposition
    "Thousands of young people poured onto the streets of Lagos on Thursday.",  # the one English alternates with it
])
def test_a_phrase_pattern_holds_with_either_preposition_of_motion(pipeline, text):
    coded = code_article(text, None, pipeline=pipeline)
    assert [e.code for e in coded.events] == ["141"], coded.events


def test_no_phrase_pattern_with_another_preposition(pipeline):
    coded = code_article("Thousands of young people poured out of the streets of Lagos on Thursday.", None, pipeline=pipeline)
    assert not [e for e in coded.events if e.root == "14"], coded.events


@pytest.mark.parametrize("text", [
    "A Bahraini court stripped 138 people of their citizenship on Tuesday.",  # the phrase hung on the object
    "The Bahraini government stripped the activists of their citizenship.",
])
def test_a_phrase_pattern_holds_where_the_parser_hangs_the_phrase_on_the_object(pipeline, text):
    coded = code_article(text, None, pipeline=pipeline)
    assert [e.code for e in coded.events] == ["170"], coded.events


def test_a_phrase_of_the_object_that_no_pattern_names_is_no_sense(pipeline):
    coded = code_article("The Bahraini government stripped the walls of their paint.", None, pipeline=pipeline)
    assert not [e for e in coded.events if e.code == "170"], coded.events


@pytest.mark.parametrize("text, code", [
    # a statement-sense verb yields to the dictionary's pattern of a phrase: ADMIT * (AS MEMBER) [054]
    ("The African Union admitted Morocco as its 55th member on Monday.", "054"),
    ("The minister admitted the mistake on Monday.", "015"),  # no such phrase: the statement stands
])
def test_a_statement_verb_yields_to_a_phrase_pattern(pipeline, text, code):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], coded.events


def test_any_of_coordinated_objects_tells_the_verbs_sense(pipeline):
    # DROP * &FOOD: the food is the second of three objects
    coded = code_article("Pakistani army helicopters dropped water, food and blankets to villagers on Monday.",
                         "2024-05-02", pipeline=pipeline)
    assert [e.code for e in coded.events] == ["073"], coded.events


def test_a_meeting_patterns_intent_code_is_the_meeting_itself():
    # "MEET (WITH LEADERS) [036:036]": the meeting; an intent to meet comes from the clause
    from eventwire.events.dictionary import load_dictionary
    d = load_dictionary()
    assert d.with_prep_object("meet", "with", "leader").code == "040"
    assert d.with_prep_object("call", "for", "talks").code == "036"  # a call for talks is not a meeting


@pytest.mark.parametrize("text, code", [
    ("Deby met with the coup leaders in Niamey.", "040"),
    ("Deby will meet with the coup leaders.", "036"),
])
def test_a_meeting_with_leaders_happened_or_is_intended(pipeline, text, code):
    coded = code_article(text, "2023-07-31", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code]


@pytest.mark.parametrize("text, target", [
    ("The Arab League threw its backing behind Somalia.", "Somalia"),
    ("Italy had thrown its support behind Malta's bid for a seat on the Security Council.", "Malta's bid"),
    ("The ruling party threw its weight behind President Ruto.", "President Ruto"),
])
def test_support_thrown_behind_a_party_is_support_for_it(pipeline, text, target):
    events = code_article(text, "2024-05-01", pipeline=pipeline).events
    assert [(e.code, e.target.text if e.target else None) for e in events] == [("051", target)], events


def test_weight_thrown_behind_no_party_is_no_event(pipeline):
    assert code_article("The sumo wrestler threw his weight behind the push.", "2024-05-01",
                        pipeline=pipeline).events == ()
