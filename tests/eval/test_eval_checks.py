"""Seed-only checks: forbidden output, quotes with speakers, structure."""
from __future__ import annotations

from evalkit import actor, coded, doc, event, gold_event, gold_file

from eventwire.eval.gold import GoldCaption, GoldQuote, GoldStructure
from eventwire.eval.score import check_forbidden, check_quotes, check_structure, same_actor_code, score
from eventwire.records import Caption, Quote, Segment, Structure

CAP = "Leader A and leader B"
TEXT = f"Head\n{CAP} (photo credit: AGENCY)\n{CAP}\nBody: A met B.\n\"Me and B talked,\" A said."
BODY = TEXT.index("Body")
QSTART = TEXT.index('"Me')
STRUCT = GoldStructure("Head", None, (GoldCaption(CAP, "AGENCY"),), "Body: A met")
QUOTES = (GoldQuote("Al Pha", "RUSGOV", "Me and B"),)
ALLEGED = gold_event(("18", "19"), (("RUS", None),), (("SYR", "REB"),), kind="acceptable", modality="alleged",
                     gid="alleged")


def seed(*events):
    return gold_file(doc(*events, anchored=True, text=TEXT), fmt="article", structure=STRUCT, quotes=QUOTES,
                     salient_only=True)


def body_event(code="040", src=None, tgt=None, **kw):
    return event(code, src or actor("RUSGOV"), tgt or actor("FRAGOV", name="B"), "Body: A met B.", start=BODY, **kw)


def test_clean_output_has_no_violations():
    assert check_forbidden(coded(body_event(), text=TEXT), seed()) == ()


def test_caption_events_actors_and_credit_are_forbidden():
    second = TEXT.index(CAP, TEXT.index(CAP) + 1)
    ev = event("040", actor("RUSGOV"), actor("FRAGOV"), CAP, start=second)
    v = check_forbidden(coded(ev, text=TEXT), seed())
    assert [x.kind for x in v] == ["caption"]
    credit = actor("AGENCY", country=None, role=None, text="AGENCY")
    v = check_forbidden(coded(text=TEXT, actors=[credit]), seed())
    assert [x.kind for x in v] == ["caption"] and "AGENCY" in v[0].message
    q = Quote("q1", CAP, TEXT.index(CAP), TEXT.index(CAP) + len(CAP), None, None, "x")
    assert [x.kind for x in check_forbidden(coded(text=TEXT, quotes=[q]), seed())] == ["caption"]


def test_caption_located_by_our_structure_too():
    st = Structure(None, None, None, (), (), (Segment("credit", "x", BODY, BODY + 4),))
    v = check_forbidden(coded(body_event(), text=TEXT, structure=st), gold_file(doc(), fmt="article"))
    assert [x.kind for x in v] == ["caption"]


def test_duplicates_and_self_events():
    v = check_forbidden(coded(body_event(), body_event(), text=TEXT), seed())
    assert [x.kind for x in v] == ["duplicate"]
    same = actor("RUSGOV", name="Al Pha")
    v = check_forbidden(coded(body_event(src=same, tgt=same), text=TEXT), seed())
    assert [x.kind for x in v] == ["self"]
    # same code, different persons: not the same actor
    ok = body_event(src=actor("RUSGOV", name="Al Pha"), tgt=actor("RUSGOV", name="Other"))
    assert check_forbidden(coded(ok, text=TEXT), seed()) == ()


def test_asserted_version_of_alleged_only_event_is_forbidden():
    g = seed(ALLEGED)
    asserted = body_event("190", tgt=actor("UKRREB"))
    assert [x.kind for x in check_forbidden(coded(asserted, text=TEXT), g)] == ["modality"]
    alleged = body_event("190", tgt=actor("UKRREB"), modality="alleged")
    assert check_forbidden(coded(alleged, text=TEXT), g) == ()
    not_rebels = body_event("190", tgt=actor("SYRGOV"))
    assert check_forbidden(coded(not_rebels, text=TEXT), g) == ()


def test_quotes_need_text_and_speaker():
    putin = actor("RUSGOV", name="Al Pha")
    good = Quote("q", '"Me and B talked,"', QSTART, QSTART + 18, putin, "A", "said")
    assert [q.status for q in check_quotes(coded(text=TEXT, quotes=[good]), seed())] == ["ok"]
    wrong = Quote("q", '"Me and B talked,"', QSTART, QSTART + 18, actor("FRAGOV", name="Al Pha"), "A", "said")
    assert [q.status for q in check_quotes(coded(text=TEXT, quotes=[wrong]), seed())] == ["wrong-speaker"]
    nobody = Quote("q", '"Me and B talked,"', QSTART, QSTART + 18, None, None, "said")
    assert [q.status for q in check_quotes(coded(text=TEXT, quotes=[nobody]), seed())] == ["wrong-speaker"]
    assert [q.status for q in check_quotes(coded(text=TEXT), seed())] == ["missing"]


def test_a_speaker_is_found_by_any_printing_of_their_name():
    # the gold copies one printing ("Al Pha"); the text may call the speaker "Mr Pha" or "Bet Al Pha"
    def status(name, text, code="RUSGOV"):
        q = Quote("q", '"Me and B talked,"', QSTART, QSTART + 18, actor(code, name=name), text, "said")
        return [c.status for c in check_quotes(coded(text=TEXT, quotes=[q]), seed())]
    assert status("Bet Al Pha", "Mr Pha") == ["ok"]
    assert status(None, "Mr Pha") == ["ok"]
    assert status("Al Pha", "A", code="FRAGOV") == ["wrong-speaker"]  # the right name, the wrong actor
    assert status("Al Beta", "Mr Beta") == ["wrong-speaker"]  # another person of the same actor


def test_structure_checks():
    cap_at = TEXT.index(CAP)
    good = Structure("Head", None, None, (Caption(CAP, "AGENCY", cap_at, cap_at + len(CAP)),), (),
                     (Segment("body", "Body: A met B.", BODY, BODY + 14),))
    assert dict(check_structure(coded(text=TEXT, structure=good), seed())) == {
        "headline": True, "subheadline": True, "captions": True, "body_start": True}
    twice = Structure("Head line", None, None, good.captions * 2, (), ())
    got = dict(check_structure(coded(text=TEXT, structure=twice), seed()))
    assert got == {"headline": False, "subheadline": True, "captions": False, "body_start": False}
    assert not any(ok for _, ok in check_structure(coded(text=TEXT), seed()))


def test_seed_figures_in_result():
    req = gold_event(("04",), (("RUS", "GOV"),), (("FRA", "GOV"),), anchor="A met B", date="2015-11-26")
    r = score(seed(req, ALLEGED), [coded(body_event(date="2015-11-26"), text=TEXT)])
    f = r.figures()
    assert (f["required_recall"], f["forbidden_violations"], f["quotes_found"], f["quotes_total"]) == (1.0, 0, 0, 1)
    assert f["date_accuracy"] == 1.0 and r.to_dict()["precision_note"].startswith("gold lists")


def test_an_organisation_of_states_matches_with_or_without_its_region():
    # the codebook writes the EU IGOEEC, Phoenix IGOEUREEC: the same speaker
    assert same_actor_code("IGOEUREEC", "IGOEEC") and same_actor_code("igoeureec", "IGOEUREEC")
    assert not same_actor_code("IGOEUREEC", "IGOUNO") and not same_actor_code("RUSGOV", "RUS")
    assert not same_actor_code("IGOEEC", "IGOEUREEC")  # the gold's fuller code is not met by a shorter one
