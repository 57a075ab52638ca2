"""Pipeline.code_many never raises: hostile articles built in Python, text over the parser's limit."""
from __future__ import annotations

from eventwire.config import Config
from eventwire.nlp import split_for_parser
from eventwire.pipeline import Pipeline
from eventwire.records import Article, Segment

STORY = ("GENEVA (eventwire) - The foreign ministers of Egypt and Saudi Arabia met in Geneva on Tuesday and "
         "agreed to work together to reopen aid corridors into Sudan. ")


def test_split_for_parser_cuts_at_sentence_ends_and_keeps_offsets():
    text = STORY * 30 + "x" * 700
    seg = Segment("body", text, 50, 50 + len(text))
    parts = split_for_parser(seg, 500)
    assert "".join(p.text for p in parts) == text
    assert all(len(p.text) <= 500 for p in parts)
    assert all(text[p.start - 50:p.end - 50] == p.text for p in parts)
    assert all(p.text.rstrip().endswith(".") for p in parts[:-3])  # sentence ends where there are any
    assert split_for_parser(seg, len(text)) == [seg]


def test_a_paragraph_longer_than_the_parser_limit_is_coded_in_pieces(pipeline):
    """spaCy refuses a text over nlp.max_length (E088); the pipeline never hands it one."""
    nlp = pipeline.nlp
    saved = nlp.max_length
    nlp.max_length = 2_000
    try:
        coded = Pipeline(Config(max_segment_chars=1_500)).code(Article(text="Talks in Geneva\n\n" + STORY * 40))
    finally:
        nlp.max_length = saved
    assert coded.ok, coded.errors
    assert len([e for e in coded.events if e.root in ("03", "04")]) >= 10


def test_hostile_articles_built_in_python_come_back_as_results(pipeline):
    articles = [
        Article(text="Talks\n\n" + STORY + "lone \ud800 surrogate and nul \x00.", id="a\udfff", title="T\ud800"),
        Article(text=None),  # type: ignore[arg-type]
        Article(text="\r\r\r"),
        Article(text="Talks\r\r" + STORY),
    ]
    results = list(pipeline.code_many(articles))
    assert len(results) == len(articles)
    first, none, blank, cr = results
    assert first.ok and first.article.id == "a\ufffd" and first.events
    assert any(w.startswith("[W001]") for w in first.article.warnings)
    first.article.text.encode("utf-8")
    assert none.errors and none.errors[0].code == "E099" and none.article.id
    assert blank.errors and blank.errors[0].code == "E001"
    assert cr.ok and cr.structure.headline == "Talks"


def test_a_batch_that_fails_as_a_whole_is_coded_one_by_one(pipeline, monkeypatch):
    calls = []
    real = Pipeline._code_chunk

    def flaky(self, chunk):
        calls.append(len(chunk))
        if len(chunk) > 1:
            raise RuntimeError("batch-level failure")
        return real(self, chunk)

    monkeypatch.setattr(Pipeline, "_code_chunk", flaky)
    results = list(pipeline.code_many([Article(text="Talks\n\n" + STORY), Article(text="")]))
    assert [r.ok for r in results] == [True, False] and calls == [2, 1, 1]


def test_parsed_documents_are_freed_once_past_the_per_document_caches(nlp):
    """The entity and children caches hold only the last documents: a long run does not keep every
    parsed paragraph alive (a weak-keyed cache whose values are the document's spans would)."""
    import gc
    import weakref

    from eventwire import nlp as nlp_mod

    first = nlp("Kenyan police arrested 30 protesters in Nairobi on Monday.")
    nlp_mod.span_ents(first[:])
    nlp_mod.children(first[1])
    gone = weakref.ref(first)
    del first
    for i in range(nlp_mod._ENTS.size + 1):
        doc = nlp(f"Ugandan police arrested {i} protesters in Kampala.")
        nlp_mod.span_ents(doc[:])
        nlp_mod.children(doc[1])
    del doc
    gc.collect()
    assert gone() is None
    assert len(nlp_mod._ENTS.entries) <= nlp_mod._ENTS.size
