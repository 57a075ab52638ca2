"""Show how eventwire reads one sentence: parse, coded noun phrases, triggers, events.

    python scripts/explain_sentence.py "Russia criticized Turkey on Monday."
"""
from __future__ import annotations

import sys

from eventwire import code_article
from eventwire.pipeline import default_pipeline


def main(text: str, pub_date: str = "2000-01-01") -> None:
    pipe = default_pipeline()
    doc = pipe.nlp(text)
    for t in doc:
        print(f"{t.i:3} {t.text:15} {t.lemma_:12} {t.pos_:6} {t.tag_:5} {t.dep_:10} -> {t.head.i}")
    for t in doc:
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            a = pipe.coder.code_np(t)
            if a:
                print(f"   actor @{t.i} {t.text!r}: {a.code} ({a.rule}) {a.name or ''}")
    for trig in pipe.extractor.find_triggers(doc[:]):
        print(f"   trigger {trig.code} {trig.cue} {trig.rule} on {[x.text for x in trig.tokens]}")
    coded = code_article(text, pub_date, pipeline=pipe)
    for e in coded.events:
        print(f"=> {e.code} {e.source and e.source.code} -> {e.target and e.target.code} [{e.modality}] {e.cue} / {e.rule}")
    for err in coded.errors:
        print("error:", err)


if __name__ == "__main__":
    main(*sys.argv[1:])
