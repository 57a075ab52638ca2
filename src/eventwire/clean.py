"""Clean stage: label every non-empty line of an article.

Scraped news text mixes the story with its headline, subheadline, photo
captions (often given twice), credit lines and page furniture. Only ``body``
segments are coded, so a caption such as "Putin (R) and Hollande" must never
become a meeting event. Rules work line by line with exact offsets into
``Article.text`` (``text[s.start:s.end] == s.text``), so every later event
can be traced back to the characters it came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .datelines import (
    MONTH, PLACE_ALONE, PLACE_DATE_ALONE, known_place, match_dateline, match_dyad, match_known_place_dateline, to_dateline,
)
from .records import Article, Caption, Dateline, Segment, Structure

# --- patterns (the knowledge of this stage; each has unit tests) ------------------

_PHOTO_WORD = r"(?:photo(?:graph)?|image|picture|pic|foto)s?"
_CREDIT_NAME = r"[^()\n]{1,80}?"
_AGENCIES = r"(?:REUTERS|AFP|AP|EPA(?:-EFE)?|GETTY IMAGES|ANADOLU|XINHUA|TASS)"
# Credits that can end a caption line (group "credit" is the name given credit).
_INLINE_CREDITS = (
    re.compile(rf"[(\[]\s*(?:{_PHOTO_WORD}\s*)?credits?\s*:\s*(?P<credit>{_CREDIT_NAME})\s*[)\]]\s*$", re.I),
    re.compile(rf"\(\s*(?:file\s+)?{_PHOTO_WORD}\s*:\s*(?P<credit>{_CREDIT_NAME})\s*\)\s*$", re.I),
    re.compile(rf"\(\s*(?P<credit>[\w.&' /-]{{1,40}}?)\s+{_PHOTO_WORD}\s*\)\s*$", re.I),
    # "Photograph: Tom Ashby. Food styling: Jess Moore": a second credit may follow the first
    re.compile(rf"(?:^|(?<=[\s.]))(?<!FILE\s)(?<!file\s)(?:{_PHOTO_WORD})(?:\s+credits?)?\s*:\s*"
               rf"(?P<credit>[A-Z][^:\n]{{0,60}}(?:\.\s+[A-Z][\w ]{{0,20}}:\s*[A-Z][^:\n]{{0,40}})?)$", re.I),
    re.compile(r"(?:^|(?<=[\s.]))credits?\s*:\s*(?P<credit>[A-Z][^:\n]{0,60})$", re.I),
    # Reuters' pages follow the credit with their licensing link
    re.compile(rf"(?:^|(?<=\s))(?P<credit>{_AGENCIES}/[A-Z][\w.' -]{{1,40}}?(?:/File Photo)?)"
               rf"(?:\s+Purchase Licensing Rights(?:,\s*opens new tab)?)?$"),
    # a bare agency name only after a finished sentence: "... told the AP" is story text
    re.compile(rf"(?<=[.!?)] )\s*(?P<credit>{_AGENCIES})$"),
    # after a finished sentence, a bracketed source with a photographer or channel: "(Xinhua/Yan Yan)",
    # "(Volodymyr Zelensky/Telegram)"
    re.compile(r"(?<=[.!?] )\s*\((?P<credit>[A-Z@][\w.'@ -]{1,40}?\s*/\s*[A-Z@][\w.'@ -]{1,40}?)\)\s*$"),
    # "PHOTO | JOSEPH KIGGUNDU | NMG" (Nation Media), "[File: Reuters]" (Al Jazeera), "© UNICEF/Myo Zaw Lin"
    re.compile(rf"(?:^|(?<=\s)){_PHOTO_WORD}\s*\|\s*(?P<credit>[^|\n]{{1,60}}(?:\|[^|\n]{{1,40}})?)$", re.I),
    re.compile(rf"\[\s*(?:(?:file(?:\s+photo)?|{_PHOTO_WORD})\s*:\s*)?(?P<credit>{_AGENCIES}|(?<=:)\s*[^\]\n]{{1,60}})\s*\]\s*$", re.I),
    re.compile(r"(?:^|(?<=\s))\u00a9\s*(?P<credit>[A-Z][^\n\u00a9]{1,60})$"),
    # after a finished sentence, a credit in capitals: "... this week. STATE JOURNAL ARCHIVES"
    re.compile(r"(?<=[.!?] )\s*(?P<credit>[A-Z][A-Z&'.-]+(?:[ /][A-Z][A-Z&'.-]+){1,4})$"),
    # after a finished sentence, a copyright in words: "... 31 March 2025. Copyright AP Photo/Julien Marchand"
    re.compile(r"(?<=[.!?] )\s*[Cc]opyright\s+(?P<credit>[A-Z][^\n]{1,60})$"),
    # after a finished sentence, a photographer and an agency: "(Murat Kaya - Anadolu Agency)"
    re.compile(rf"(?<=[.!?] )\s*\((?P<credit>[A-Z][\w.' ]{{1,40}}?\s+[-\u2013\u2014]\s+(?:{_AGENCIES}|[A-Z][\w.' ]{{0,40}}?"
               rf"(?:Agency|Photos?|Images|Pictures|Press|News)))\)\s*$"),
    # after a finished sentence, a picture lent by its owner: "... on Wednesday. (Courtesy of the Presidential
    # Press Bureau)", "(Photo courtesy: UNICEF)"
    re.compile(rf"(?<=[.!?] )\s*\(\s*(?:{_PHOTO_WORD}\s+)?courtesy(?:\s+of)?\s*:?\s*(?P<credit>[^()\n]{{1,80}}?)\s*\)\s*$", re.I),
)
# What each inline credit pattern cannot match without (its own ending, or a character it needs):
# a quick search that spares most lines the full patterns, which are tried at every position.
_ENDS_PAREN = re.compile(r"\)\s*$")
_INLINE_CUES = (re.compile(r"[)\]]\s*$"), _ENDS_PAREN, _ENDS_PAREN, re.compile(":"), re.compile(":"), re.compile("/"),
                re.compile(rf"{_AGENCIES}$"), re.compile(r"/[^/()]*\)\s*$"), re.compile(r"\|"), re.compile(r"\]\s*$"),
                re.compile("\u00a9"), re.compile(r"[A-Z]{2}$"), re.compile("opyright"), re.compile(r"\s[-\u2013\u2014]\s[^()]*\)\s*$"),
                re.compile(r"(?i)courtesy[^()]*\)\s*$"))
_NEWS_AGENCY_ONLY = re.compile(rf"^{_AGENCIES}$", re.I)  # "REUTERS", "Getty Images"
# A picture's credit alone on its line, photographer and agency (NPR, The Washington Post, The Guardian):
# "Anna Gevorgyan/AFP via Getty Images", "Vahram Baghdasaryan/Photolure via AP", "Kevin Dietsch/Getty Images"
_CAP_WORDS = r"[A-Z][\w.'\-]*(?:\s+(?:[A-Z][\w.'\-]*|de|da|van|von|al|el|bin))*"
_PHOTOGRAPHER_AGENCY = re.compile(rf"^{_CAP_WORDS}\s?/\s?{_CAP_WORDS}(?:\s+via\s+{_CAP_WORDS})?$")
_PHOTO_BY = re.compile(r"^\(?\s*photos?\s+by\b", re.I)
_FILE_PHOTO = re.compile(r"^FILE\s+PHOTO\s*[:\-\u2013\u2014]", re.I)
# A line a page labels as a caption: BBC's "Image caption, ...", "[Photo caption: ...]"
# "Photo caption: ...", and a picture's line labelled by the page: "Photo: A vessel fires ...", "Caption: ..."
_CAPTION_LABEL = re.compile(r"^\[?\s*(?:(?:photo|image|picture)\s+caption\s*[:,]|(?:photo|image|picture|caption)\s*:)", re.I)
_POSITION = re.compile(r"\((?:R|L|C|L-R|R-L|2nd [LR]|[LR]-[LR]|left|right|centre|center|front|back|top|bottom)\)", re.I)

_PRODUCTION_CREDIT = re.compile(
    r"^(?:\(?\s*)?(?:Additional\s+)?(?:reporting|writing|editing|compiled|reported|produced|translated|"
    r"graphics?|photos?)\s+by\s+[A-Z]", re.I,
)
_CREDIT_OK_WORDS = frozenset(
    "and in by from editing writing reporting additional with of de da van von al el bin the at for "
    "compiled reported produced translated graphics photos photo".split()
)
_BYLINE = re.compile(r"^(?:By|BY|by)\s+[A-Z][\w.'\-]*(?:[\s,]+[\w.'\-]+){0,8}$")
_BYLINE_OK_WORDS = frozenset("and in of de da van von al el bin".split())
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)\s*\d{4}|copyright\s*(?:\u00a9|\(c\)|\d{4})|all rights reserved\b)", re.I)

_BOILERPLATE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|"
    r"(?:read|see) (?:more|also)\b.*|more on this\b.*|keep reading|list \d+ of \d+|full article|share\d?|save|"
    r"(?:press|news|media) (?:statement|release)|"
    r"share (?:this|on)\b.*|click here\b.*|sign up (?:for|to)\b.*|subscribe\b.*|follow us\b.*|"
    r"(?:watch|listen)\s*:.*|scroll down for video|recommended(?: for you)?\s*:?|"
    r"(?:tweet|print|email|e-mail)(?:\s+this(?: article)?)?|comments?(?:\s*\(\d+\))?)\W*$",
    re.I,
)
_BOILERPLATE_MAX = 160
# A link to a piece of another kind, labelled as such and titled like a headline (no closing full stop):
# "Opinion: Canada is right to take sides in Venezuela – but it must do more than talk", "ANALYSIS | ..."
_LABELLED_LINK = re.compile(r"^(?:opinion|analysis|editorial|explainer|commentary|column|fact check|perspective)"
                            r"\s*(?::|\s[-\u2013\u2014|]\s)\s*\S", re.I)
# A link to another story: "Read: ...", "Also read: ...", "READ MORE: ...", "RELATED: ...", "More on Mozambique:",
# ("Also Read - ...", "READ MORE | ...": the link words set off by a dash or a bar as well)
# "Read more here: ...", "Read in Daily Maverick: ...", "Related Topics: ...", and the bare label of a list of
# links on a line of its own ("Related Stories", "RELATED ARTICLE")
_RELATED_WORDS = r"related(?: (?:articles?|stories|content|coverage|topics|links?|news|reading))?"
_RELATED_LINK = re.compile(r"^(?:(?:(?:also )?read(?: (?:more(?: here)?|also))?|see also|" + _RELATED_WORDS + r")"
                           r"\s*(?::|\s[-\u2013\u2014|]\s)|(?:more on|read (?:more )?(?:in|on|at)) [^:]{1,40}\s*:|"
                           + _RELATED_WORDS + r"\s*$)", re.I)
# A time stamp alone on a line: "Published January 2, 2024", "Updated: Jan 1, 2024, 18:42 IST",
# "2025-01-15 21:03:47", "October 18, 2024 5:12 PM", "Saturday 16 March 2024"; and "2 min read".
# A word is whole ("Georgetown" is no run of zone names); a zone is in capitals (GMT, IST, EDT).
_STAMP_WORD = (rf"(?:(?:{MONTH}|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?|[ap]\.?m\.?|(?-i:[A-Z]{{2,4}})"
               r"|on|at|of|published|updated|posted)(?![^\W\d_])|\d{1,4}(?:st|nd|rd|th)?(?:[-/.:]\d{1,4}){0,2}|\||[-\u2013\u2014,:])")
_TIMESTAMP = re.compile(rf"^(?:(?:published|updated|posted|last updated|first published)\b\s*(?:on)?\s*:?\s*)?"
                        rf"{_STAMP_WORD}(?:\s*{_STAMP_WORD})*$", re.I)
_STAMP_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")  # a stamp has a year or a time: not "UN at 75"
_READ_TIME = re.compile(r"^\d{1,2}\s*(?:min|mins|minutes?)\s+read$", re.I)
_SAID = re.compile(r"\b(?:said|says|told|wrote)\b", re.I)
_RUN_ON_END = re.compile(r"(?:[,\-\u2013\u2014]|\b(?:a|an|the|of|on|in|at|to|for|by|with|and|or|but|from|that|as|its|their|his|her))$", re.I)

_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u201d\u2019)]"
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.){2,}$")  # "U.S." or "U.N." ending a headline

HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
SUBHEADLINE_MAX_CHARS = 300
CAPTION_MAX_CHARS = 400


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offsets of the stripped line
    end: int
    text: str
    blank_before: bool


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit found on a line: the name credited and where the credit starts."""

    name: str
    start: int  # offset in the line where the credit text begins
    photo: bool


# --- line level rules -------------------------------------------------------------

def split_lines(text: str) -> list[_Line]:
    """Non-blank lines with offsets of their stripped text."""
    lines: list[_Line] = []
    pos = 0
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(_Line(start, start + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def inline_credit(line: str) -> Credit | None:
    """A photo credit ending ``line`` (``... (photo credit: REUTERS)``, ``... Photo: AFP``)."""
    for pattern, cue in zip(_INLINE_CREDITS, _INLINE_CUES):
        m = pattern.search(line) if cue.search(line) else None
        if m:
            name = m.group("credit").strip(" .;,")
            if name:
                return Credit(name, m.start(), True)
    return None


def credit_line(line: str) -> Credit | None:
    """The whole line is a credit: a photo credit, a production credit, or a copyright."""
    credit = inline_credit(line)
    if credit and not line[: credit.start].strip(" \t.;,-"):
        return credit
    if _NEWS_AGENCY_ONLY.match(line) or len(line) <= 80 and _PHOTOGRAPHER_AGENCY.match(line):
        return Credit(line, 0, True)
    if _COPYRIGHT.match(line) and len(line) <= 200:
        return Credit(line, 0, False)
    if _PRODUCTION_CREDIT.match(line) and len(line) <= 250 and _credit_words_only(line):
        return Credit(line, 0, bool(_PHOTO_BY.match(line)))  # "Photo by Jose Machava / AFP" credits a picture
    if len(line) <= 80 and _BYLINE.match(line) and all(
        w[0].isupper() or w in _BYLINE_OK_WORDS for w in re.findall(r"[^\W\d_][\w'\-]*", line[3:])
    ):
        return Credit(line, 0, False)  # a byline: "By Lena Hart and Omar Said"
    if _bar_byline(line):
        return Credit(line, 0, False)  # "Lena Hart, Omar Said | BIRN | Pristina, Belgrade | September 30, 2021 21:15"
    return None


def _bar_byline(line: str) -> bool:
    """A byline of fields set off by bars (authors, outlet, places, a time stamp): three fields or more,
    each of names alone, one with a year or a time; no sentence ("Politics | World" has no stamp)."""
    fields = [f.strip() for f in line.split("|")]
    return len(fields) >= 3 and len(line) <= 200 and line[-1] not in _TERMINAL and all(fields) \
        and all(_credit_words_only(f) for f in fields) and bool(_STAMP_YEAR_OR_TIME.search(line))


_BYLINE_PLACE = re.compile(r"^(?:By|BY|by)\s+[^,]+,\s*(?P<place>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})\s*$")


def byline_place(line: str) -> Dateline | None:
    """Where a byline says the story was written ("By Gbenga Adeyemi, Abuja"): the article's dateline
    when it has no other. Whether the place is one is the gazetteer's to say."""
    m = _BYLINE_PLACE.match(line) if credit_line(line) is not None else None
    if m is None or not known_place(m.group("place")):
        return None  # "By Priya Natarajan, Senior Mobile Editor": a job, not a place
    return Dateline(text=line, place=m.group("place"), agency=None)


def _credit_words_only(line: str) -> bool:
    """Production credits are names and a few function words; a body sentence has lower-case verbs."""
    if ";" in line:
        return True
    words = re.findall(r"[^\W\d_][\w'\-]*", line)
    return all(w[0].isupper() or w.lower() in _CREDIT_OK_WORDS for w in words)


def is_boilerplate(line: str) -> bool:
    """Page furniture; a reported-speech line ("Click here, the minister said, ...") is story text,
    but not a link to another story ("Read also: Zelensky says ...")."""
    if len(line) <= 2 * _BOILERPLATE_MAX and _RELATED_LINK.match(line):
        return True
    if len(line) <= 2 * _BOILERPLATE_MAX and _LABELLED_LINK.match(line) and not ends_sentence(line):
        return True  # "Opinion: Canada is right to take sides in Venezuela"
    if len(line) > _BOILERPLATE_MAX or _SAID.search(line):
        return False
    if len(line) <= 80 and (_STAMP_YEAR_OR_TIME.search(line) and _TIMESTAMP.match(line) or _READ_TIME.match(line)):
        return True  # a time stamp: when the page was published, not what happened
    return bool(_BOILERPLATE.match(line))


def ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _TERMINAL if line.rstrip(_CLOSERS) else False


# A paragraph that ends on the agency reporting it ("..., Trend reports.", "..., Xinhua reported."): a
# story's lead; a caption describes its picture and cites no one
_REPORTED_BY = re.compile(r",\s+(?:[A-Z][\w.&'-]*\s+){1,4}(?:reports|reported|informs|writes)\s*\.?\s*$")


def caption_hint(line: str) -> bool:
    """Position markers ``(R)``, ``(L)`` ... in a short line without quotations: a photo caption. (A
    nickname in quotation marks is no quotation: 'President Joko "Jokowi" Widodo (center) speaks ...'.)"""
    if len(line) > 300 or not _POSITION.search(line):
        return False
    return not _quotes_words(line)


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]*)[\"\u201d]")


def _quotes_words(line: str) -> bool:
    """Whether the line quotes someone: two or more words inside quotation marks, or a mark left open."""
    spans = _QUOTED.findall(line)
    return any(len(q.split()) > 1 for q in spans) or len(re.findall(r"[\"\u201c\u201d]", line)) != 2 * len(spans)


def looks_like_headline(line: str) -> bool:
    if len(line) > HEADLINE_MAX_CHARS or len(line.split()) > HEADLINE_MAX_WORDS:
        return False
    if line.endswith(".") and not line.endswith("...") and not _ABBREV_END.search(line):
        return False
    return any(c.isalpha() for c in line) and not match_dateline(line)


def _same(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def _norm(text: str) -> str:
    text = _FILE_PHOTO.sub("", text)
    return " ".join(text.split()).casefold().rstrip(" .;,:-")


# --- article level ----------------------------------------------------------------

def clean(article: Article) -> Structure:
    """Label every non-empty line of ``article.text``; never raises on any text."""
    text = article.text
    lines = split_lines(text)
    labels: list[str | None] = [None] * len(lines)
    captions: list[Caption] = []
    caption_line: dict[int, int] = {}  # line index -> index into captions

    _label_credits_and_boilerplate(lines, labels)
    _label_captions(lines, labels, captions, caption_line)
    if captions and all(lab is not None for lab in labels):
        # nothing but captions (a one-line record: "X (R) holds talks with Y in Seoul on April 24"):
        # they are the report itself, not pictures beside one
        labels = [None if lab == "caption" else lab for lab in labels]
        captions, caption_line = [], {}
    _label_repeats(lines, labels, captions, caption_line)
    headline, subheadline = _label_headlines(article, lines, labels)
    _label_crossheads(lines, labels)
    segments, dateline = _segments(lines, labels, text)
    credits = tuple(dict.fromkeys(lines[i].text for i, lab in enumerate(labels) if lab == "credit"))
    if dateline is None:
        dateline = next((d for d in map(byline_place, credits) if d is not None), None)
    return Structure(
        headline=headline,
        subheadline=subheadline,
        dateline=dateline,
        captions=tuple(captions),
        credits=credits,
        segments=tuple(segments),
    )


def _label_credits_and_boilerplate(lines: list[_Line], labels: list[str | None]) -> None:
    for i, line in enumerate(lines):
        if credit_line(line.text):
            labels[i] = "credit"
        elif is_boilerplate(line.text):
            labels[i] = "boilerplate"


def _caption_record(line: _Line, credit: Credit | None) -> Caption:
    body = line.text[: credit.start].rstrip(" \t|") if credit and credit.start > 0 else line.text
    return Caption(text=body, credit=credit.name if credit else None, start=line.start, end=line.start + len(body))


def _label_captions(lines: list[_Line], labels: list[str | None], captions: list[Caption],
                    caption_line: dict[int, int]) -> None:
    for i, line in enumerate(lines):
        if labels[i] is not None or len(line.text) > CAPTION_MAX_CHARS:
            continue
        own = inline_credit(line.text)
        nxt = credit_line(lines[i + 1].text) if i + 1 < len(lines) and labels[i + 1] == "credit" else None
        agency_only = nxt is not None and _NEWS_AGENCY_ONLY.match(lines[i + 1].text)
        followed_by_photo_credit = nxt is not None and nxt.photo and not _heads_next_line(lines, i + 1) \
            and not _REPORTED_BY.search(line.text) and (
            # an agency name alone on a line may be a byline: it makes a caption only of a caption-like
            # line, and never of the first line, a headline over its agency's name
            not agency_only or (not ends_sentence(line.text) and not (i == 0 and looks_like_headline(line.text)))
            or caption_hint(line.text)
        )
        after_credit = own is None and not followed_by_photo_credit and _after_photo_credit(lines, labels, i)
        if own is None and not followed_by_photo_credit and not after_credit and not _FILE_PHOTO.match(line.text) \
                and not caption_hint(line.text) and not _CAPTION_LABEL.match(line.text):
            continue
        if _is_repeat_of_caption(line, own, captions):
            continue  # handled as a repeat
        credit = own or (nxt if followed_by_photo_credit else after_credit or None)
        labels[i] = "caption"
        caption_line[i] = len(captions)
        captions.append(_caption_record(line, credit if own else None))
        if credit and not own:
            captions[-1] = replace(captions[-1], credit=credit.name)


def _heads_next_line(lines: list[_Line], j: int) -> bool:
    """A credit set apart from the line above and joined to a caption-like line below is that one's."""
    return lines[j].blank_before and j + 1 < len(lines) and not lines[j + 1].blank_before \
        and not ends_sentence(lines[j + 1].text)


def _after_photo_credit(lines: list[_Line], labels: list[str | None], i: int) -> Credit | None:
    """A picture's credit on the line above its caption (BBC: "Getty Images", then "Protesters burned
    tyres in Maputo on Thursday"): a caption has no full stop; a story paragraph after a byline does."""
    if i == 0 or labels[i - 1] != "credit" or lines[i].blank_before or ends_sentence(lines[i].text) \
            or len(lines[i].text.split()) < 4 or match_dateline(lines[i].text):
        return None
    credit = credit_line(lines[i - 1].text)
    return credit if credit is not None and credit.photo else None


def _is_repeat_of_caption(line: _Line, own: Credit | None, captions: list[Caption]) -> bool:
    body = line.text[: own.start] if own and own.start > 0 else line.text
    return any(_same(body, c.text) for c in captions)


def _label_repeats(lines: list[_Line], labels: list[str | None], captions: list[Caption],
                   caption_line: dict[int, int]) -> None:
    """A line equal (credit aside) to an earlier caption or line is a ``repeat``; credits merge."""
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        if labels[i] in ("credit", "boilerplate", "caption"):
            if labels[i] == "caption":
                seen.setdefault(_norm(captions[caption_line[i]].text), i)
            continue
        own = inline_credit(line.text)
        body = line.text[: own.start] if own and own.start > 0 else line.text
        key = _norm(body)
        if len(key) < 12 or len(key.split()) < 3:
            continue
        if key in seen:
            labels[i] = "repeat"
            first = seen[key]
            if first in caption_line:
                ci = caption_line[first]
                credit = own or _following_photo_credit(lines, labels, i)
                if captions[ci].credit is None and credit:
                    captions[ci] = replace(captions[ci], credit=credit.name)
        else:
            seen[key] = i


def _following_photo_credit(lines: list[_Line], labels: list[str | None], i: int) -> Credit | None:
    if i + 1 < len(lines) and labels[i + 1] == "credit":
        credit = credit_line(lines[i + 1].text)
        if credit and credit.photo:
            return credit
    return None


def _label_headlines(article: Article, lines: list[_Line], labels: list[str | None]) -> tuple[str | None, str | None]:
    """Headline: line one when it matches ``article.title`` or looks like a headline; then a subheadline."""
    title = article.title.strip() if article.title and article.title.strip() else None
    if len(lines) < 2 or labels[0] is not None:
        return title, None  # a one-line document is all story: nothing to take a headline from
    first = lines[0].text
    if not ((title and _same(first, title)) or looks_like_headline(first)):
        return title, None
    labels[0] = "headline"
    return first, _label_subheadline(lines, labels)


def _label_subheadline(lines: list[_Line], labels: list[str | None]) -> str | None:
    if len(lines) < 3 or labels[1] is not None:
        return None
    line = lines[1].text
    if len(line) > SUBHEADLINE_MAX_CHARS or match_dateline(line) or not any(c.isalpha() for c in line) \
            or (PLACE_ALONE.match(line) or PLACE_DATE_ALONE.match(line)) and match_known_place_dateline(line, known_place):
        return None  # ("ANKARA", "NEW DELHI, AUGUST 28, 2017 13:42 IST" alone: the dateline)
    nxt = lines[2]
    if not nxt.blank_before and (nxt.text[:1].islower() or _RUN_ON_END.search(line)):
        return None  # the first lines of a hard-wrapped paragraph
    if ends_sentence(line):
        # A sentence-like second line is a subheadline only when a dateline opens the story later.
        later = next((j for j in range(2, len(lines)) if labels[j] is None), None)
        if later is None or not match_dateline(lines[later].text) or len(line) > 200:
            return None
    labels[1] = "subheadline"
    return line


CROSSHEAD_MAX_WORDS = 8


def _label_crossheads(lines: list[_Line], labels: list[str | None]) -> None:
    """A short line set apart between two paragraphs of the story, with no full stop, is a
    crosshead ("HAITI TALKS", "Days of deadly clashes", "Israel, US dismiss Arab plan"): a label of
    what the paragraphs below tell, not a report of its own."""
    for i in range(1, len(lines) - 1):
        line, before, after = lines[i], lines[i - 1], lines[i + 1]
        if labels[i] is not None or labels[i - 1] is not None or labels[i + 1] is not None:
            continue
        words = line.text.split()
        if not (line.blank_before and after.blank_before) or len(words) > CROSSHEAD_MAX_WORDS \
                or ends_sentence(line.text) or not line.text[:1].isupper() or match_dateline(line.text):
            continue
        if ends_sentence(before.text) and ends_sentence(after.text):
            labels[i] = "crosshead"


def _is_prose(line: str) -> bool:
    """A sentence of the story, not a byline or time stamp left in the body."""
    return len(line) > 120 or line.rstrip().endswith((".", "!", "?", '"', "\u201d"))


def _segments(lines: list[_Line], labels: list[str | None], text: str) -> tuple[list[Segment], Dateline | None]:
    segments: list[Segment] = []
    dateline: Dateline | None = None
    prose_seen = False
    # the page's head (standfirst, byline, time stamp, picture) may come before the dateline: a
    # standfirst sentence is followed by a byline or credit line, a story's paragraphs by each other
    head_seen, prose_since_head = False, 0
    for i, line in enumerate(lines):
        kind = labels[i] or "body"
        if kind != "body":
            head_seen, prose_since_head = head_seen or kind != "headline", 0
            segments.append(Segment(kind, line.text, line.start, line.end))  # type: ignore[arg-type]
            continue
        start = line.start
        # a dateline opens the story's first paragraph (after any byline or outlet's time stamp the
        # cleaner left in the body: "Philippine Daily Inquirer / 05:32 AM", then "MANILA, Philippines
        # —"); one opening a later paragraph ("NAIROBI, Kenya (AP) —" in a digest) is not the
        # story's, and neither is text to code
        opens = not prose_seen or head_seen and prose_since_head <= 1
        m = match_dateline(line.text) or (match_known_place_dateline(line.text, known_place) if opens else None)
        if m:
            if dateline is None and opens:
                dateline = to_dateline(m)
            d_end = line.start + len(m.group(0).rstrip())
            segments.append(Segment("dateline", text[line.start:d_end], line.start, d_end))
            rest = text[d_end:line.end]
            if not rest.strip():
                continue
            start = d_end + len(rest) - len(rest.lstrip())
        dyad = match_dyad(text[start:line.end])
        if dyad is not None:
            d_end = start + len(dyad.group(0).rstrip())
            segments.append(Segment("dyad", text[start:d_end], start, d_end))
            start = start + len(dyad.group(0))
        prose = _is_prose(line.text)
        prose_seen = prose_seen or prose
        head_seen, prose_since_head = (head_seen, prose_since_head + 1) if prose else (True, 0)
        prev = segments[-1] if segments else None
        if prev is not None and prev.kind == "body" and _continues(prev.text, line):
            segments[-1] = Segment("body", text[prev.start:line.end], prev.start, line.end)
        else:
            segments.append(Segment("body", text[start:line.end], start, line.end))
    return segments, dateline


def _continues(previous: str, line: _Line) -> bool:
    """Hard-wrapped paragraphs: join a line to the previous body line when the sentence runs on."""
    if line.blank_before or ends_sentence(previous):
        return False
    last = previous.rsplit("\n", 1)[-1]
    return line.text[:1].islower() or bool(_RUN_ON_END.search(last)) or len(last) >= 60
