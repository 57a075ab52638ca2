"""Whom a protest is aimed at (events/aimed.py): what it is against, where it is held, what it demands."""
from __future__ import annotations

import pytest

from eventwire import code_article


def of_root(pipeline, text, root):
    """The events of ``root`` coded from ``text``."""
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [e for e in coded.events if e.root == root]


def protests(pipeline, text):
    return of_root(pipeline, text, "14")


def postures(pipeline, text):
    return of_root(pipeline, text, "15")


def targets(events):
    return [(e.code, e.source, e.target) for e in events]


def assert_aimed_at(found, target):
    """The first event found is aimed at ``target``."""
    assert found and found[0].target is not None and found[0].target.code == target, targets(found)


@pytest.mark.parametrize("text, target", [
    # against a thing: its author ("announced by"), its owner ("Condé's"), its doer ("arrest by")
    ("Thousands of demonstrators marched in Paris against fuel tax increases announced by the French government.", "FRAGOV"),
    ("Opposition supporters marched in Conakry against Guinean President Alpha Condé's plan to change the constitution.", "GINGOV"),
    ("Supporters of Ousmane Sonko demonstrated in Dakar against his arrest by the Senegalese authorities.", "SENGOV"),
    # a thing the tables do not know, over where the march went: its owner, though a bare role
    ("Thousands of Kenyan farmers marched to the capital on Tuesday to protest the government's plan.", "KENGOV"),
    ("Kenyan farmers blocked highways into Nairobi to protest against the government's new farm laws.", "KENGOV"),
    # behind "in protest against"
    ("Pakistani students blocked a highway in protest against the Pakistan Army.", "PAKMIL"),
    # where it is held, when that is a party's premises
    ("Hundreds of protesters rallied outside the Chinese embassy in Yangon.", "CHNGOV"),
    ("Indonesian workers rallied outside the House of Representatives in Jakarta against the Omnibus Law.", "IDNLEG"),
    # what it demands, and of whom
    ("Protesters marched in Colombo, demanding the resignation of Sri Lankan President Gotabaya Rajapaksa.", "LKAGOV"),
    # a party named as the modifier of what it is against, over where it is held
    ("Thousands of Kenyans marched in Nairobi against police brutality.", "KENCOP"),
])
def test_a_protest_is_aimed_at_whom_its_phrases_name(pipeline, text, target):
    assert_aimed_at(protests(pipeline, text), target)


@pytest.mark.parametrize("text", [
    "Thousands of Kenyan protesters marched outside Nairobi on Tuesday.",  # a bare place is where, not whom
    "Kenyan teachers went on strike in Nairobi for better pay.",  # no one it is against
    "Kenyan farmers marched to the capital over the government's plan.",  # a subject, not an opponent
    "Kenyan protesters rallied in Nairobi against water shortages.",  # a modifier that names no party
])
def test_a_protest_against_no_one_named_takes_no_party_from_these_phrases(pipeline, text):
    found = protests(pipeline, text)
    assert found and all(e.target is None or e.target.role is None for e in found), \
        [(e.code, e.target, e.rule) for e in found]  # at most the place, as the near-target rule gives


@pytest.mark.parametrize("text, target", [
    ("Russia has massed more than 100,000 troops near its border with Ukraine.", "UKR"),  # the state across the border
    ("Russian forces deployed battalion tactical groups to Bryansk, near the border with Ukraine.", "UKR"),
    ("The Indian Army deployed additional troops to Ladakh to counter a build-up by the People's Liberation Army.", "CHNMIL"),
    ("The United States deployed B-52 bombers to the Middle East in a show of force aimed at Iran.", "IRN"),
    ("The Pentagon sent an aircraft carrier strike group to the eastern Mediterranean as a deterrent to Iran.", "IRN"),
    ("Israel massed troops along the Gaza perimeter ahead of a ground offensive against Hamas.", "PSEREBHMS"),
    # the parser hangs "with X" on the verb, or the border phrase on what is moved
    ("Lithuania placed its air defence units on heightened alert along the border with Belarus.", "BLR"),
    ("Thai troops are reinforcing positions along the border with Cambodia.", "KHM"),
    # the doers of the act the move prepares for, the doer's own opposition or rebels among them
    ("Kenyan police deployed thousands of officers in central Nairobi ahead of a march called by opposition leader Raila Odinga.",
     "KENOPP"),
    ("Sudan's army reinforced its positions around El Obeid ahead of an expected offensive by the RSF.", "SDNREB"),
])
def test_a_show_of_force_is_aimed_at_whom_the_forces_face(pipeline, text, target):
    assert_aimed_at(postures(pipeline, text), target)


@pytest.mark.parametrize("text, target", [
    # a move within a strained relation is aimed at its other side
    ("Greece sent two frigates to the Aegean amid tensions with Turkey.", "TUR"),
    ("Guyana deployed troops to the Essequibo region during a standoff with Venezuela.", "VEN"),
    ("Japan put its coast guard on alert as tensions with China rose over the islands.", "CHN"),
])
def test_a_show_of_force_amid_a_strain_is_aimed_at_the_other_side(pipeline, text, target):
    assert_aimed_at(postures(pipeline, text), target)


@pytest.mark.parametrize("text, target", [
    # a move that answers or awaits another's act is aimed at its doer
    ("South Korea scrambled fighter jets after Russian bombers entered its air defence zone.", "RUSMIL"),
    ("Greece put its navy on alert after the arrival of a Turkish survey ship in the Aegean.", "TUR"),
    ("Mali's army deployed reinforcements to Gao following reports of a planned attack by Burkinabe troops.", "BFAMIL"),
    ("Chad's army massed troops near the border in anticipation of a Sudanese offensive.", "SDN"),
])
def test_a_show_of_force_answering_an_act_is_aimed_at_its_doer(pipeline, text, target):
    assert_aimed_at(postures(pipeline, text), target)


def test_forces_deployed_as_peacekeepers_answer_no_one(pipeline):
    found = of_root(pipeline, "Fijian soldiers were deployed as peacekeepers in the Golan Heights.", "07")
    assert all(e.target is None or e.target.role is None for e in found), targets(found)


def test_a_strain_within_the_state_names_no_target(pipeline):
    found = postures(pipeline, "Mali's army deployed troops to Kidal amid tensions with Malian separatists.")
    assert found and all(e.target is None or e.target.country == "MLI" for e in found), targets(found)


@pytest.mark.parametrize("text", [
    "Kenya deployed troops to Nairobi on Tuesday.",  # its own capital: where, not whom
    "The Nigerian army sent more soldiers to Borno state.",
])
def test_forces_sent_within_the_state_face_no_one_named(pipeline, text):
    found = postures(pipeline, text)
    assert found and all(e.target is None or e.target.country == e.source.country for e in found), targets(found)


def test_what_a_protest_demands_names_its_aim_before_where_it_is_held(pipeline):
    found = protests(pipeline, "Algerian landowners began a hunger strike outside Parliament to demand the return of "
                               "property seized by Algerian government forces.")
    assert [e.target.code for e in found] == ["DZAMIL"], [(e.code, e.target) for e in found]


@pytest.mark.parametrize("text, target", [
    # the parser hangs the aim on the place the protest is held in
    ("Thousands protest in Bratislava against Fico government's pro-Russian course", "SVKGOV"),
    ("Protesters marched in Lome and other cities demanding that President Faure Gnassingbe step down.", "TGOGOV"),
])
def test_an_aim_hung_on_the_protests_venue_is_still_its_aim(pipeline, text, target):
    assert_aimed_at(protests(pipeline, text), target)


def test_a_venue_with_no_aim_of_its_own_gives_none(pipeline):
    found = protests(pipeline, "Thousands of teachers marched in Nairobi and Mombasa on Tuesday.")
    assert found and all(e.target is None or e.target.first_role is None for e in found), targets(found)


@pytest.mark.parametrize("text, target", [
    ("Hundreds of farmers marched in Nairobi to demand that the government scrap the fuel tax.", "KENGOV"),
    ("Thousands of nurses rallied in Accra to demand that the Ghanaian government pay their arrears.", "GHAGOV"),
])
def test_whom_a_protests_purpose_demands_of_is_its_aim(pipeline, text, target):
    # the purpose clause "to demand that X ...", as the participle "demanding that X ..." already did
    assert_aimed_at(protests(pipeline, text), target)


@pytest.mark.parametrize("text, target", [
    ("Students blocked the main entrance of Dhaka University to protest against the interim government's exam schedule.",
     "GOV"),  # not the university whose entrance it is
    ("Georgian protesters demonstrated outside parliament in Tbilisi against the government's foreign agents bill.", "GEOGOV"),
])
def test_a_protest_is_aimed_at_the_party_it_is_said_to_be_against_not_its_site(pipeline, text, target):
    assert_aimed_at(protests(pipeline, text), target)


@pytest.mark.parametrize("text, target", [
    ("Protesters protested the arrest of Imran Khan.", "PAKGOV"),  # no stated aim: the object stays (in 2021, the PM)
    ("Protesters clashed with police in protest against the new law.", "COP"),  # the police a crowd fought
])
def test_a_protest_without_a_coded_stated_aim_keeps_its_target(pipeline, text, target):
    found = protests(pipeline, text)
    assert any(e.target is not None and e.target.code.startswith(target) for e in found), [(e.code, e.target) for e in found]


@pytest.mark.parametrize("text, target", [
    # told in the passive, with the doer in the agent phrase
    ("Additional troops were sent to the border with Sudan by Chad's military in April 2023.", "SDN"),
    ("Thousands of troops were deployed along the border with Ukraine by Russia.", "UKR"),
    # whom it is said to be against, before where the forces gather
    ("Fano militias mobilised thousands of fighters around Gondar against the Ethiopian army.", "ETHMIL"),
    # the doer's own forces put on alert face what the move answers: a passive clause's subject, a cited threat
    ("Taiwan put its armed forces on high alert after Chinese warships were detected near the island.", "CHNMIL"),
    ("Niger's junta placed its armed forces on maximum alert, citing the threat of an ECOWAS intervention.", "IGOWAFBUSWAS"),
])
def test_a_show_of_force_faces_whom_its_phrases_name(pipeline, text, target):
    assert_aimed_at(postures(pipeline, text), target)


def test_forces_put_on_alert_with_no_one_faced_are_no_target(pipeline):
    found = postures(pipeline, "Taiwan put its armed forces on high alert on Monday.")
    assert found and all(e.target is None or e.target.country in (None, "TWN") for e in found), targets(found)
