"""The article's context for actors the sentence leaves without a country (actors/context.py)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire import code_article
from eventwire.actors.context import dominant_country, home_country, most_named_state, recent_countries, recent_country, same_state, \
    with_context_country, with_recent_country
from eventwire.actors.named_again import as_regional_body, regional_bodies
from eventwire.records import Actor


def actor(code, country=None, role=None, kind="country"):
    return Actor(code=code, text=code, start=0, end=1, country=country, role=role, kind=kind, rule="t")


def test_one_state_named_most_is_the_article_country():
    actors = [actor("KEN", "KEN"), actor("KENGOV", "KEN", "GOV"), actor("KENCOP", "KEN", "COP"), actor("UGA", "UGA")]
    assert dominant_country(actors, None) == ("KEN", "article-country")


def test_an_organisation_named_as_often_leaves_no_article_country():
    # a story of EU ministers sanctioning Belarus: "the ministers" are not Belarusian
    actors = [actor("BLR", "BLR"), actor("BLRGOV", "BLR", "GOV"), actor("BLR", "BLR"),
              actor("IGOEUREEC", None, None, "organisation"), actor("IGOEUREEC", None, None, "organisation")]
    assert dominant_country(actors, None) is None


def test_the_dateline_counts_when_no_state_is_named_or_its_own_is_named_as_often_as_any():
    assert dominant_country([], "KEN") == ("KEN", "dateline-country")
    assert dominant_country([actor("UGA", "UGA")], "KEN") is None
    two = [actor("NGA", "NGA"), actor("NGAGOV", "NGA", "GOV"), actor("CMR", "CMR"), actor("CMRGOV", "CMR", "GOV")]
    assert dominant_country(two, "NGA") == ("NGA", "dateline-country")  # written in Abuja, about both
    assert dominant_country(two, "KEN") is None  # written elsewhere: no one's
    # the other named more: no one's for the whole story (its paragraphs, then the home state, say)
    assert dominant_country(two + [actor("CMR", "CMR")], "NGA") is None
    assert dominant_country(two + [actor("CMR", "CMR")] * 3, "NGA") == ("CMR", "article-country")  # far more: the story is about it
    assert dominant_country([actor("NGA", "NGA"), actor("CMR", "CMR")], "NGA") is None  # its own named once only


def test_the_home_state_is_the_datelines_named_at_least_half_as_often_as_any():
    two = [actor("NGA", "NGA"), actor("NGAGOV", "NGA", "GOV"), actor("CMR", "CMR"), actor("CMRGOV", "CMR", "GOV")]
    assert home_country(two + [actor("CMR", "CMR")] * 2, "NGA") == ("NGA", "dateline-country")
    assert home_country(two + [actor("CMR", "CMR")] * 3, "NGA") is None  # far less
    assert home_country([actor("NGA", "NGA"), actor("CMR", "CMR")], "NGA") is None  # its own named once only
    assert home_country(two, None) is None


def test_a_paragraphs_own_state_comes_before_the_home_one():
    troops = Actor(code="MIL", text="National Guard troops", start=500, end=521, country=None, role="MIL",
                   kind="role", rule="role")
    home = ("ARG", "dateline-country")
    assert with_recent_country(troops, None, [(300, "VEN")], home).code == "VENMIL"
    got = with_recent_country(troops, None, [], home)  # no state named in the paragraph before
    assert (got.code, got.rule) == ("ARGMIL", "role+dateline-country")
    he = replace(troops, text="He", code="", role=None, kind="pronoun")
    assert with_recent_country(he, None, [(300, "VEN")], None) is he  # "he" is not the nearest state's
    those = replace(troops, text="those governments", code="GOV", role="GOV")
    assert with_recent_country(those, None, [(300, "VEN")], home) is those  # whose: its antecedent's


def test_a_story_written_from_one_of_its_two_states(pipeline):
    # a standfirst, a byline, then the dateline; the paragraph names no state before "the government"
    text = ("Spies held\n\nThree Chileans are accused of spying.\n\nBy Ana Ruiz\n\n"
            "LIMA \u2014 Police on Tuesday detained dozens of protesters outside the congress. "
            "Chile said Peru had violated the treaty, and Peru said Chile had lied. Chile recalled its envoy "
            "from Lima and Chile closed the border.\n")
    coded = code_article(text, "2025-01-15", pipeline=pipeline)
    assert coded.structure.dateline is not None and coded.structure.dateline.place == "LIMA"
    arrests = [e for e in coded.events if e.code.startswith("17")]
    assert arrests and arrests[0].source.code == "PERCOP" and arrests[0].source.rule.endswith("dateline-country"), \
        coded.events


def test_a_role_takes_the_context_country_with_the_rule_recorded():
    gov = actor("GOV", None, "GOV", "role")
    got = with_context_country(gov, ("KEN", "article-country"))
    assert got.code == "KENGOV" and got.rule.endswith("+article-country")
    assert with_context_country(actor("UGAGOV", "UGA", "GOV", "role"), ("KEN", "article-country")).code == "UGAGOV"


def test_a_person_the_tables_lack_takes_the_context_country_and_no_code():
    person = Actor(code="", text="Maria Okafor", name="Maria Okafor", start=0, end=12, country=None, role=None,
                   kind="person", rule="entity:person")
    got = with_context_country(person, ("FRA", "article-country"))
    assert (got.country, got.code, got.rule) == ("FRA", "", "entity:person+article-country")  # not the state France
    assert with_context_country(person, None) is person
    company = Actor(code="", text="Acme", name="Acme", start=0, end=4, country=None, role=None,
                    kind="organisation", rule="entity:organisation")
    assert with_context_country(company, ("FRA", "article-country")) is company  # a body's country is not guessed


def test_a_state_and_its_own_organ_are_one_party():
    assert same_state(actor("BLR", "BLR"), actor("BLRGOV", "BLR", "GOV"))
    assert not same_state(actor("BLRGOV", "BLR", "GOV"), actor("BLROPP", "BLR", "OPP"))
    assert not same_state(actor("BLR", "BLR"), actor("LTU", "LTU"))


def test_the_state_acting_on_a_role_beats_the_dateline(pipeline):
    from eventwire import code_article

    text = ("WASHINGTON, Jan 15 (Reuters) - Venezuelan police jailed opposition activists on Tuesday, the State "
            "Department said.")
    coded = code_article(text, "2025-01-15", pipeline=pipeline)
    jailed = [e for e in coded.events if e.code.startswith("17") and e.target is not None]
    assert jailed and jailed[0].target.code == "VENOPP" and "other-party" in jailed[0].target.rule, coded.events


def test_the_dateline_still_places_a_role_no_state_faces(pipeline):
    from eventwire import code_article

    coded = code_article("NAIROBI, March 3 (Reuters) - Police detained dozens of protesters on Tuesday.", "2025-03-03",
                         pipeline=pipeline)
    assert [(e.source.code, e.source.rule) for e in coded.events if e.source is not None][:1] == \
        [("KENCOP", "role+dateline-country")], coded.events


def test_a_titled_person_the_tables_lack_takes_the_context_country():
    gil = Actor(code="GOV", text="Foreign Minister Yvan Gil", start=0, end=25, country=None, role="GOV",
                name="Yvan Gil", kind="person", rule="role")
    got = with_context_country(gil, ("VEN", "article-country"))
    assert got.code == "VENGOV" and got.name == "Yvan Gil" and got.rule == "role+article-country"
    known = Actor(code="USAGOV", text="Marco Rubio", start=0, end=11, country="USA", role="GOV", kind="person",
                  rule="person")
    assert with_context_country(known, ("VEN", "article-country")) is known


def test_a_weapon_takes_no_country_from_the_article():
    from dataclasses import replace

    from eventwire.actors.context import names_a_weapon

    drone = replace(actor("MIL", None, "MIL", "role"), text="a downed drone")
    assert names_a_weapon(drone) and names_a_weapon(replace(drone, text="448 Shahed-type attack drones"))
    assert with_context_country(drone, ("UKR", "article-country")) is drone  # whose it was: who used it
    troops = replace(actor("MIL", None, "MIL", "role"), text="the troops")
    assert not names_a_weapon(troops)
    assert with_context_country(troops, ("UKR", "article-country")).code == "UKRMIL"


def test_an_organisation_does_not_compete_for_roles_only_a_state_has():
    # a UN statement on Myanmar: "the military" is Myanmar's however often the UN is named, while
    # "the ministers" (a role an organisation has too) stay without a country
    actors = [actor("MMR", "MMR"), actor("MMR", "MMR"), actor("MMRMIL", "MMR", "MIL")] \
        + [actor("IGOUNO", None, None, "organisation")] * 4
    assert dominant_country(actors, None) is None
    states = dominant_country(actors, None, states_only=True)
    assert states == ("MMR", "article-country")
    mil, gov = actor("MIL", None, "MIL", "role"), actor("GOV", None, "GOV", "role")
    assert with_context_country(mil, None, states).code == "MMRMIL"
    assert with_context_country(gov, None, states).code == "GOV"
    # no state named at least twice: nothing to give
    assert dominant_country([actor("MMR", "MMR")] + [actor("IGOUNO", None, None, "organisation")] * 4, None,
                            states_only=True) is None


def at(a, start, text=None):
    return replace(a, start=start, end=start + 5, text=text or a.text)


def test_the_recent_country_is_the_nearest_state_mentioned_before_within_a_paragraph():
    mentions = recent_countries([at(actor("VEN", "VEN"), 100), at(actor("ARGGOV", "ARG", "GOV", "role"), 300),
                                 at(actor("IGOUNO", None, None, "organisation"), 350)])
    assert recent_country(mentions, 320) == ("ARG", "recent-country")
    assert recent_country(mentions, 200) == ("VEN", "recent-country")
    assert recent_country(mentions, 50) is None  # nothing before
    assert recent_country(mentions, 300 + 2000) is None  # too far back


def test_a_region_is_no_state_a_role_can_belong_to():
    # "the EU Trust Fund for Africa", "Caribbean leaders": a region names no state
    mentions = recent_countries([at(actor("LBY", "LBY"), 100), at(actor("AFRGOV", "AFR", "GOV", "role"), 300)])
    assert recent_country(mentions, 320) == ("LBY", "recent-country")
    assert dominant_country([actor("AFRGOV", "AFR", "GOV", "role")] * 3, None) is None


def test_a_role_takes_the_recent_country_unless_anaphoric_or_facing_a_named_state():
    mentions = [(100, "VEN")]
    opp = at(actor("OPP", None, "OPP", "role"), 400, "the opposition")
    assert with_recent_country(opp, None, mentions).code == "VENOPP"
    its = at(actor("GOV", None, "GOV", "role"), 400, "its embassy")
    assert with_recent_country(its, None, mentions).code == "GOV"  # "its" names whose it is
    brazil = at(actor("BRA", "BRA"), 380, "Brazil")
    assert with_recent_country(opp, brazil, mentions).code == "OPP"  # "Brazil urged the CNE": whose?
    assert with_recent_country(opp, brazil, mentions, ("ARG", "dateline-country")).code == "OPP"  # after it: still


def test_the_most_named_state_is_one_named_twice_and_more_than_any_other():
    named = [actor("PHL", "PHL"), actor("PHLMIL", "PHL", "MIL"), actor("CHNMIL", "CHN", "MIL"), actor("AUSGOV", "AUS", "GOV")]
    assert most_named_state(named) == ("PHL", "most-named-country")
    assert most_named_state(named[1:]) is None  # one each: none
    assert most_named_state([actor("RUS", "RUS")]) is None  # named once: no story's own


def test_lawmakers_judges_and_parties_named_bare_are_the_storys_own_state():
    # "Australian Ambassador HK Yu voiced concern ... Senator Risa Hontiveros condemned the ramming", in a
    # Manila paper: the paragraph named Australia, but a foreign senator would be called Australian
    mentions = [(100, "AUS")]
    senator = at(actor("LEG", None, "LEG", "role"), 300, "Senator Risa Hontiveros")
    own = ("PHL", "most-named-country")
    assert with_recent_country(senator, None, mentions, None, frozenset(), own).code == "PHLLEG"
    assert with_recent_country(senator, None, mentions, ("PHL", "dateline-country")).code == "PHLLEG"
    assert with_recent_country(senator, None, mentions).code == "AUSLEG"  # no story's own state: the paragraph's
    police = at(actor("COP", None, "COP", "role"), 300, "police")  # where it happened: the paragraph's still
    assert with_recent_country(police, None, mentions, None, frozenset(), own).code == "AUSCOP"


def test_a_doer_facing_a_named_state_takes_the_home_state_if_another():
    # "The government on Monday expelled six Canadian diplomats", written in New Delhi
    gov = at(actor("GOV", None, "GOV", "role"), 400, "The government")
    canada = at(actor("CAN", "CAN"), 450, "Canadian")
    assert with_recent_country(gov, canada, [], ("IND", "dateline-country")).code == "INDGOV"
    assert with_recent_country(gov, canada, [], ("CAN", "dateline-country")).code == "GOV"  # its own: whose?
    assert with_recent_country(gov, canada, []).code == "GOV"  # no home state


def test_a_story_of_two_states_gives_each_paragraph_its_own(pipeline):
    text = ("Venezuela expels Argentine diplomats\n\n"
            "Venezuela ordered Argentina's diplomats to leave the country on Monday. Argentina rejected the "
            "expulsion and Argentina's president called it an outrage.\n\n"
            "In Caracas, President Nicolas Maduro was proclaimed the winner. At home, the opposition rejected "
            "the figures outright.")
    coded = code_article(text, "2024-07-30", pipeline=pipeline)
    rejected = [e for e in coded.events if e.source is not None and e.source.role == "OPP"]
    assert rejected and rejected[0].source.country == "VEN" and rejected[0].source.rule.endswith("+recent-country"), \
        [(e.code, e.source) for e in coded.events]


def test_a_body_named_again_takes_the_state_of_its_last_mention():
    from eventwire.actors.named_again import organ_mentions, same_organ_country

    def mention(text, code, country, role, start):
        return Actor(code=code, text=text, start=start, end=start + len(text), country=country, role=role,
                     kind="role", rule="t")

    earlier = [mention("Iran's Foreign Ministry", "IRNGOV", "IRN", "GOV", 100),
               mention("Pakistan's charge d'affaires", "PAKGOV", "PAK", "GOV", 150),
               mention("Pakistani police", "PAKCOP", "PAK", "COP", 200)]
    spokesman = mention("Ministry spokesman Nasser Kanaani", "GOV", None, "GOV", 400)
    assert same_organ_country(spokesman, organ_mentions(earlier + [spokesman])) == ("IRN", "same-organ")
    police = mention("police", "COP", None, "COP", 420)
    assert same_organ_country(police, organ_mentions(earlier)) == ("PAK", "same-organ")
    ships = [mention("China Coast Guard ships", "CHNMIL", "CHN", "MIL", 100)]
    assert same_organ_country(mention("Coast guard", "MIL", None, "MIL", 300), organ_mentions(ships)) == ("CHN", "same-organ")
    # nothing named by the same word, another kind of body, too far back, or a country already
    assert same_organ_country(mention("the army", "MIL", None, "MIL", 420), organ_mentions(earlier)) is None
    assert same_organ_country(mention("the police minister", "GOV", None, "GOV", 420), organ_mentions(earlier)) is None
    assert same_organ_country(mention("police", "COP", None, "COP", 5000), organ_mentions(earlier)) is None
    assert same_organ_country(mention("Afghan police", "AFGCOP", "AFG", "COP", 420), organ_mentions(earlier)) is None


def test_a_definite_description_takes_the_state_of_the_mention_whose_head_it_repeats():
    from eventwire.actors.named_again import organ_mentions, same_organ_country

    def mention(text, code, country, role, start):
        return Actor(code=code, text=text, start=start, end=start + len(text), country=country, role=role,
                     kind="role", rule="t")

    earlier = [mention("Niger's military rulers", "NERGOV", "NER", "GOV", 100),
               mention("French Foreign Minister Catherine Colonna", "FRAGOV", "FRA", "GOV", 1500)]
    # further back than a body's word reaches, but named by the same head word
    assert same_organ_country(mention("The military rulers", "GOV", None, "GOV", 1900), organ_mentions(earlier)) \
        == ("NER", "same-head")
    # not without the definite article, not another kind of party, not a document, not beyond the window
    assert same_organ_country(mention("military rulers", "GOV", None, "GOV", 1900), organ_mentions(earlier)) is None
    assert same_organ_country(mention("the rulers", "MIL", None, "MIL", 1900), organ_mentions(earlier)) is None
    laws = [mention("Russia's law", "RUSGOV", "RUS", "GOV", 100)]
    assert same_organ_country(mention("the law", "GOV", None, "GOV", 300), organ_mentions(laws)) is None
    assert same_organ_country(mention("The military rulers", "GOV", None, "GOV", 4000), organ_mentions(earlier)) is None


def test_a_ministry_spokesman_is_the_ministry_just_named(pipeline):
    text = ("Envoy summoned\n\nTEHRAN \u2014 Iran's Foreign Ministry summoned Pakistan's envoy on Wednesday. "
            "Pakistan's army said it had struck militants. Pakistan's foreign minister defended the strikes.\n\n"
            "Ministry spokesman Nasser Kanaani condemned Pakistan.\n")
    coded = code_article(text, "2024-01-18", pipeline=pipeline)
    condemned = [e for e in coded.events if e.code == "111"]
    assert condemned and condemned[0].source.code == "IRNGOV" and condemned[0].source.rule.endswith("same-organ"), \
        coded.events


TWO_STATES = ("Thailand and Cambodia traded accusations on Monday after a border clash. Thailand closed two "
              "crossings and Cambodia recalled its ambassador from Bangkok. Thailand said it would reopen them "
              "once Cambodia withdrew its troops.\n\n")


def test_an_unnamed_organ_facing_one_of_a_storys_two_states_is_the_other(pipeline):
    coded = code_article(TWO_STATES + "A government spokesman accused Cambodia of provoking the clash.", "2025-06-02",
                         pipeline=pipeline)
    accuse = [e for e in coded.events if e.root == "11" and e.target is not None and e.target.country == "KHM"]
    assert accuse and accuse[0].source.code == "THAGOV" and accuse[0].source.rule.endswith("+other-state"), \
        [(e.code, e.source and (e.source.code, e.source.rule), e.target and e.target.code) for e in coded.events]


def test_an_organ_that_summons_a_states_envoy_is_not_of_that_state(pipeline):
    # the paragraph before ends with Cambodia, but one summons another state's ambassador
    coded = code_article(TWO_STATES + "The Foreign Ministry summoned Cambodian Ambassador Chea Kimtha on Tuesday.",
                         "2025-06-02", pipeline=pipeline)
    summoned = [e for e in coded.events if e.root == "11" and e.target is not None and e.target.country == "KHM"]
    assert summoned and summoned[0].source.code == "THAGOV", \
        [(e.code, e.source and (e.source.code, e.source.rule), e.target and e.target.code) for e in coded.events]


def test_an_organ_facing_a_states_people_may_be_of_that_state(pipeline):
    # no envoy: the paragraph's state stands ("the police arrested Cambodian activists")
    coded = code_article(TWO_STATES + "The police arrested Cambodian activists in Phnom Penh on Tuesday.",
                         "2025-06-02", pipeline=pipeline)
    arrests = [e for e in coded.events if e.root == "17"]
    assert arrests and arrests[0].source.country == "KHM", \
        [(e.code, e.source and (e.source.code, e.source.rule), e.target and e.target.code) for e in coded.events]


def test_people_facing_one_of_a_storys_two_states_take_no_state_from_it(pipeline):
    coded = code_article(TWO_STATES + "Angry villagers accused Cambodia of provoking the clash.", "2025-06-02",
                         pipeline=pipeline)
    assert not any(a is not None and a.rule.endswith("+other-state") for e in coded.events for a in (e.source, e.target)), \
        [(e.code, e.source and (e.source.code, e.source.rule), e.target and e.target.code) for e in coded.events]


def test_a_thing_of_a_state_is_no_state_named_beside_a_bare_role(pipeline):
    # "the Israeli aggression" names no state as such: "the Kingdom" still takes the state named before
    coded = code_article("Saudi Arabia's Ministry of Foreign Affairs said the Kingdom condemns in the strongest terms "
                         "the brutal Israeli aggression.", "2025-09-09", pipeline=pipeline)
    assert [(e.source.code, e.target.code) for e in coded.events] == [("SAUGOV", "ISR")], coded.events


def test_a_state_named_as_such_still_leaves_a_bare_role_its_own(pipeline):
    coded = code_article("Brazil urged the electoral council to publish the results.", "2024-08-01", pipeline=pipeline)
    assert coded.events and coded.events[0].target.country in (None, "BRA"), coded.events


def test_a_states_opposition_faces_its_own_government(pipeline):
    # the paragraph names China last; the opposition of the paper's own state demands of its own government
    text = ("Border row eases\n\nNEW DELHI, AUGUST 28, 2017 13:42 IST\n\n"
            "India and China agreed on Monday to end the standoff. China said the talks were useful. "
            "India and China will meet again. China said India had withdrawn its troops from China.\n\n"
            "The Opposition Congress welcomed the disengagement but demanded that the government clarify its "
            "terms.\n")
    coded = code_article(text, "2017-08-28", pipeline=pipeline)
    demands = [e for e in coded.events if e.root == "10"]
    assert demands and demands[0].source.country == "IND" and demands[0].target.code == "INDGOV", coded.events
    assert demands[0].target.rule.endswith("own-government")


def test_a_government_facing_a_foreign_state_takes_no_country_from_it(pipeline):
    coded = code_article("China said on Monday that the government of India had violated the border agreement.",
                         "2017-08-28", pipeline=pipeline)
    assert not any(e.target is not None and "own-government" in e.target.rule for e in coded.events)


FRONTED = ("Japan starts releasing Fukushima water\n\nTOKYO (AP) — Japan began releasing treated water on Thursday. "
           "Japan's fisheries minister said Japan would support fishermen. {}")


def test_a_sentence_opening_on_a_capital_gives_its_subject_the_capitals_state():
    coded = code_article(FRONTED.format("In Beijing, the vice foreign minister summoned the Japanese ambassador."),
                         "2023-08-24")
    summons = [e for e in coded.events if e.code.startswith("11") or e.code.startswith("04")]
    assert [(e.source.code, e.source.rule.endswith("fronted-place")) for e in summons] == [("CHNGOV", True)], \
        [(e.code, e.source.code, e.source.rule) for e in coded.events]


def test_a_capital_named_later_in_the_sentence_is_only_where():
    coded = code_article(FRONTED.format("The vice foreign minister summoned the Chinese ambassador in Beijing."),
                         "2023-08-24")
    assert not [e for e in coded.events if "fronted-place" in e.source.rule]


def test_an_official_speaking_in_a_capital_is_of_its_state():
    coded = code_article(FRONTED.format("\"We hope the two sides keep talking,\" foreign ministry spokesman Lu Kang told a "
                                        "regular briefing in Beijing."), "2023-08-24")
    assert any(a.code == "CHNGOV" and a.rule.endswith("spoken-at-seat") for a in coded.actors), \
        [(a.code, a.rule, a.text) for a in coded.actors]
    # the quotation's speaker too, whatever state the article is most about
    assert [q.speaker.code for q in coded.quotes if q.text.startswith("We hope")] == ["CHNGOV"], \
        [(q.speaker, q.text) for q in coded.quotes]


@pytest.mark.parametrize("sentence", [
    "The spokesman said the talks in Beijing would resume.",  # a place the statement is about
    "The vice foreign minister summoned the Chinese ambassador in Beijing.",  # no statement
])
def test_a_capital_not_where_a_statement_is_made_gives_no_state(sentence):
    coded = code_article(FRONTED.format(sentence), "2023-08-24")
    assert not [a for a in coded.actors if "spoken-at-seat" in a.rule]


def test_a_government_role_saying_what_a_state_does_speaks_for_it():
    from eventwire import code_article
    text = ("Soldiers seize power in Gabon\n\nLIBREVILLE (AP) — Gabon's army took power on Wednesday. Gabon's "
            "president was detained. Government spokesman Olivier Veran said France condemns the military coup.")
    coded = code_article(text, "2023-08-30")
    spokesman = [a for a in coded.actors if a.text.startswith("Government spokesman")]
    assert [(a.code, a.rule.endswith("+speaks-for")) for a in spokesman] == [("FRAGOV", True)], spokesman


@pytest.mark.parametrize("text", [
    "The minister said Russia had attacked the power station.",  # a report of what a state did: anyone's
    "The minister said Russian troops attack the villages every night.",  # no state named bare
])
def test_a_government_role_reporting_another_states_deed_stays_its_own(text):
    from eventwire import code_article
    coded = code_article(text, "2023-08-30")
    assert not [a for a in coded.actors if "+speaks-for" in a.rule], coded.actors


GULF = ("Abu Dhabi: The UAE on Monday cut diplomatic relations with Qatar. Qatar called the move unjustified. "
        "Qatar's foreign minister said Qatar would not give in. Qatar Airways halted flights.\n\n")


def test_a_role_facing_the_most_named_state_is_of_the_dateline_state(pipeline):
    # the story names Qatar most, but the government accusing Doha is not Qatar's: the Abu Dhabi dateline's
    coded = code_article(GULF + "The government accused Doha of supporting terrorism.", "2017-06-05", pipeline=pipeline)
    accuse = [e for e in coded.events if e.root == "11" and e.target is not None and e.target.country == "QAT"]
    assert accuse and accuse[0].source.code == "AREGOV" and accuse[0].source.rule.endswith("+dateline-country"), \
        [(e.code, e.source and (e.source.code, e.source.rule), e.target and e.target.code) for e in coded.events]


@pytest.mark.parametrize("text", [
    # a dateline's state the story never names is a correspondent's city
    "Geneva: Qatar called the move unjustified. Qatar's foreign minister said Qatar would not give in.\n\n"
    "The government accused Doha of lying.",
    # lawmakers may be of either state
    GULF + "Opposition lawmakers accused Doha of lying.",
])
def test_no_dateline_state_where_the_story_does_not_name_it_or_for_lawmakers(pipeline, text):
    coded = code_article(text, "2017-06-05", pipeline=pipeline)
    assert not any(a is not None and a.rule.endswith("+dateline-country") for e in coded.events for a in (e.source, e.target)), \
        [(e.code, e.source and (e.source.code, e.source.rule), e.target and e.target.code) for e in coded.events]


# --- a region's collective as the organisation of states the story names for it ---------------

def test_a_region_s_leaders_are_the_story_s_organisation_of_that_region(pipeline):
    text = ("Leaders impose sanctions on junta\n\n"
            "ABUJA, Nigeria (Reuters) - The Economic Community of West African States (ECOWAS) met in Abuja on Sunday. "
            "West African leaders imposed sanctions on Niger's junta after the summit, and the bloc's chairman "
            "said ECOWAS would meet again next week.\n")
    events = code_article(text, "2023-07-31", pipeline=pipeline).events
    sanctions = [e for e in events if e.root == "16"]
    assert sanctions and sanctions[0].source.code == "IGOWAFBUSWAS" and "+regional-body" in sanctions[0].source.rule


def test_a_region_s_collective_without_its_organisation_in_the_story_stays_the_region():
    leaders = Actor(text="West African leaders", code="WAFGOV", country=None, role="GOV", kind="role", rule="region+role")
    assert as_regional_body(leaders, regional_bodies([leaders])) is leaders
    eu = Actor(text="the European Union", code="IGOEUREEC", country=None, role=None, kind="organisation", rule="org")
    governments = Actor(text="European governments", code="EURGOV", country=None, role="GOV", kind="role", rule="region+role")
    assert as_regional_body(governments, regional_bodies([eu, governments])) is governments  # states, each for itself
    bloc = Actor(text="the European bloc", code="EUR", country=None, role=None, kind="country", rule="region")
    assert as_regional_body(bloc, regional_bodies([eu, bloc])).code == "IGOEUREEC"
