"""What is not a political event: discards, topic check, political actors."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventwire import code_article
from eventwire.events.guards import (internal_directive, is_anchor, is_political, load_discards, load_topics, non_political_story,
                                     political_pair)
from eventwire.records import Actor

ROOT = Path(__file__).resolve().parents[2]
NONPOLITICAL = ROOT / "tests" / "golden" / "nonpolitical"


def actor(code, country=None, role=None, kind="country", rule="country", name=None):
    return Actor(text=code or "X", code=code, country=country, role=role, kind=kind, rule=rule, name=name)


def test_discards_build_is_current(shared):
    out = subprocess.run([sys.executable, "scripts/build_discards.py", "--shared", str(shared), "--check"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_discard_phrases():
    d = load_discards()
    assert d.story_phrase("He joined the Champions League side in May.") is not None
    assert d.story_phrase("Russia and France agreed to share intelligence.") is None
    assert d.sentence_phrase("It was the ground's first TOURNAMENT since 2010.") is not None
    assert d.sentence_phrase("Two weeks ago, Russia shelled the port.") is None  # time markers are not taken


@pytest.mark.parametrize("text, discarded", [
    ("A landslide killed 20 villagers in the hills on Monday.", True),  # the sentence is about it
    ("The military accused the election commission of fraud in the vote, which the NLD won in a landslide.", False),
    ("The general, a veteran of the 1998 ebola campaign, accused the opposition of fraud.", False),  # an apposition
])
def test_a_discard_phrase_in_a_relative_clause_or_apposition_is_background(nlp, text, discarded):
    sent = next(nlp(text).sents)
    assert (load_discards().discards_sentence(sent) is not None) is discarded


@pytest.mark.parametrize("text, discarded", [
    # a disease, a disaster or a past war is the occasion of an act told in a purpose or a noun's phrase
    ("China sent 200 medical workers to Liberia to help contain the Ebola epidemic.", False),
    ("Japanese navy ships delivered rice and blankets to survivors of the typhoon on Tuesday.", False),
    ("The typhoon killed 40 people in the northern provinces.", True),  # the sentence is about it
    ("Ebola has killed more than 1,000 people in Guinea.", True),
    # sport keeps marking a sentence wherever it is told
    ("The Kenyan runner set a course record to win the Berlin marathon tournament on Sunday.", True),
    ("The Indian archer shot a perfect 10 with her final arrow to take the bronze medal.", True),
])
def test_an_occasion_in_a_purpose_or_a_nouns_phrase_is_background(nlp, text, discarded):
    sent = next(nlp(text).sents)
    assert (load_discards().discards_sentence(sent) is not None) is discarded


@pytest.mark.parametrize("text, discarded", [
    # a finite clause of time beside the main one is when the act was done, not what the sentence reports
    ("The Indian prime minister held talks with his Pakistani counterpart after the two leaders watched a cricket "
     "match in Mohali.", False),
    ("Belarus expelled Latvia's ambassador after officials in Riga replaced the flag at the ice hockey world "
     "championship.", False),
    # the match told in the main clause is the sentence's topic
    ("India beat Pakistan in the cricket match after the two captains shook hands.", True),
    ("The striker scored twice in the football match as Ghana beat Nigeria.", True),
])
def test_sport_in_a_clause_of_time_is_background(nlp, text, discarded):
    sent = next(nlp(text).sents)
    assert (load_discards().discards_sentence(sent) is not None) is discarded


@pytest.mark.parametrize("text, discarded", [
    # a round of an act is no round of a tournament
    ("Vietnam held a third round of talks with China in Hanoi on Friday.", False),
    ("The European Union adopted a third round of sanctions against Belarus.", False),
    ("Nadal beat Federer in the third round on Friday.", True),
    ("Nadal reached the third round of the tournament on Friday.", True),
])
def test_a_round_of_an_act_is_not_sport(nlp, pipeline, text, discarded):
    sent = next(nlp(text).sents)
    lexicon = pipeline.extractor.lexicon
    is_act = lambda tok: lexicon.noun(tok.lemma_.lower()) is not None  # noqa: E731
    assert (load_discards().discards_sentence(sent, is_act) is not None) is discarded


def test_circumstance_phrases_are_read_with_their_own_scope():
    d = load_discards()
    assert "ebola" in d.circumstances and "typhoon" in d.circumstances and "tournament" not in d.circumstances


def test_the_military_s_accusation_beside_a_landslide_win_is_coded(pipeline):
    text = "The military accused the election commission of fraud in the vote, which the NLD won in a landslide."
    coded = code_article(text, "2021-02-01", pipeline=pipeline)
    assert [e.code for e in coded.events] == ["112"], coded.events


POLITICAL_BODY = ["Chad's president met his Sudanese counterpart in Ndjamena on Monday.",
                  "They agreed to reopen the border and to set up a joint commission.",
                  "The two leaders discussed refugees, trade and security along the frontier."]


def test_a_passing_mention_of_sport_deep_in_a_story_discards_nothing():
    text = "\n".join([*POLITICAL_BODY, "Relations thawed after the two men met at the FIFA World Cup in Qatar."])
    assert "discard" not in (non_political_story(text, []) or "")


@pytest.mark.parametrize("text, headline", [
    ("\n".join(["The FIFA World Cup draw was held in Doha on Friday.", *POLITICAL_BODY]), ""),  # in the lead
    ("\n".join(POLITICAL_BODY), "FIFA World Cup: Chad and Sudan drawn together"),  # in the headline
    ("\n".join([*POLITICAL_BODY, "FIFA officials attended.", "The FIFA delegation left on Tuesday."]), ""),  # twice
])
def test_a_discard_phrase_that_announces_the_story_discards_it(text, headline):
    assert "discard phrase" in (non_political_story(text, [], headline) or "")


@pytest.mark.parametrize("a, expected", [
    (actor("RUS", "RUS"), True),  # a state acting as a whole
    (actor("RUSGOV", "RUS", "GOV"), True),
    (actor("IGOUNO", "IGO", kind="organisation", rule="org"), True),
    (actor("SYRREB", "SYR", "REB", kind="role", rule="country+role"), True),
    (actor("KEN", "KEN", kind="person", rule="country", name="Grace W."), False),  # a nationality only
    (actor("BUS", None, "BUS", kind="role", rule="role"), False),
    (actor("BLRGOVMIL", "BLR", "GOVMIL", kind="person", rule="person"), True),  # a defence minister: a compound role
    (actor("BGDGOVBUS", "BGD", "GOVBUS", kind="role", rule="country+role"), True),  # a central bank
    (actor("USABUSMED", "USA", "BUSMED", kind="role", rule="country+role"), False),  # a media company
    (actor("", kind="organisation", rule="entity:organisation", name="Acme"), False),
    (actor("MNCUSA", "USA", kind="organisation", rule="org"), False),  # a company the tables name: a company
    (None, False),
])
def test_is_political(a, expected):
    assert is_political(a) is expected


def test_contentious_acts_need_only_a_coded_doer():
    cvl, biz = actor("CVL", None, "CVL", kind="role", rule="role"), actor("BUS", None, "BUS", kind="role", rule="role")
    assert political_pair(cvl, None, "145") and not political_pair(cvl, None, "051")
    assert not political_pair(actor(""), biz, "190")  # an uncoded doer is not enough


def test_a_show_of_force_by_noncombatants_aimed_at_no_one_is_none(pipeline):
    residents = actor("GBRCVL", "GBR", "CVL", kind="role", rule="country+role")
    assert not political_pair(residents, None, "154")  # "residents have mobilised to save their pub"
    assert political_pair(residents, actor("GBRGOV", "GBR", "GOV"), "154")  # mobilised against someone coded
    assert political_pair(actor("RUS", "RUS"), None, "154")  # a state mobilising: force posture
    text = "Residents of the small Welsh village have mobilised to save their last pub from closure."
    assert code_article(text, "2024-05-01", pipeline=pipeline).events == ()


def test_a_named_body_that_does_violence_is_an_armed_group():
    gang = actor("", kind="organisation", rule="entity:group", name="Barrio 18")  # a body the tables lack
    driver = actor("HNDLAB", "HND", "LAB", kind="country", rule="country+role")
    assert political_pair(gang, driver, "193")  # "members of Barrio 18 shot and killed a bus driver"
    assert not political_pair(gang, driver, "051")  # praising someone makes it no armed group
    assert not political_pair(gang, None, "193")  # nor violence against no one coded


def test_an_unknown_name_striking_a_place_is_no_political_violence():
    storm = actor("", kind="person", rule="entity:person", name="Cyclone Yasi")  # the recogniser's PERSON
    coast, police = actor("AUS", "AUS"), actor("AUSCOP", "AUS", "COP", kind="role", rule="country+role")
    assert not political_pair(storm, coast, "190")  # "Cyclone Yasi struck the Queensland coast"
    assert political_pair(storm, police, "190")  # an attack on the police is political, whoever did it
    assert political_pair(actor("CODREB", "COD", "REB", kind="role"), actor("COD", "COD"), "190")  # gunmen, a town


def test_a_business_fights_over_markets_unless_it_harms_someone_coded():
    biz, cvl = actor("BUS", None, "BUS", kind="role", rule="role"), actor("CODCVL", "COD", "CVL", kind="role")
    assert not political_pair(biz, None, "190")  # "we attacked the premium segment"
    assert political_pair(biz, cvl, "193")  # "a mining company's guards shot two villagers"
    # a company the tables name (MNC) is a business too; a market in a country, or another company, is no one harmed
    samsung = actor("MNCKOR", "MNC", None, kind="organisation", rule="org")
    market = actor("IND", "IND", kind="country", rule="country+thing-at-place")
    ryanair = actor("MNCIRL", "MNC", None, kind="organisation", rule="org")
    assert not political_pair(samsung, market, "190")  # "Samsung is attacking the budget smartphone market in India"
    assert not political_pair(samsung, ryanair, "190")  # "Boeing struck back against Airbus with an order from Ryanair"
    assert political_pair(samsung, cvl, "193")  # its guards shooting villagers is still political


def test_a_countrys_name_on_a_thing_its_owner_names_by_a_pronoun_is_the_thing(pipeline):
    from eventwire import code_article
    coded = code_article("Toyota said it would invest $1.3 billion in its Kentucky plant.", "2024-05-01", pipeline=pipeline)
    assert not coded.events, coded.events  # a company's plant: no party, no event


def test_captors_freeing_whom_they_hold_is_political_as_their_abduction_is():
    gang, pupils = actor("CRM", None, "CRM", kind="role", rule="role"), actor("EDU", None, "EDU", kind="role", rule="role")
    assert political_pair(gang, pupils, "0841")  # "bandits released 137 schoolchildren"
    assert not political_pair(gang, None, "0841")  # freeing no one coded
    assert not political_pair(gang, pupils, "030")  # only the release: "the gang agreed to ..."
    assert not political_pair(actor("BUS", None, "BUS", kind="role", rule="role"), pupils, "0841")  # a company is no captor


def test_topic_needs_density_and_no_anchor():
    text = ("The recipe serves four. Preheat the oven, whisk the eggs, simmer the stock "
            "and stir in two tablespoons of butter.")
    assert load_topics().domain_of(text)[0] == "recipe"
    assert load_topics().domain_of("The minister cooked the books.") is None
    gov = actor("FRAGOV", "FRA", "GOV", rule="country+role")
    assert non_political_story(text, []) is not None
    assert non_political_story(text, [gov]) is None  # a state organ in its events: political news
    assert not is_anchor(actor("JPNGOV", "JPN", "GOV", rule="capital"))  # a capital named in passing


def test_field_science_is_science():
    """Ecology and field science (scientists, habitats, larvae, algae) are the science domain's, as the
    laboratory's are; a state organ acting still makes such a story political news."""
    text = ("Marine scientists surveyed the reef's coral colonies, counting larvae and measuring how algae "
            "and plankton respond to warmer water across the habitat.")
    domain = load_topics().domain_of(text)
    assert domain is not None and domain[0] == "science" and {"scientists", "coral", "larvae"} <= set(domain[1])
    assert non_political_story(text, []) is not None
    assert non_political_story(text, [actor("AUSGOV", "AUS", "GOV", rule="country+role")]) is None


def test_a_story_announcing_its_domain_needs_anchors_that_outweigh_it():
    text = ("The film stars Anna Berg as a nurse; the director and the screenwriter keep the generals of "
            "the plot at a distance, and the soundtrack does the rest. The actor playing the officer is superb.")
    officer, generals = actor("DEUMIL", "DEU", "MIL", rule="country+role"), actor("MIL", None, "MIL", rule="role")
    assert len(load_topics().domain_of(text)[1]) >= 4
    assert non_political_story(text, [officer, generals], headline="The Last Post review: a quiet war film") is not None
    assert non_political_story(text, [officer, generals]) is None  # no headline of its domain: the anchors decide
    assert non_political_story(text, [officer], headline="Berlin protests as Moscow expels envoy") is None
    ministers = [actor(f"{c}GOV", c, "GOV", rule="country+role") for c in ("DEU", "FRA", "ITA")]
    assert non_political_story(text, ministers, headline="The Last Post review: a quiet war film") is None  # outweighed


def test_a_title_of_no_one_s_state_does_not_make_a_story_political():
    """A team's "captain" or "leader" the role table reads as an officer or a head of government, with
    no country of its own to make it one, is no evidence of political news; with a country it is. A
    country the story's context lends it (the dateline's, the most named) does not make it one."""
    text = ("The captain struck 112 off 104 balls before the spinner took two wickets, and the bowlers "
            "kept the innings tight until the umpire called the final over at the boundary.")
    captain = actor("MIL", None, "MIL", kind="person", rule="role", name="Devon Ashcroft")
    leader = actor("GOV", None, "GOV", kind="person", rule="role")
    assert not is_anchor(captain) and not is_anchor(leader)
    assert non_political_story(text, [captain, leader]) is not None
    assert is_anchor(actor("AUSMIL", "AUS", "MIL", kind="person", rule="country+role"))
    for basis in ("article-country", "dateline-country", "recent-country"):
        lent = actor("NZLMIL", "NZL", "MIL", kind="person", rule=f"role+{basis}", name="Liam Coutts")
        assert not is_anchor(lent)
        assert non_political_story(text, [lent, actor("NZLGOV", "NZL", "GOV", kind="role", rule=f"role+{basis}")]) is not None
    assert non_political_story(text, [actor("GBRGOV", "GBR", "GOV", rule="country+role")] * 3) is None


def test_a_headline_s_terms_are_the_story_s_own():
    """A review says what it is in its headline ("a glossy political thriller ... stars as"): those
    terms count with the body's, which alone may name too few of them."""
    body = "By the time the credits roll on the first episode, the president has sacked her chief of staff. The finale drags."
    headline = "The Ninth Floor review: a political thriller in which Gillian Ward stars as a president"
    president = actor("USAGOV", "USA", "GOV", rule="role+article-country")
    assert non_political_story(body, [president], headline=headline) is not None
    assert non_political_story(body, [president]) is None  # the body alone: too few of the domain's terms


def test_topic_terms_count_a_word_once_whatever_its_number():
    found = load_topics().domain_of("The film was the best of the films this year; films like it are rare.", threshold=1)
    assert found == ("arts", ("film",))


@pytest.mark.parametrize("path", sorted(NONPOLITICAL.glob("*.txt")), ids=lambda p: p.name)
def test_nonpolitical_articles_yield_no_events(pipeline, path):
    coded = code_article(path.read_text(encoding="utf-8"), "2024-05-01", pipeline=pipeline)
    assert coded.ok, coded.errors
    assert coded.events == (), [(e.code, e.source and e.source.text, e.cue, e.sentence) for e in coded.events]


def test_a_story_steeped_in_its_domain_is_of_it_without_saying_so():
    """A headline that names no domain ("New Zealand seize 2-1 lead") and a role noun or two the
    tables read politically ("the captain"): the domain's terms, far more numerous, decide."""
    captain = actor("MIL", role="MIL", kind="role", rule="role")
    terms = "The bowler and the batter; the spinner, the seamer; a wicket in the innings of the test series; the squad."
    assert non_political_story(terms, [captain], headline="New Zealand seize 2-1 lead") is not None
    # a pronoun or surname repeating the same party is no further evidence
    again = [captain, actor("MIL", role="MIL", kind="pronoun", rule="pronoun"),
             actor("MIL", role="MIL", kind="person", rule="coref:surname")]
    assert non_political_story(terms, again, headline="New Zealand seize 2-1 lead") is not None
    # a state organ and a force among the actors: a few sport words do not outweigh them
    police, ministry = actor("KENCOP", "KEN", "COP", "role", "role"), actor("KENGOV", "KEN", "GOV", "role", "role")
    assert non_political_story(terms, [police, ministry], headline="New Zealand seize 2-1 lead") is None


def test_political_story_with_sport_words_keeps_its_events(pipeline):
    text = ("Kenyan police arrested 30 fans after clashes outside the stadium in Nairobi on Sunday. "
            "The league said the coach and the team were not involved and the season would go on.")
    coded = code_article(text, "2024-05-01", pipeline=pipeline)
    assert any(e.root == "17" for e in coded.events), [(e.code, e.cue) for e in coded.events]


@pytest.mark.parametrize("text, code", [
    ("Indian coal workers called off the strike on Friday.", "082"),
    ("Kazakh oil workers said they will not end the strike.", "1242"),
])
def test_ending_or_refusing_to_end_a_strike_is_political_whoever_strikes(pipeline, text, code):
    from eventwire import code_article

    coded = code_article(text, "2021-01-01", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], [(e.code, e.source) for e in coded.events]


def test_workers_ending_their_shift_is_no_event(pipeline):
    from eventwire import code_article

    coded = code_article("Indian coal workers ended their shift early on Friday.", "2021-01-01", pipeline=pipeline)
    assert not coded.events, [(e.code, e.source) for e in coded.events]


@pytest.mark.parametrize("text, domain, terms", [
    ("The singer's new album and the band's tour.", "arts", ("album", "band", "singer")),  # possessives
    ("Shareholders and analysts welcomed the merger.", "business", ("analysts", "merger", "shareholders")),
    ("A clinical trial of the enzyme.", "science", ("clinical trial", "enzyme")),  # the longer term, not also "trial"
    ("The tenor tired; the conductor and the surtitles did not.", "arts", ("conductor", "surtitles", "tenor")),
    ("The perfumer's new eau de parfum opens on top notes of bergamot.", "beauty", ("eau de parfum", "perfumer", "top notes")),
])
def test_topic_terms_match_whole_words_plural_and_possessive(text, domain, terms):
    assert load_topics().domain_of(text, threshold=1) == (domain, terms)


@pytest.mark.parametrize("text", [
    "Senegal beat Cameroon 2-1 in a friendly in Paris on Saturday.",
    "Ghana thrashed Nigeria 3–0 in Accra on Sunday.",
])
def test_a_win_by_a_final_score_is_no_assault(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert not coded.events, coded.events


@pytest.mark.parametrize("text", [
    "Rebels beat two soldiers to death in Goma on Saturday.",
    "The Supreme Court ruled 5-4 that the government had illegally detained the activists.",
])
def test_numbers_that_are_no_score_leave_the_event(pipeline, text):
    assert code_article(text, "2024-05-02", pipeline=pipeline).events


def _party(code, country, role, kind="role"):
    return Actor(code=code, text=code, start=0, end=1, country=country, role=role, kind=kind, rule="t")


@pytest.mark.parametrize("source, target, dropped", [
    (_party("NGAGOV", "NGA", "GOV"), _party("NGAGOV", "NGA", "GOV"), True),   # a minister directs a regulator
    (_party("BOLMIL", "BOL", "MIL"), _party("BOLMIL", "BOL", "MIL"), True),   # a commander orders his troops
    (_party("GOV", None, "GOV"), _party("GOV", None, "GOV"), True),           # "the ministry directed the regulator"
    (_party("NGAGOV", "NGA", "GOV"), _party("NGA", "NGA", None, "country"), True),  # a state body the tables lack
    (_party("USAGOV", "USA", "GOV"), _party("IRNGOV", "IRN", "GOV"), False),  # an order to another state
    (_party("THACOP", "THA", "COP"), _party("THAOPP", "THA", "OPP"), False),  # police order an opposition leader
    (_party("GBRJUD", "GBR", "JUD"), _party("", None, None, "person"), False),  # a court orders a person
    (_party("KENJUD", "KEN", "JUD"), _party("KENGOV", "KEN", "GOV"), False),  # a court orders the government
])
def test_a_bare_order_between_organs_of_one_state_is_administration(source, target, dropped):
    assert internal_directive("100", "frame:order", source, target) is dropped


def test_an_order_naming_an_act_is_that_act():
    ngagov = _party("NGAGOV", "NGA", "GOV")
    assert not internal_directive("1721", "frame:order", ngagov, ngagov)  # "ordered the paper to suspend publication"
    assert not internal_directive("100", "verb", ngagov, ngagov)  # a demand, not an order


def test_an_order_to_the_states_own_troops_is_dropped_in_an_article():
    text = ("Army chief orders troops back\n\nLA PAZ (AP) — Bolivia's new army commander, General Jose Sanchez, on "
            "Wednesday ordered all mobilized troops to return to their barracks. Bolivian soldiers had surrounded the "
            "palace earlier in the day.")
    coded = code_article(text, "2024-06-27")
    assert not [e for e in coded.events if e.code == "100"], [(e.code, e.source.code, e.target and e.target.code)
                                                             for e in coded.events]
