"""Clean stage: every rule on tiny hand-built texts, the seed article, and properties."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import byline_place, clean, credit_line, inline_credit, match_dateline, to_dateline
from eventwire.records import Article

BODY = "The foreign ministers of two countries met on Tuesday and agreed to resume talks."


def structure(text: str, title: str | None = None):
    s = clean(Article(text=text, title=title))
    for seg in s.segments:
        assert text[seg.start:seg.end] == seg.text
    for cap in s.captions:
        assert text[cap.start:cap.end] == cap.text
    return s


def kinds(text: str, title: str | None = None) -> list[str]:
    return [s.kind for s in structure(text, title).segments]


# --- golden: the seed article ---------------------------------------------------------

def test_seed_structure(shared):
    text = (shared / "seed" / "jpost-2015-11-france-russia.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "gold" / "seed.expected.json").read_text(encoding="utf-8"))["structure"]
    s = structure(text)
    assert s.headline == gold["headline"]
    assert s.subheadline == gold["subheadline"]
    assert [(c.text, c.credit) for c in s.captions] == [(c["text"], c["credit"]) for c in gold["captions"]]
    assert s.body[0].text.startswith(gold["body_starts_with"])
    assert s.body_start == text.index(gold["body_starts_with"])
    assert "repeat" in [seg.kind for seg in s.segments]
    assert not any(c["text"] in seg.text for seg in s.body for c in gold["captions"])


# --- headline and subheadline -----------------------------------------------------------

def test_headline_and_subheadline():
    text = f"Leaders meet in Geneva\n\nTalks focus on aid to Sudan\n\n{BODY}\n"
    s = structure(text)
    assert s.headline == "Leaders meet in Geneva"
    assert s.subheadline == "Talks focus on aid to Sudan"
    assert kinds(text) == ["headline", "subheadline", "body"]


def test_no_headline_when_text_starts_with_a_sentence():
    text = f"{BODY}\nThe talks will resume in Cairo next month, officials said.\n"
    s = structure(text)
    assert s.headline is None and s.subheadline is None
    assert kinds(text) == ["body", "body"]


def test_headline_from_title_even_with_final_period():
    text = f"Ministers meet. Talks resume.\n\n{BODY}\n"
    assert structure(text).headline is None
    s = structure(text, title="Ministers meet. Talks resume.")
    assert s.headline == "Ministers meet. Talks resume."
    assert kinds(text, title="Ministers meet. Talks resume.")[0] == "headline"


def test_title_not_in_text_is_the_headline_without_a_segment():
    text = f"{BODY}\n"
    s = structure(text, title="Some title")
    assert s.headline == "Some title"
    assert kinds(text, title="Some title") == ["body"]


def test_sentence_second_line_is_body_without_dateline():
    text = f"Leaders meet in Geneva\nThe talks ended on Tuesday.\n{BODY}\n"
    s = structure(text)
    assert s.subheadline is None
    assert kinds(text) == ["headline", "body", "body"]


def test_sentence_second_line_is_subheadline_before_a_dateline():
    text = f"Leaders meet in Geneva\nThe talks ended on Tuesday.\nGENEVA (AFP) - {BODY}\n"
    assert structure(text).subheadline == "The talks ended on Tuesday."


# --- datelines --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, place, agency, date_text",
    [
        ("MOSCOW (Reuters) - Putin met", "MOSCOW", "Reuters", None),
        ("PARIS, Nov 26 (AFP) \u2014 Hollande said", "PARIS", "AFP", "Nov 26"),
        ("WASHINGTON \u2014 The president said", "WASHINGTON", None, None),
        ("KYIV, Ukraine \u2014 Drones hit", "KYIV, Ukraine", None, None),
        ("NEW YORK, March 3, 2024 (AP) -- Talks", "NEW YORK", "AP", "March 3, 2024"),
        ("ST. PETERSBURG (Reuters) - Talks", "ST. PETERSBURG", "Reuters", None),
        ("Geneva (eventwire) - Talks", "Geneva", "eventwire", None),
        ("Brussels, Oct. 14 (eventwire) - Talks", "Brussels", "eventwire", "Oct. 14"),
        ("ADDIS ABABA, Ethiopia, 12 May (AU) \u2013 Talks", "ADDIS ABABA, Ethiopia", "AU", "12 May"),
        ("KABUL (Pajhwok): President Ghani met", "KABUL", "Pajhwok", None),
        ("KABUL (Pajhwok) : The OIC condemned", "KABUL", "Pajhwok", None),
        ('WASHINGTON (AP) " President Trump granted', "WASHINGTON", "AP", None),
        ("Tehran, March 15, IRNA - The speaker condemned", "Tehran", "IRNA", "March 15"),
        ("TOKYO/SEOUL, Aug 14 (Reuters) - Japan froze", "TOKYO/SEOUL", "Reuters", "Aug 14"),  # filed from two places
        ("CARACAS / BUENOS AIRES \u2014 Argentina recognised", "CARACAS / BUENOS AIRES", None, None),  # spaced
        ("SÃO PAULO (Reuters) - Brazil's president", "SÃO PAULO", "Reuters", None),  # capitals beyond ASCII
        ("ASUNCIÓN, Paraguay (AP) — Paraguay's senate", "ASUNCIÓN, Paraguay", "AP", None),
    ],
)
def test_dateline_forms(line, place, agency, date_text):
    m = match_dateline(line)
    assert m is not None
    d = to_dateline(m)
    assert (d.place, d.agency, d.date_text) == (place, agency, date_text)


@pytest.mark.parametrize(
    "line",
    [
        "Moscow has accused Kyiv of shelling the plant.",
        "Paris - the city of light - hosted the talks.",
        "PARIS-based groups said they would protest.",
        "Washington said on Tuesday it would send aid.",
        "NATO allies met in Brussels.",
        "Geneva talks - a turning point?",
        "A - B",
        "NATO: the alliance said it would meet.",
        "WARNING: the content below is graphic.",
        'NATO (the alliance) "will meet", it said.',
        "Iran, Iraq and Syria - three neighbours - met.",
        "NATO / EU leaders - a joint statement followed.",  # a slash between acronyms in a sentence, no dateline
    ],
)
def test_not_a_dateline(line):
    assert match_dateline(line) is None


def test_body_starts_after_dateline():
    text = f"Leaders meet\n\nGENEVA (eventwire) - {BODY}\n"
    s = structure(text)
    assert s.dateline is not None and s.dateline.place == "GENEVA"
    assert s.dateline.text == "GENEVA (eventwire) -"
    assert s.body[0].text == BODY
    assert kinds(text) == ["headline", "dateline", "body"]


def test_a_later_dateline_is_not_the_storys_and_not_text():
    text = f"Leaders meet\n\n{BODY}\nThe talks will resume in Cairo next month, officials said.\nMOSCOW (Reuters) - {BODY}\n"
    s = structure(text)
    assert s.dateline is None
    assert kinds(text) == ["headline", "body", "body", "dateline", "body"]
    assert not any("MOSCOW" in b.text for b in s.body)


def test_a_dateline_after_a_byline_left_in_the_body_is_the_storys():
    text = f"Leaders meet\n\nBy Ana Cruz\nManila Daily / 05:32 AM August 07, 2023\n\nMANILA, Philippines — {BODY}\n"
    s = structure(text)
    assert s.dateline is not None and s.dateline.place == "MANILA, Philippines"
    assert s.body[-1].text == BODY


@pytest.mark.parametrize("head", [
    "The talks ended on Tuesday without a deal.\nBy Ana Cruz\nUpdated 11 March 2025\n",  # standfirst, byline, time stamp
    "By Ana Cruz\n2024.03.28\nPhoto: A coast guard vessel fires a water cannon at a supply boat near the shoal, "
    "March 23, 2024. [Armed Forces handout]\n",  # a picture's line the page labels
    "Le Monde with AFP\nPublished on July 31, 2023, at 11:02 am (Paris)\n",
])
def test_a_dateline_after_the_pages_head_is_the_storys(head):
    for opener in ("MANILA \u2014", "MANILA:", "MANILA\n"):
        text = f"Leaders meet\n\n{head}\n{opener} {BODY}\n"
        s = structure(text)
        assert s.dateline is not None and s.dateline.place == "MANILA", (opener, head)
        assert s.body[-1].text == BODY


def test_a_dateline_after_two_paragraphs_of_a_story_is_not_the_storys():
    text = f"Leaders meet\n\nBy Ana Cruz\n\n{BODY}\nThe talks will resume in Cairo next month.\nMOSCOW (Reuters) - {BODY}\n"
    assert structure(text).dateline is None


@pytest.mark.parametrize("line", ["Photo: Troops patrol the border near the village of Banjska on Sunday, September 24, 2023.",
                                  "Caption: Protesters outside the parliament in Nairobi on June 25, 2024. (Photo: AFP)",
                                  "Image: The damaged gate of the embassy building in Quito, a day after the raid, on April 6."])
def test_a_line_labelled_as_a_picture_is_a_caption(line):
    assert kinds(f"Leaders meet\n\n{line}\n\n{BODY}\n") == ["headline", "caption", "body"]


def test_dateline_alone_on_a_line():
    text = f"Leaders meet\n\nMOSCOW (Reuters) -\n{BODY}\n"
    assert kinds(text) == ["headline", "dateline", "body"]


# --- captions and credits -----------------------------------------------------------------

@pytest.mark.parametrize(
    "line, caption, credit",
    [
        ("Putin (R) and Hollande  (photo credit: REUTERS)", "Putin (R) and Hollande", "REUTERS"),
        ("Protesters march in Paris. Photo: AFP", "Protesters march in Paris.", "AFP"),
        ("Police guard the embassy (Reuters photo)", "Police guard the embassy", "Reuters"),
        ("Troops on parade. Image credit: Getty Images", "Troops on parade.", "Getty Images"),
        ("Ministers pose in Geneva, March 3, 2024. REUTERS/Jane Doe", "Ministers pose in Geneva, March 3, 2024.",
         "REUTERS/Jane Doe"),
        ("A ship at sea (Credit: Navy handout)", "A ship at sea", "Navy handout"),
        ("The president speaks with fishermen in Natuna on Wednesday. (Courtesy of Presidential Press Bureau)",
         "The president speaks with fishermen in Natuna on Wednesday.", "Presidential Press Bureau"),
    ],
)
def test_inline_caption_credits(line, caption, credit):
    s = structure(f"Headline here\n\n{line}\n{BODY}\n")
    assert [(c.text, c.credit) for c in s.captions] == [(caption, credit)]
    assert kinds(f"Headline here\n\n{line}\n{BODY}\n") == ["headline", "caption", "body"]


@pytest.mark.parametrize(
    "credit_text, name",
    [("(photo credit: REUTERS)", "REUTERS"), ("Photo: AFP", "AFP"), ("Image credit: EPA", "EPA"), ("(AP photo)", "AP"),
     ("REUTERS", "REUTERS"),
     # photographer and agency alone on the line (NPR, The Washington Post)
     ("Lena Marsh/AFP via Getty Images", "Lena Marsh/AFP via Getty Images"), ("Tom Ruiz/Getty Images", "Tom Ruiz/Getty Images")],
)
def test_caption_followed_by_credit_line(credit_text, name):
    text = f"Headline here\n\nTwo leaders shake hands in the Kremlin\n{credit_text}\n{BODY}\n"
    s = structure(text)
    assert [(c.text, c.credit) for c in s.captions] == [("Two leaders shake hands in the Kremlin", name)]
    assert kinds(text) == ["headline", "caption", "credit", "body"]
    assert s.credits == (credit_text,)


def test_file_photo_caption():
    text = f"Headline here\n\nFILE PHOTO: Soldiers patrol a street in Kyiv\n{BODY}\n"
    s = structure(text)
    assert [c.text for c in s.captions] == ["FILE PHOTO: Soldiers patrol a street in Kyiv"]


def test_position_marker_caption():
    text = f"Headline here\n\nThe French president (L) and the Russian president (R) at the Kremlin\n{BODY}\n"
    assert kinds(text) == ["headline", "caption", "body"]


def test_a_record_made_only_of_a_caption_is_its_body():
    # a one-line record that reads like a caption is the report itself: nothing else is left to code
    line = "The French president (L) holds talks with the Russian president at the Kremlin on April 24, 2018."
    s = structure(line)
    assert s.captions == () and [seg.text for seg in s.body] == [line]


def test_a_nickname_in_quotation_marks_does_not_make_a_caption_a_quotation():
    line = 'President Joko "Jokowi" Widodo (center) speaks with fishermen at Selat Lampa port on Wednesday.'
    assert kinds(f"Headline here\n\n{line}\n{BODY}\n") == ["headline", "caption", "body"]


def test_position_marker_in_quoted_body_sentence_is_body():
    line = '"We agreed (R) to work together," the minister said.'
    assert kinds(f"Headline here\n\n{BODY}\n{line}\n") == ["headline", "body", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Lena Hart; Editing by Omar Said",
        "Reporting by Lena Hart in Geneva and Omar Said in Cairo",
        "Writing by Lena Hart",
        "Additional reporting by Omar Said",
        "\u00a9 2015 Reuters",
        "Copyright 2024 Example Wire. All rights reserved.",
        "(c) 2020 Example Wire",
        "By Lena Hart and Omar Said",
        "By LENA HART, Example Wire",
        "Lena Hart, Omar Said | Example Wire | Pristina, Belgrade | September 30, 2021 21:15",
    ],
)
def test_production_credit_lines(line):
    text = f"Headline here\n\n{BODY}\n{line}\n"
    s = structure(text)
    assert kinds(text) == ["headline", "body", "credit"]
    assert s.credits == (line,)
    assert s.captions == ()


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the BBC showed that the ministers had met twice before.",
        "Reporting by Reuters journalists revealed abuses in the prison.",
        "Copyright laws were debated in parliament on Tuesday.",
        "The photo credit went to a local journalist, officials said.",
        "Photographs of the meeting were released by the Kremlin on Tuesday.",
        "By Tuesday the talks had collapsed.",
        "By the end of the week, both sides had agreed to a truce.",
        "The ceasefire in Israel/Gaza held on Tuesday.",  # a slash in a sentence
        "Talks | Sanctions | Protests in 2021 were the themes the ministers said they discussed",  # lower-case words
    ],
)
def test_body_sentences_that_are_not_credits(line):
    assert kinds(f"Headline here\n\n{BODY}\n{line}\n") == ["headline", "body", "body"]


@pytest.mark.parametrize("line", ["The minister spoke to the AP", "Officials declined to comment, AFP reported"])
def test_agency_name_ending_a_body_line_is_not_a_credit(line):
    assert inline_credit(line) is None
    assert kinds(f"Headline here\n\n{BODY}\n{line}\n") == ["headline", "body", "body"]


def test_agency_byline_after_a_sentence_does_not_make_a_caption():
    text = f"Headline here\n\n{BODY}\nThe talks will resume next week, officials said.\nAFP\n"
    s = structure(text)
    assert s.captions == ()
    assert kinds(text) == ["headline", "body", "body", "credit"]


def test_byline_after_headline_is_not_a_subheadline():
    text = f"Leaders meet in Geneva\nBy Lena Hart\n\nGENEVA (AFP) - {BODY}\n"
    assert kinds(text) == ["headline", "credit", "dateline", "body"]


@pytest.mark.parametrize("lead", [
    "President Ilham Aliyev met President Vladimir Putin in Dushanbe on October 9, Trend reports.",
    "The two ministers signed the agreement in Beijing on Monday, Xinhua reported.",
])
def test_a_lead_that_cites_its_agency_is_no_caption_of_the_photo_credit_after_it(lead):
    text = f"Headline here\n\nBaku, Azerbaijan, October 9\n\n{lead}\n\nPhoto: Press service of the President\n\n{BODY}\n"
    s = structure(text)
    assert s.captions == () and any(seg.kind == "body" and seg.text == lead for seg in s.segments), s.segments


@pytest.mark.parametrize("head", ["HAITI TALKS", "Days of deadly clashes", "Israel, US dismiss Arab plan"])
def test_a_short_line_between_two_paragraphs_is_a_crosshead(head):
    text = f"Headline here\n\n{BODY}\n\n{head}\n\nThe talks will resume next week, officials said.\n"
    s = structure(text)
    assert [seg.text for seg in s.segments if seg.kind == "crosshead"] == [head], s.segments
    assert head not in " ".join(seg.text for seg in s.body)


@pytest.mark.parametrize("line", [
    "The talks will resume next week, officials said.",  # a sentence
    "Police arrested at least 40 people in the capital and two other cities on Monday night",  # long
    "and then the talks broke down",  # lower case: a paragraph's broken line
])
def test_a_sentence_or_a_long_line_between_paragraphs_is_no_crosshead(line):
    text = f"Headline here\n\n{BODY}\n\n{line}\n\nThe talks will resume next week, officials said.\n"
    assert not [seg for seg in structure(text).segments if seg.kind == "crosshead"]


def test_production_credit_does_not_make_previous_line_a_caption():
    text = f"Headline here\n\n{BODY}\nThe talks will resume next week\nReporting by Lena Hart; Editing by Omar Said\n"
    s = structure(text)
    assert s.captions == ()
    assert kinds(text)[-1] == "credit"


# --- repeats ----------------------------------------------------------------------------

def test_caption_given_twice_is_one_caption():
    cap = "Russia's president (R) and his French counterpart"
    text = f"Headline here\n\n{cap}  (photo credit: REUTERS)\n{cap}\n(photo credit: REUTERS)\n{BODY}\n"
    s = structure(text)
    assert [(c.text, c.credit) for c in s.captions] == [(cap, "REUTERS")]
    assert kinds(text) == ["headline", "caption", "repeat", "credit", "body"]


def test_repeat_with_credit_second_fills_caption_credit():
    cap = "FILE PHOTO: Soldiers patrol a street in Kyiv"
    text = f"Headline here\n\n{cap}\n{BODY}\n{cap} Photo: AFP\n"
    s = structure(text)
    assert [(c.text, c.credit) for c in s.captions] == [(cap, "AFP")]
    assert kinds(text) == ["headline", "caption", "body", "repeat"]


def test_repeated_body_line_is_repeat_and_short_lines_are_not():
    text = f"Headline here\n\n{BODY}\nYes.\n{BODY}\nYes.\n"
    assert kinds(text) == ["headline", "body", "body", "repeat", "body"]


def test_headline_repeated_in_text():
    text = f"Leaders meet in Geneva today\n\nLeaders meet in Geneva today\n{BODY}\n"
    assert kinds(text) == ["headline", "repeat", "body"]


# --- boilerplate and paragraphs -------------------------------------------------------------

@pytest.mark.parametrize(
    "line", ["Advertisement", "Read more: Talks collapse in Geneva", "Share this article", "Click here to subscribe",
             "Sign up for our newsletter", "Story continues below advertisement",
             "Read: Kyagulanyi accuses NRM of buying off NUP legislators", "Also read: Minister says talks will resume",
             "Read also: Zelensky says Ukraine ready to exchange prisoners", "More on Mozambique:", "Share", "Save",
             "Keep reading", "list 1 of 3", "Also Read - Envoys meet in Dhaka: talks on minorities",
             "READ MORE | Floods hit Kenya's coast", "Read more \u2014 Kenya recalls envoy",
             "READ MORE HERE: Summit a big step forward", "Read in Daily Maverick: \"Junta bets on Moscow\"",
             "Related Topics: Salisbury poisonings", "Related Stories", "RELATED ARTICLE",
             "Opinion: Canada is right to take sides in Venezuela \u2013 but it must do more than talk",
             "ANALYSIS | What the deal means for the border"],
)
def test_boilerplate(line):
    assert kinds(f"Headline here\n\n{BODY}\n{line}\n{BODY} Again.\n") == ["headline", "body", "boilerplate", "body"]


@pytest.mark.parametrize("line", [
    "Click here, the minister said, was what the hackers wrote in the email sent to officials on Monday.",
    "Read the full statement here, the ministry said on Monday.",
    "Related talks will open in Geneva next week, officials said.",
    "Read in full, the statement accused Kenya of violating the accord, officials said on Monday.",
    "Reading - the town west of London - voted to keep its council, officials said on Monday.",
    "Analysis: the ministry found that the talks had stalled over the border.",  # a sentence, ended
])
def test_not_boilerplate(line):
    assert kinds(f"Headline here\n\n{BODY}\n{line}\n")[-1] == "body"


def test_hard_wrapped_paragraph_is_one_body_segment():
    text = ("Headline here\n\nThe foreign ministers of France and Germany met in Geneva on\n"
            "Tuesday and agreed to resume talks on aid.\nA second paragraph starts here.\n")
    s = structure(text)
    assert len(s.body) == 2
    assert s.body[0].text.endswith("talks on aid.") and "\n" in s.body[0].text


def test_empty_and_blank_text():
    assert structure("").segments == ()
    assert structure(" \n\n \t\n").segments == ()


def test_credit_helpers_find_nothing_in_plain_sentences():
    assert inline_credit(BODY) is None
    assert credit_line(BODY) is None


# --- properties ---------------------------------------------------------------------------

_lines = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["", "   ", "Advertisement", "(photo credit: REUTERS)", "Putin (R) and Hollande", "MOSCOW (Reuters) - x",
                     "Reporting by A; Editing by B", "FILE PHOTO: x", BODY, "Headline", "\u00a9 2015", "PARIS, Nov 26 (AFP) \u2014"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_lines, max_size=12), st.one_of(st.none(), st.text(max_size=30)))
def test_clean_properties(lines, title):
    text = "\n".join(lines)
    s = clean(Article(text=text, title=title))
    pos = -1
    for seg in s.segments:
        assert text[seg.start:seg.end] == seg.text and seg.text.strip()
        assert seg.start > pos
        pos = seg.end - 1
    for cap in s.captions:
        assert text[cap.start:cap.end] == cap.text
    # every non-blank line is covered by a segment, in order
    offset = 0
    for raw in text.split("\n"):
        if raw.strip():
            start = offset + len(raw) - len(raw.lstrip())
            assert any(seg.start <= start < seg.end for seg in s.segments), raw
        offset += len(raw) + 1
    assert s.body_start is None or text[s.body_start:].strip()



@pytest.mark.parametrize("line, place", [
    ("By Gbenga Adeyemi, Abuja", "Abuja"), ("By Staff Reporter, New Delhi", "New Delhi"),
    ("By Lena Hart and Omar Said", None), ("The army said on Monday, in Abuja", None),
])
def test_a_byline_with_a_place_says_where_the_story_was_written(line, place):
    found = byline_place(line)
    assert (found.place if found else None) == place


def test_the_byline_place_is_the_dateline_only_where_there_is_none():
    text = "Border shut\n\nBy Ada Obi, Abuja\n\nThe government closed the border on Monday.\n"
    assert clean(Article(text=text, id="b")).dateline.place == "Abuja"
    text = "Border shut\n\nBy Ada Obi, Abuja\n\nLAGOS, May 3 (Reuters) - The government closed the border.\n"
    assert clean(Article(text=text, id="b")).dateline.place == "LAGOS"


# --- outlet layouts: datelines without a dash, captions with bracketed credits, time stamps ------

@pytest.mark.parametrize("text, place", [
    (f"Leaders meet\n\nISLAMABAD: {BODY}\n", "ISLAMABAD"),  # Dawn, The Times of India, Gulf News
    (f"Leaders meet\n\nNEW DELHI: {BODY}\n", "NEW DELHI"),
    (f"Leaders meet\n\nANKARA\n{BODY}\n", "ANKARA"),  # Anadolu, The Hindu: the place alone on a line
    (f"Leaders meet\n\nNew Delhi: {BODY}\n", "New Delhi"),  # Hindustan Times: the place in title case
    (f"Leaders meet\n\nAbu Dhabi: {BODY}\n", "Abu Dhabi"),
    (f"Leaders meet\n\nMombasa, Kenya: {BODY}\n", "Mombasa, Kenya"),  # with its state (Dhaka Tribune)
])
def test_a_known_place_before_a_colon_or_alone_is_the_dateline(text, place):
    s = structure(text)
    assert s.dateline is not None and s.dateline.place == place
    assert s.body[0].text == BODY


@pytest.mark.parametrize("text", [
    f"Leaders meet\n\nWARNING: {BODY}\n",  # not a place
    f"Leaders meet\n\nNATO: {BODY}\n",
    f"Leaders meet\n\n{BODY}\nMOSCOW: {BODY}\n",  # not before the story's first sentence
    f"Leaders meet\n\nWarning: {BODY}\n",
    f"Leaders meet\n\nUpdate: {BODY}\n",
    f"Leaders meet\n\nMeanwhile, Kenya: {BODY}\n",  # a state after a word that is no place
    f"Leaders meet\n\n{BODY}\nNew Delhi: {BODY}\n",
])
def test_no_dateline_from_a_colon_without_a_known_place_first(text):
    assert structure(text).dateline is None


@pytest.mark.parametrize("line, credit", [
    ("Tuggar with Tiani in Niamey on Monday. [PHOTO CREDIT: @NigeriaMFA]", "@NigeriaMFA"),
    ("Fishermen released from a jail arrive at the border in Amritsar. (File photo: PTI)", "PTI"),
    ("Xi Jinping holds talks with the Sri Lankan president in Beijing, Jan. 15, 2025. (Xinhua/Yan Yan)", "Xinhua/Yan Yan"),
    ("Prisoners of war after an exchange on Oct. 18, 2024. (Volodymyr Zelensky/Telegram)", "Volodymyr Zelensky/Telegram"),
    ("The former president greets supporters from her balcony. | Foto: NA", "NA"),
    ("A passionfruit pavlova. Photograph: Tom Ashby. Food styling: Jess Moore", "Tom Ashby. Food styling: Jess Moore"),
])
def test_more_caption_credit_forms(line, credit):
    found = inline_credit(line)
    assert found is not None and found.name == credit


@pytest.mark.parametrize("line, credit", [
    ("Riot police guard the gate in Kampala on June 10, 2025. PHOTO | JOSEPH KIGGUNDU | NMG", "JOSEPH KIGGUNDU | NMG"),
    ("Displaced women queue for food at a camp in Tawila in July 2025 [File: Reuters]", "Reuters"),
    ("Talks in Geneva on Monday [AFP]", "AFP"),
    ("Rescue workers search the rubble in Mandalay. \u00a9 UNICEF/Myo Zaw Lin", "UNICEF/Myo Zaw Lin"),
    ("The prison in Allouez, where 140 officers called in sick this week. STATE JOURNAL ARCHIVES", "STATE JOURNAL ARCHIVES"),
    ("The opposition leader speaks to supporters in Kampala. REUTERS/Stringer/File Photo Purchase Licensing Rights, "
     "opens new tab", "REUTERS/Stringer/File Photo"),
    ("The leader arrives at the courthouse on Monday, 31 March 2025. Copyright AP Photo/Jane Doe", "AP Photo/Jane Doe"),
    ("The two presidents attend a ceremony in Cairo on February 14, 2024. (Ali Veli - Anadolu Agency)",
     "Ali Veli - Anadolu Agency"),
])
def test_outlet_caption_credit_forms(line, credit):
    found = inline_credit(line)
    assert found is not None and found.name == credit


@pytest.mark.parametrize("line", [
    "The minister said the deal was done. (Reuters - Tuesday)",  # a dash in brackets, but no agency or photo
    "He said the copyright law was passed.",
    "He said the deal was done. NATO",  # one word in capitals after a sentence: story text
    "He spoke to the UN. The US and UK agreed.",
    "The ruling was upheld [sic]",  # a sentence's own bracket
    "Support for the plan is growing | analysis",  # a pipe without a photo word
])
def test_story_lines_that_look_like_credits_are_not(line):
    assert inline_credit(line) is None


@pytest.mark.parametrize("line", [
    "Image caption, Protesters burned tyres in Maputo on Thursday",  # BBC pages
    "[Photo caption: Rescuers gather at the scene of the explosion in Kerman on Wednesday.]",
])
def test_a_line_labelled_as_a_caption_is_one(line):
    s = structure(f"Headline here\n\n{line}\n\n{BODY}\n")
    assert [c.text for c in s.captions] == [line], s.captions


def test_a_credit_above_its_caption_makes_it_one():
    """BBC pages put the picture's credit over its caption, which has no full stop."""
    text = f"Headline here\n25 October 2024\nBBC News, Maputo\n\nGetty Images\nProtesters burned tyres in Maputo on Thursday\n\n{BODY}\n"
    s = structure(text)
    assert [(c.text, c.credit) for c in s.captions] == [("Protesters burned tyres in Maputo on Thursday", "Getty Images")]


def test_a_credit_line_under_a_caption_credits_it_and_not_the_story_below():
    text = f"Headline here\n\nSupporters flee tear gas in Maputo on October 24, 2024.\nPhoto by Jose Machava / AFP\n\n{BODY}\n"
    s = structure(text)
    assert [c.text for c in s.captions] == ["Supporters flee tear gas in Maputo on October 24, 2024."]
    assert kinds(text)[-1] == "body"


@pytest.mark.parametrize("line", [
    "The deal was backed in a poll (Reuters/Ipsos).",  # a sentence's own bracket, not a credit
    "He said talks would resume (see Reuters/Ipsos)",
])
def test_a_bracketed_source_inside_a_sentence_is_no_credit(line):
    assert inline_credit(line) is None


def test_time_stamps_are_page_furniture_and_headlines_are_not():
    text = ("Leaders meet in Geneva\n\nBY ANA CRUZ\nPublished January 2, 2024\n2025-01-15 21:03:47\n"
            f"October 18, 2024 5:12 PM\n2 min read\n\n{BODY}\n")
    s = structure(text)
    assert s.headline == "Leaders meet in Geneva" and s.credits == ("BY ANA CRUZ",)
    assert [b.text for b in s.body] == [BODY]
    assert structure(f"UN at 75\n\n{BODY}\n").headline == "UN at 75"  # no year, no time: no stamp


def test_a_headline_over_its_agency_name_is_no_caption():
    s = structure(f"Niger junta, Nigeria sign security accord\nAFP\n\n{BODY}\n")
    assert s.headline == "Niger junta, Nigeria sign security accord" and not s.captions


def test_a_byline_job_title_is_no_dateline():
    assert byline_place("By Priya Natarajan, Senior Mobile Editor") is None
    assert byline_place("By Gbenga Adeyemi, Abuja") is not None


def test_a_press_releases_place_and_date_line_is_its_dateline():
    text = f"Government condemns detention of fishermen\nPRESS STATEMENT\nGeorgetown, May 19, 2025\n\n{BODY}\n"
    s = structure(text)
    assert s.dateline is not None and s.dateline.place == "Georgetown"
    assert kinds(text)[-3:] == ["boilerplate", "dateline", "body"]


@pytest.mark.parametrize("line", [
    "Georgetown, May 19, 2025",  # a place is no run of time-zone letters
    "23 April 2025 Peace and Security",
])
def test_a_line_with_a_date_and_words_is_no_time_stamp(line):
    from eventwire.clean import is_boilerplate
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Friday, October 25th 2024 - 09:47 UTC",
    "Published: 14:22 EDT, 9 April 2025 | Updated: 16:05 EDT, 9 April 2025",
    "October 11, 2019 \u2014 12.00am",
])
def test_more_time_stamps(line):
    from eventwire.clean import is_boilerplate
    assert is_boilerplate(line)


# --- conflict records: a UCDP-style dyad label -------------------------------------------

@pytest.mark.parametrize("text, label, body", [
    ("Government of Sudan - RSF: SAF and RSF fought near Omdurman", "Government of Sudan - RSF:", "SAF and RSF fought near Omdurman"),
    ("Government of Somalia \u2013 al-Shabaab: fighting near Bulo Burde", "Government of Somalia \u2013 al-Shabaab:",
     "fighting near Bulo Burde"),
])
def test_a_records_dyad_label_is_labelled(text, label, body):
    s = structure(text)
    assert [(seg.kind, seg.text) for seg in s.segments] == [("dyad", label), ("body", body)]


@pytest.mark.parametrize("text", [
    "Israel - Hamas: the ceasefire holds",  # no side named as UCDP names a government
    "Government of Sudan said the RSF had fought near Omdurman.",  # no label
])
def test_no_dyad_label_without_one(text):
    assert "dyad" not in [seg.kind for seg in structure(text).segments]


@pytest.mark.parametrize("line, place, date", [
    ("NEW DELHI, AUGUST 28, 2017 13:42 IST", "NEW DELHI", "AUGUST 28, 2017"),  # The Hindu: capitals, filing time
    ("Chennai, Aug. 28, 2017, 1:42 p.m. IST", "Chennai", "Aug. 28, 2017"),
    ("Paris, 12 June 2018", "Paris", "12 June 2018"),
])
def test_a_papers_place_date_and_filing_time_alone_on_a_line_is_its_dateline(line, place, date):
    s = structure(f"Headline of the story here\n\n{line}\n\n{BODY}\n")
    assert s.dateline is not None and (s.dateline.place, s.dateline.date_text) == (place, date)


@pytest.mark.parametrize("line", [
    "India, China agree, 28 ways to talk",  # no month
    "NEW DELHI, THE 28TH OF AUGUST",
])
def test_a_line_of_places_and_numbers_is_no_dateline(line):
    assert structure(f"Headline of the story here\n\n{line}\n\n{BODY}\n").dateline is None


def test_a_dateline_with_the_year_after_a_slash():
    s = structure(f"Headline of the story here\n\nAddis Abeba, November 02/2022 - {BODY}\n")
    assert s.dateline is not None and (s.dateline.place, s.dateline.date_text) == ("Addis Abeba", "November 02/2022")
    from eventwire.dates import dateline_date
    assert str(dateline_date(s.dateline)) == "2022-11-02"
    assert s.segments[-1].text == BODY


@pytest.mark.parametrize("line, agency", [
    ("SINGAPORE, June 12 Kyodo - ", "Kyodo"),  # Kyodo News: the agency bare after the date
    ("SEOUL, June 12 Yonhap -- ", "Yonhap"),
])
def test_an_agency_named_bare_after_the_datelines_date(line, agency):
    s = structure(f"Headline of the story here\n\n{line}{BODY}\n")
    assert s.dateline is not None and s.dateline.agency == agency and s.segments[-1].text == BODY


def test_words_after_a_datelines_date_without_a_dash_are_the_story():
    assert match_dateline("PARIS, June 12 The president said on Monday - that") is None
