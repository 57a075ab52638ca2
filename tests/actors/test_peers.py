"""Bare-role actors completed from a peer event of the same article (linking robust to partial actors)."""
from __future__ import annotations

from eventwire.actors.peers import complete
from eventwire.records import Actor, Article, CodedArticle, Event, EventDate, Structure


def actor(code: str | None) -> Actor | None:
    if code is None:
        return None
    country = None if len(code) == 3 and code in ("GOV", "MIL", "REB") else {"TUR": "TUR", "GRC": "GRC", "RUS": "RUS"}[code[:3]]
    return Actor(text=code.lower(), code=code, country=country, role=code[-3:] if len(code) > 3 or country is None else None,
                 rule="role" if country is None else "country+role")


def event(i: int, code: str, src: str | None, tgt: str | None) -> Event:
    return Event(
        event_id=f"ev{i}", code=code, root=code[:2], name="x", quad_class=1, goldstein=1.0, plover_type=None,
        plover_mode=None, plover_context=None, source=actor(src), target=actor(tgt), modality="asserted",
        sentence="s", sentence_start=i * 10, sentence_end=i * 10 + 5, cue="verb:x", rule="svo", trigger="x",
        trigger_start=i * 10, trigger_end=i * 10 + 1, confidence=0.5, date=EventDate("2024-12-05", "day", "text"),
    )


def coded(*events: Event) -> CodedArticle:
    return CodedArticle(article=Article(text="t", id="doc"), structure=Structure(None, None, None, (), (), ()),
                        events=events)


def test_bare_role_takes_the_peer_country():
    out = complete(coded(event(1, "040", "TURGOV", "GRCGOV"), event(2, "040", "TURGOV", "GOV"))).events
    assert (out[1].target.code, out[1].target.country, out[1].target.rule) == ("GRCGOV", "GRC", "role+peer")


def test_symmetric_root_reads_either_order():
    out = complete(coded(event(1, "040", "TURGOV", "GRCGOV"), event(2, "040", "GOV", "TURGOV"))).events
    assert out[1].source.code == "GRCGOV"


def test_nothing_when_ambiguous_other_root_or_other_party():
    two = coded(event(1, "040", "TURGOV", "GRCGOV"), event(2, "040", "TURGOV", "RUSGOV"), event(3, "040", "TURGOV", "GOV"))
    assert complete(two).events[2].target.code == "GOV"  # Greece or Russia: no guess
    other_root = coded(event(1, "190", "TURMIL", "GRCMIL"), event(2, "040", "TURGOV", "GOV"))
    assert complete(other_root).events[1].target.code == "GOV"
    other_party = coded(event(1, "040", "RUSGOV", "GRCGOV"), event(2, "040", "TURGOV", "GOV"))
    assert complete(other_party).events[1].target.code == "GOV"
    role = coded(event(1, "190", "TURMIL", "GRCMIL"), event(2, "190", "TURMIL", "GOV"))
    assert complete(role).events[1].target.code == "GOV"  # a MIL peer does not give a GOV its country


def test_directed_root_keeps_the_direction():
    out = complete(coded(event(1, "111", "TURGOV", "GRCGOV"), event(2, "111", "GOV", "TURGOV"))).events
    assert out[1].source.code == "GOV"  # Turkey criticised Greece; "GOV criticised Turkey" is not Greece's


def test_an_organisations_role_is_no_country_for_a_bare_role():
    # a peer whose party is an organisation ("IGO" as its country part) gives no country: "IGOGOV" is no actor
    igo = Actor(text="the leaders", code="IGOEUREEC", country="IGO", role="GOV", rule="role+antecedent",
                kind="organisation")
    peer = event(1, "100", None, "GRC")
    peer = Event(**{**{f: getattr(peer, f) for f in peer.__dataclass_fields__}, "source": igo})
    out = complete(coded(peer, event(2, "100", "GOV", "GRC"))).events
    assert out[1].source.code == "GOV" and out[1].source.country is None
