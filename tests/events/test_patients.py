"""The uncoded object an event keeps where its slot names no party (events/patients.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def targets(pipeline, text, root):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.target.text, e.target.code, e.target.rule, e.target.kind) if e.target else None
            for e in coded.events if e.root == root]


@pytest.mark.parametrize("text, root, thing", [
    ("The European Commission accused the legislation of attacking civil society in Hungary.", "11", "legislation"),
    ("Honduras is willing to withdraw its troops from a five kilometre zone along the border.", "03", "five kilometre zone"),
    ("The Nicaraguan government rejected the findings on Tuesday.", "12", "findings"),
    # where a bomb went off is what it hit, wherever the parser hangs the phrase
    ("Assailants detonated an explosive device near a polling station in Peshawar.", "18", "polling station"),
    ("A suicide bomber detonated an explosives-laden vest inside a Shia mosque in Kandahar city.", "18", "Shia mosque"),
])
def test_a_thing_in_the_cues_slot_is_kept_uncoded(pipeline, text, root, thing):
    got = targets(pipeline, text, root)
    assert got and got[0] == (thing, "", "slot:uncoded", "thing"), got


@pytest.mark.parametrize("text, root", [
    ("France condemned it on Monday.", "11"),  # a pronoun is no object to keep
    ("Russian forces launched 448 drones and decoys overnight.", "19"),  # the means, not what was hit
    ("A police station in Lagos was attacked on Monday.", "19"),  # a passive keeps whom the text names, or none
    ("Iran warned that the group would attack.", "13"),  # a subject does, it is not done to
])
def test_no_uncoded_target_where_the_slot_holds_no_patient(pipeline, text, root):
    got = targets(pipeline, text, root)
    assert got and all(t is None or t[2] != "slot:uncoded" for t in got), got


def test_a_coded_party_wins_and_an_uncoded_one_changes_no_code(pipeline):
    got = targets(pipeline, "Jordan condemned Israel's decision on Monday.", "11")
    assert got and got[0][1].startswith("ISR"), got


def test_an_uncoded_partner_of_an_act_done_together_is_its_other_party(pipeline):
    got = targets(pipeline, "Kuwait and its gulf war allies agreed to stage a joint command exercise.", "03")
    assert got and got[0] == ("its gulf war allies", "", "slot:uncoded+coordinated", "group"), got


@pytest.mark.parametrize("text, root", [
    ("Kuwait and Bahrain agreed to stage a joint command exercise.", "03"),  # both coded: the coded pair
    ("Kuwait and its allies condemned the attack.", "11"),  # not an act done together
    ("Kuwait and Kabul agreed to hold talks.", "03"),  # a place is no partner the tables missed
])
def test_no_uncoded_partner_where_the_pair_is_coded_or_the_act_not_mutual(pipeline, text, root):
    got = targets(pipeline, text, root)
    assert all(t is None or t[2] != "slot:uncoded+coordinated" for t in got), got


@pytest.mark.parametrize("text, target", [
    # the people of the place a territorial measure is imposed on or lifted from
    ("Thailand lifted the state of emergency in Bangkok.", "THACVL"),
    ("Kenya imposed a curfew on Nairobi.", "KENCVL"),  # a capital under curfew is its people, not its government
])
def test_a_territorial_measure_is_aimed_at_the_people_of_its_place(pipeline, text, target):
    coded = code_article(text, "2024-06-26", pipeline=pipeline)
    measures = [e for e in coded.events if e.code.startswith(("172", "081"))]
    assert measures and measures[0].target is not None and measures[0].target.code == target, coded.events


def test_a_state_of_emergency_in_a_place_is_aimed_at_its_people_not_at_the_state_of_emergency(pipeline):
    # the place phrase hangs on "state", the noun the cue "emergency" belongs to
    coded = code_article("The Bolivian government declared a state of emergency across Bolivia on Friday.", "2024-06-26",
                         pipeline=pipeline)
    measures = [e for e in coded.events if e.code.startswith("172")]
    assert measures and measures[0].target is not None and measures[0].target.code == "BOLCVL" \
        and measures[0].target.rule.endswith("+place-of-measure"), coded.events


@pytest.mark.parametrize("text", [
    "The government declared a state of emergency in response to unrest in Oromia.",
    "The army deployed troops in support of the police in Lagos.",
])
def test_a_complex_preposition_names_no_place(pipeline, text):
    coded = code_article(text, "2024-06-26", pipeline=pipeline)
    assert not any(e.target is not None and e.target.text in ("response", "support") and "place-of" in e.target.rule
                   for e in coded.events), coded.events


def test_a_measure_on_a_place_the_tables_do_not_know_is_aimed_at_its_words(pipeline):
    got = targets(pipeline, "Ethiopian authorities shut down mobile internet across the Amhara region on Thursday.", "17")
    assert got and got[0][0] == "Amhara region" and got[0][2].endswith("+place-of-measure"), got


@pytest.mark.parametrize("text, root, thing, code", [
    # a state's measure with no place named falls on its own people, kept with the measure's words
    # (as sentence-level gold marks it); CAMEO coders code a curfew's target as the population
    ("Sierra Leone's government imposed a nationwide curfew on Wednesday after clashes.", "17", "nationwide curfew", "SLECVL"),
    ("Sri Lanka declared a state of emergency on Saturday.", "17", "state", "LKACVL"),
    ("President Yoon Suk Yeol lifted emergency martial law early Wednesday.", "08", "emergency martial law", "KORCVL"),
    # a measure of whom no state is known stays aimed at itself
    ("The authorities lifted the overnight curfew on Monday.", "08", "overnight curfew", ""),
])
def test_a_measure_with_no_place_falls_on_its_states_own_people(pipeline, text, root, thing, code):
    got = targets(pipeline, text, root)
    assert got and got[0][0] == thing and got[0][1] == code and got[0][2].startswith("slot:uncoded"), got


def test_a_measure_on_an_unknown_place_of_its_state_falls_on_its_people(pipeline):
    got = targets(pipeline, "Nepal's Kathmandu District Administration Office imposed a curfew in New Baneshwor.", "17")
    assert got and got[0][:2] == ("New Baneshwor", "NPLCVL") and got[0][2].endswith("+place-of-measure"), got


def test_a_medium_cut_off_is_no_target_of_its_own(pipeline):
    got = targets(pipeline, "The authorities cut off internet access on Wednesday.", "17")
    assert got == [None], got


def test_a_measure_with_no_place_keeps_the_target_its_slot_gives(pipeline):
    coded = code_article("Kazakhstan lifted the nationwide state of emergency on Wednesday.", "2022-01-19", pipeline=pipeline)
    measures = [e for e in coded.events if e.code.startswith("081")]
    assert measures and (measures[0].target is None or "place-of-measure" not in measures[0].target.rule), coded.events


@pytest.mark.parametrize("text, place, code", [
    ("China has deployed surface-to-air missiles on Woody Island in the disputed Paracel chain.", "Woody Island", ""),
    ("Israeli troops remained on alert in North District amid heightened tensions.", "North District", ""),
    # at home: the place's own words, uncoded (no other state is aimed at)
    ("South Africa deployed 25,000 soldiers in KwaZulu-Natal on Thursday.", "KwaZulu-Natal", ""),
    # with the phrase that places it
    ("Sweden stationed a permanent garrison on the Baltic island of Gotland on Monday.", "Baltic island of Gotland", ""),
    ("Senegal deployed soldiers and armoured vehicles at key points in Dakar on Thursday.", "key points in Dakar", ""),
    # a passive's subject is the force moved: still aimed where it goes
    ("Heavily armed police were deployed across central Nairobi on Tuesday morning.", "central Nairobi", "KEN"),
])
def test_a_deployment_aimed_at_no_party_is_aimed_where_it_is_made(pipeline, text, place, code):
    got = targets(pipeline, text, "15")
    assert got and got[0][:2] == (place, code) and got[0][2].endswith("+place-of-deployment"), got


@pytest.mark.parametrize("text, target", [
    ("Russia deployed troops to the border with Ukraine.", "UKR"),  # a party named: the party
    ("Russia deployed troops in Belarus.", "BLR"),  # abroad: the state, coded
])
def test_a_deployment_keeps_the_party_or_state_it_names(pipeline, text, target):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert [e.target.code for e in coded.events if e.root == "15"] == [target], coded.events


@pytest.mark.parametrize("text, target", [
    # the counted force is the means, never its own target
    ("Nigeria sent hundreds of soldiers to Zamfara state on Monday.", "Zamfara state"),
    ("The government deployed hundreds of troops to Marsabit county on Friday.", "Marsabit"),
    # nor whose forces the cue's own modifiers say they are
    ("The president deployed additional police and KDF troops to Garissa town on Friday.", "Garissa town"),
    # "close to", "near to": the place beside
    ("Turkey massed tanks close to the Syrian border on Sunday.", "Syrian border"),
])
def test_a_deployment_is_aimed_at_its_place_not_at_the_force(pipeline, text, target):
    got = targets(pipeline, text, "15")
    assert got and target in got[0][0], got


def test_a_passive_deployment_by_a_named_doer_keeps_its_own_target(pipeline):
    got = targets(pipeline, "Troops were deployed to the border by the government on Monday.", "15")
    assert got and all(g is None or "place-of-deployment" not in g[2] for g in got), got


def test_a_deployment_with_no_place_keeps_no_target(pipeline):
    assert targets(pipeline, "Nepal's government mobilized the army on Monday.", "15") == [None]


@pytest.mark.parametrize("text, thing", [
    ("Nurses began a hunger strike on Monday, protesting the new pension rules.", "new pension rules"),
    ("Thousands of farmers marched through the capital against the new land law.", "new land law"),
    ("Dock workers went on strike over unpaid wages.", "unpaid wages"),
])
def test_a_protest_is_aimed_at_what_its_clause_is_against(pipeline, text, thing):
    got = targets(pipeline, text, "14")
    assert got and got[0][0].endswith(thing) and got[0][2] == "slot:uncoded", got


def test_a_protests_demand_is_not_its_target(pipeline):
    assert targets(pipeline, "Dock workers went on strike on Monday, demanding higher wages.", "14") == [None]


@pytest.mark.parametrize("text, place", [
    ("The last Russian interior ministry troops pulled out of Grozny on Monday.", "Grozny"),
    ("M23 rebels pulled out of the eastern Congolese city of Goma on Saturday.", "eastern Congolese city of Goma"),
    ("M23 rebels withdrew from the eastern Congolese city of Goma on Saturday.", "eastern Congolese city of Goma"),
])
def test_a_withdrawal_aimed_at_no_party_is_aimed_at_the_place_it_leaves(pipeline, text, place):
    # "pulled out of" as "withdrew from": the place is in the verb's slot, however the parser hangs "of"
    got = targets(pipeline, text, "08")
    assert got and got[0][0].endswith(place), got


@pytest.mark.parametrize("text, code, target", [
    # a place on a border: the state across it, not the place (the doer's own state never)
    ("Somali troops pulled back from positions along the frontier with Ethiopia on Friday.", "08", "ETH"),
    ("Russia deployed troops to positions along the border with Ukraine.", "15", "UKR"),
])
def test_a_place_on_a_border_is_aimed_at_the_state_across_it(pipeline, text, code, target):
    got = targets(pipeline, text, code)
    assert got and got[0][1] == target, got


@pytest.mark.parametrize("text", [
    "Russia pulled out of the grain deal on Monday.",  # an agreement left is no place
    "The rebels pulled out on Monday.",
])
def test_no_place_of_withdrawal_where_none_is_named(pipeline, text):
    got = targets(pipeline, text, "08")
    assert all(g is None or "place-of-withdrawal" not in g[2] for g in got), got


@pytest.mark.parametrize("text, thing", [
    ("Greek Prime Minister Alexis Tsipras rejected the creditors' latest proposal on Friday.", "creditors' latest proposal"),
    ("Belarusian President Alexander Lukashenko rejected demands for a new presidential election on Monday.", "demands"),
])
def test_a_rejected_proposal_or_demand_is_what_the_rejection_is_aimed_at(pipeline, text, thing):
    got = targets(pipeline, text, "12")
    assert got and got[0][0] == thing and got[0][2] == "slot:uncoded", got


def test_a_refused_acts_own_object_is_not_the_refusals_target(pipeline):
    assert targets(pipeline, "The rebels refused to lay down their arms on Monday.", "12") == [None]


@pytest.mark.parametrize("text, code, thing", [
    ("CODECO militia attacked Plaine Savo displacement site in Djugu territory, Ituri, killing at least 60 people.",
     "COD", "Plaine Savo displacement site in Djugu territory, Ituri"),
    ("On 4 March 2024, Viv Ansanm gang coalition members opened fire on Toussaint Louverture International Airport "
     "in Port-au-Prince, halting all flights.",
     "HTI", "Toussaint Louverture International Airport in Port-au-Prince"),
])
def test_a_struck_thing_keeps_its_words_with_the_code_of_its_place(pipeline, text, code, thing):
    got = [g for g in targets(pipeline, text, "19") + targets(pipeline, text, "18") if g]
    assert got and got[0][0] == thing and got[0][1] == code and got[0][2].endswith("+thing-at-place"), got


@pytest.mark.parametrize("text", [
    "Rebels shelled the town on Monday in eastern Ukraine.",  # the place is no phrase of the thing's
    "Rebels attacked Mali on Monday.",  # a state, no thing
])
def test_no_struck_thing_where_the_place_does_not_locate_it(pipeline, text):
    got = [g for g in targets(pipeline, text, "19") + targets(pipeline, text, "18") if g]
    assert got and all("thing-at-place" not in g[2] for g in got), got


@pytest.mark.parametrize("text, root, target", [
    # force used for a purpose is used on whom the purpose acts on
    ("Zimbabwean riot police fired tear gas canisters to disperse hundreds of students in Harare.", "17", "ZWEEDU"),
    ("The Colombian army launched air strikes to push back FARC rebels.", "19", "COLREB"),
])
def test_force_used_to_act_on_a_party_is_aimed_at_it(pipeline, text, root, target):
    assert [t for t in targets(pipeline, text, root) if t[1] == target], targets(pipeline, text, root)


@pytest.mark.parametrize("text, root", [
    # a purpose that acts on no party, or on the doer's own side, gives no target
    ("Police fired tear gas to clear the road in Harare.", "17"),
    ("The army fired artillery to protect its own troops near the town.", "19"),
])
def test_a_purpose_acting_on_no_other_party_gives_no_target(pipeline, text, root):
    assert all(t is None or not t[1].endswith(("MIL", "COP")) for t in targets(pipeline, text, root)), \
        targets(pipeline, text, root)


@pytest.mark.parametrize("text", [
    "The army has been fighting the floods for a week.",  # a problem combated: no party fought
    "The government is fighting corruption in the ports.",
    "Volunteers battled the fire through the night.",
])
def test_fighting_a_thing_is_no_attack(pipeline, text):
    coded = code_article(text, "2024-05-01", pipeline=pipeline)
    assert not [e for e in coded.events if e.root in ("18", "19", "20")], coded.events


@pytest.mark.parametrize("text", [
    "Government troops fought the rebels near Goma.",  # a party fought
    "Soldiers attacked the convoy near Goma.",  # not a combating verb: a thing attacked is an attack
])
def test_fighting_a_party_or_attacking_a_thing_stays_force(pipeline, text):
    coded = code_article(text, "2024-05-01", pipeline=pipeline)
    assert [e for e in coded.events if e.root == "19"], coded.events
