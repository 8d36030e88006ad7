"""Cleaning: a page's text blocks → article text, dropped noise, sections and page dates.

Steps, each a small function over the list of blocks (1 and 2 in ``kansoku.furniture``):
  1. split the body into blocks (lines), cutting credits glued to a paragraph's end, a
     photo caption glued before a paragraph's dateline, text glued after an aggregator's
     read-more URL, and other stories' headlines pasted between two sentences; a caption
     closed by a credit goes whole;
  2. classify page furniture by form (noise.yaml), also inside a list mark or brackets:
     menus, adverts, share and comment widgets, bylines and credits, boilerplate,
     repeated headings, the page's title set again further down; the line under an
     image is its caption, the list under a widget label (related stories, rankings) is
     links, also when the page lost the list marks, and an English subtitle in a page
     written in kana, han or hangul is furniture; so are the sentences under the label of
     a summary a machine wrote, the short line right above a picture's credit (its
     caption), a section's label glued before the title set again, and a wire's headline
     of another story between two paragraphs;
  3. aggregator pages: each "read more ⇒ outlet/URL" line closes a cited article's summary,
     which becomes a section with its own date, outlet and URL;
  4. datelines give the page's publication date;
  5. headline-only blocks after the article's last paragraph and its footer are links;
  6. long stretches (or sections) with none of the topic's actors and terms are off-topic;
  7. the kept blocks become ``Document.text``; section offsets point into it.

Only the first ``MAX_CLEANED_CHARS`` of a body go through these steps: their cost grows
with the page (48 MB of on-topic paragraphs took 116 s). The rest is kept as it is, one
block a line, so that a very long text is still stored whole and searchable.
"""

from __future__ import annotations

import re

from kansoku.boxes import (
    keep_speaker_labels,
    mark_closing_list,
    mark_closing_outlet,
    mark_doubled_captions,
    mark_header_strays,
    mark_picture_names,
    mark_summary_boxes,
)
from kansoku.datefmt import DateFormats
from kansoku.furniture import (
    ADVERT,
    CONTENT,
    SENTENCE_END,
    URL,
    Block,
    classify,
    is_heading,
    is_heading_like,
    is_prose,
    list_item,
    mark_captions,
    mark_comment_threads,
    mark_furniture,
    mark_listed_links,
    mark_machine_summary,
    mark_picture_captions,
    mark_related_tail,
    mark_short_labels,
    mark_teasers,
    mark_unmarked_links,
    split_blocks,
)
from kansoku.knowledge import AggregatorRules, AnyForm, Knowledge, NoiseRules, TopicProfile
from kansoku.model import Document, Dropped, Section
from kansoku.titles import (
    QUOTE_LINE,
    mark_latin_headings,
    mark_other_headlines,
    mark_repeated_titles,
)

MAX_CLEANED_CHARS = 1_000_000
# Past the first blocks a dateline describes something inside the page, not the page.
_HEADER_BLOCKS = 8
# Japanese prose carries more meaning per character than English.
_OFF_TOPIC_MIN_CHARS = {"ja": 200, "ko": 200, "zh": 200}
_OFF_TOPIC_MIN_CHARS_DEFAULT = 400
# A short remark in prose ("なるほど、驚きですね。") at the edge of a long unrelated
# stretch belongs to the article around it, not to the pasted item.
_ASIDE_MAX_CHARS = 30
_LABEL_MAX_CHARS = 40
# A sentence's stop with more text after it, in the scripts that end a sentence so.
_INNER_STOP = re.compile(r"[\u3002\uff0e](?=\s*\S)|\ub2e4\.\s+\S")
# What a labelled date stamp may carry besides its label and date: "at 9:05 a.m. EDT".
_STAMP_MAX_WORDS = 4


def _is_aside(text: str) -> bool:
    return len(text) <= _ASIDE_MAX_CHARS and bool(SENTENCE_END.search(text))


def _is_label(text: str) -> bool:
    """A widget label or a link's words: short and not a sentence."""
    return len(text) <= _LABEL_MAX_CHARS and is_heading_like(text)


def _date_line(text: str, agg: AggregatorRules, calendar: DateFormats) -> str | None:
    """The date of a block that only dates something: 'Published: 2024/06/20',
    '2024-11-12 07:49'."""
    if len(text) > 80 or re.search(r"[。．]", text):
        return None  # a sentence, perhaps with its date glued after it
    dates = calendar.find_dates(text)
    if not dates:
        return calendar.month_line(agg.date_label.sub("", text, count=1))
    start, end, iso, has_time = dates[0]
    rest = (text[:start] + text[end:]).strip(" \t,:：-–|")
    label = agg.date_label.match(text)
    # "Updated June 12, 2026 at 9:05 a.m." is a stamp; "Updated figures released on June
    # 12 showed …." is a sentence that starts with the label's word.
    labelled = label is not None and not (
        len(rest[label.end() :].split()) > _STAMP_MAX_WORDS and SENTENCE_END.search(text)
    )
    if labelled or has_time or not rest:
        return iso
    return None


def _bullet(text: str, agg: AggregatorRules) -> str | None:
    return next((b for b in agg.bullets if text.startswith(b)), None)


def _outlet(text: str, url: str | None, knowledge: Knowledge) -> str | None:
    agg = knowledge.aggregator
    known = knowledge.outlets.for_url(url)
    if known:
        return known
    for start, end, _, _ in reversed(knowledge.calendar.find_dates(text)):
        text = text[:start] + text[end:]  # (例示新聞 2025/2/11): the outlet without its date
    text = text.strip(" ()（）")  # (出典:例示新聞): the label inside its brackets
    label = agg.source_line.sub("", agg.read_more.sub("", text, count=1), count=1)
    label = label.strip(" ()（）")
    label = agg.outlet_label_end.split(label)[0]
    label = re.split(r"\s[|\-–:]\s|[|:：]", label)[0].strip(" ⇒→>»:：/")
    if label:
        return label
    return re.sub(r"^www\.", "", url.split("/")[2]) if url and url.count("/") >= 2 else None


def _section_start(
    blocks: list[Block],
    close: int,
    previous_end: int,
    section: Section,
    dated_by_credit: bool,
    knowledge: Knowledge,
) -> int:
    """The first block of the section the block at ``close`` closes: after the date line
    before it (and the title above that date, which names the section), else the run of
    blocks with the same bullet, else the block before it alone."""
    if dated_by_credit and section.url is None:
        return close - 1
    agg, calendar = knowledge.aggregator, knowledge.calendar
    floor = max(previous_end + 1, close - agg.max_section_blocks)
    date_at = next(
        (j for j in range(close - 1, floor - 1, -1) if _date_line(blocks[j].text, agg, calendar)),
        None,
    )
    if date_at is not None:
        section.published = _date_line(blocks[date_at].text, agg, calendar)
        blocks[date_at].reason = "credit"
        title_at = date_at - 1
        if (
            title_at > previous_end
            and blocks[title_at].kept
            and is_heading_like(blocks[title_at].text)
        ):
            section.title = blocks[title_at].text
            return title_at
        return date_at + 1
    first = close - 1
    mark = _bullet(blocks[first].text, agg) if first > previous_end else None
    while mark and first - 1 > previous_end and _bullet(blocks[first - 1].text, agg) == mark:
        first -= 1
    return first


def _find_sections(blocks: list[Block], knowledge: Knowledge) -> list[Section]:
    """Aggregator pages: each read-more line (with the cited article's URL) or credit line
    (its outlet, perhaps its date) closes the summary of one cited article."""
    agg, calendar = knowledge.aggregator, knowledge.calendar
    closers = [
        i
        for i, b in enumerate(blocks)
        if (URL.search(b.text) and (agg.read_more.search(b.text) or agg.source_line.search(b.text)))
        or agg.credit_closer.match(b.text)
    ]
    if len(closers) < 2:
        return []
    sections: list[Section] = []
    previous_end = -1
    for close in closers:
        url_match = URL.search(blocks[close].text)
        url = url_match.group() if url_match else None
        outlet = _outlet(blocks[close].text, url, knowledge)
        own_date = calendar.find_dates(blocks[close].text)
        if sections and previous_end == close - 1:
            # 元記事:URL, then (例示新聞 2025/2/11) on its own line: one credit, which
            # dates the article the line before closed.
            own = own_date[0][2] if own_date else None
            sections[-1].published = sections[-1].published or own
            known = knowledge.outlets.for_url(sections[-1].url)  # else only its domain
            sections[-1].outlet = known or outlet or sections[-1].outlet
            blocks[close].reason = "credit"
            previous_end = close
            continue
        section = Section(start=0, end=0, url=url, outlet=outlet)
        if own_date and not url:  # (例示新聞 2025/2/11): the credit dates its article
            section.published = own_date[0][2]
        first = _section_start(blocks, close, previous_end, section, bool(own_date), knowledge)
        members = [j for j in range(max(first, previous_end + 1), close) if blocks[j].kept]
        blocks[close].reason = "credit"
        index = len(sections)
        for j in members:
            blocks[j].section = index
        if members and not names_topic(knowledge.topic, " ".join(blocks[j].text for j in members)):
            section.off_topic = True
            for j in members:
                blocks[j].reason = "off_topic"
        sections.append(section)
        previous_end = close
    return sections


def _cut_leading_stamp(blocks: list[Block], agg: AggregatorRules, calendar: DateFormats) -> None:
    """A page whose first line opens with its labelled date ("date 2025-09-02 The
    ministry said…", "Published: 2025/03/04 Officials…"): the stamp is a block of its own,
    which dates the page, and the rest of the line is the story."""
    if not blocks:
        return
    text = blocks[0].text
    label = agg.date_label.match(text)
    dates = calendar.find_dates(text[label.end() :]) if label else []
    if not label or not dates or dates[0][0] != 0:
        return
    end = label.end() + dates[0][1]
    story = text[end:].strip()
    if is_prose(story) or len(story) > _LABEL_MAX_CHARS:  # not a time or an outlet after it
        blocks[0:1] = [Block(text[:end]), Block(story)]


def _mark_datelines(blocks: list[Block], agg: AggregatorRules, calendar: DateFormats) -> str | None:
    """Bylines with a date are credits; the first one near the top dates the page (also
    when a rule of noise.yaml has already dropped it as a credit)."""
    # A portal's stamp "2025年3月4日 10時15分 例示新聞" is a caption rule's credit, and a date.
    published = None
    for i, block in enumerate(blocks):
        if block.reason not in (CONTENT, "credit") or block.section is not None:
            continue
        iso = _date_line(block.text, agg, calendar)
        if iso:
            block.reason, block.date = "credit", iso
            if published is None and i < _HEADER_BLOCKS:
                published = iso
    return published


def _mark_footer_links(blocks: list[Block], noise: NoiseRules, own: set[int]) -> None:
    """Headline-only blocks after the last paragraph are other stories or widget labels
    (related news, "the news so far"): after a footer widget, any of them; otherwise the
    short ones that end the page (a long one is more likely a paragraph cut short). The
    article's own list (``own``: announced by the line above it, or continuing its topic),
    whole quotes and their speakers' labels right after the last paragraph (a transcript
    that ends the page) stay, and so does a line with a full stop inside it (a paragraph
    with furniture glued to its end that no rule cut off: a headline ends no sentence
    inside itself)."""
    last_prose = max((i for i, b in enumerate(blocks) if b.kept and is_prose(b.text)), default=-1)
    if last_prose < 0:
        return  # a page without prose is all headings: nothing tells the links apart
    in_footer = False
    tail = blocks[last_prose + 1 :]
    spoken = _closing_transcript(tail)
    ending = len(tail)  # the run of headings that ends the page starts here
    while ending > 0 and (not tail[ending - 1].kept or _is_label(tail[ending - 1].text)):
        ending -= 1
    for i, block in enumerate(tail):
        if block.reason in noise.footer_reasons:
            in_footer = True
        elif last_prose + 1 + i in own or i in spoken or _INNER_STOP.search(block.text):
            continue
        elif block.kept and (
            (in_footer and is_heading_like(block.text)) or (i >= ending and _is_label(block.text))
        ):
            block.reason = "navigation"


def _closing_transcript(tail: list[Block]) -> set[int]:
    """The whole quotes right after the article's last paragraph, each perhaps under its
    speaker's label (a line of its own above it), with nothing dropped between them: the
    transcript's last words, which a footer's headlines (after the footer's furniture) are
    not."""
    spoken: set[int] = set()
    i = 0
    while i < len(tail) and tail[i].kept:
        if QUOTE_LINE.match(tail[i].text):
            spoken.add(i)
            i += 1
        elif i + 1 < len(tail) and tail[i + 1].kept and QUOTE_LINE.match(tail[i + 1].text):
            spoken |= {i, i + 1}
            i += 2
        else:
            break
    return spoken


def names_topic(topic: TopicProfile, text: str) -> bool:
    """Whether ``text`` names any of the topic's actors or terms (the first one found
    answers)."""
    return topic.terms.search(text) is not None


# Fewer items above the article may be its own points (or a breadcrumb, handled apart).
_OTHER_STORIES_MIN_ITEMS = 3


def _mark_other_stories_above(
    blocks: list[Block], bullets: tuple[str, ...], topic: TopicProfile
) -> None:
    """A list of headlines above the article's first paragraph, half or more of them
    naming nothing of the topic (a video widget's playlist, a portal's top stories):
    links to other stories, the topical ones among them too. A list of the article's own
    points names the topic in most of them, and stays."""
    first = next((i for i, b in enumerate(blocks) if b.kept and is_prose(b.text)), len(blocks))
    run: list[Block] = []
    for block in [*blocks[:first], None]:
        listed = block is not None and block.kept and list_item(block.text, bullets)
        if listed and block is not None and is_heading_like(block.text):
            run.append(block)
            continue
        unrelated = sum(not names_topic(topic, b.text) for b in run)
        if len(run) >= _OTHER_STORIES_MIN_ITEMS and 2 * unrelated >= len(run):
            for item in run:
                item.reason = "navigation"
        run = []


def _mark_off_topic(
    blocks: list[Block], topic: TopicProfile, advert_label: AnyForm | None, language: str | None
) -> None:
    """Stretches with none of the topic's actors or terms, in a page that is on topic.

    A stretch goes when it is long, when it follows an advert label (the advert's own
    text), or when it stands beside an off-topic section (its heading or the aggregator's
    comment on it). A newsletter box, dropped as an advert too, labels no advert: the
    paragraph after it is the story's.
    """
    free = [b for b in blocks if b.kept and b.section is None]
    if not any(names_topic(topic, b.text) for b in free):
        return  # the whole page is off the topic profile: keep it, it is what was ingested
    min_chars = _OFF_TOPIC_MIN_CHARS.get(language or "", _OFF_TOPIC_MIN_CHARS_DEFAULT)
    run: list[Block] = []
    before: str | None = None  # what stands before the current stretch

    def close(after: str | None) -> None:
        if "off_topic_section" in (before, after) or before == "advert":
            drop = run
        elif sum(len(b.text) for b in run) >= min_chars:
            drop = run[:]
            while drop and _is_aside(drop[0].text):
                drop.pop(0)
            while drop and _is_aside(drop[-1].text):
                drop.pop()
        else:
            drop = []
        for b in drop:
            b.reason = "off_topic"

    for block in blocks:
        if block.section is not None:
            anchor = "off_topic_section" if block.reason == "off_topic" else "section"
        elif block.reason == ADVERT and advert_label and advert_label.search(block.text):
            anchor = "advert"
        elif block.kept:
            if not names_topic(topic, block.text):
                run.append(block)
                continue
            anchor = "content"
        else:
            continue  # other furniture neither starts nor ends a stretch
        if run:
            close(anchor)
            run = []
        before = anchor
    if run:
        close(None)


def _not_before(blocks: list[Block], sections: list[Section], knowledge: Knowledge) -> str | None:
    """The newest date the page tells of, leaving out sentences about the future (the
    languages' future words): the page cannot be older than that."""
    dates = [s.published for s in sections if s.published]
    for block in blocks:
        if not block.kept:
            continue
        for sentence in re.split(r"(?<=[。.!?！？])\s*", block.text):
            if any(marker in sentence for marker in knowledge.future_words):
                continue
            dates.extend(iso for _, _, iso, _ in knowledge.calendar.find_dates(sentence))
    return max(dates) if dates else None


def _cut(body: str) -> tuple[str, str]:
    """The body's part to clean and the rest, cut at a line end when one is near."""
    if len(body) <= MAX_CLEANED_CHARS:
        return body, ""
    end = body.rfind("\n", MAX_CLEANED_CHARS - 10_000, MAX_CLEANED_CHARS)
    end = end if end > 0 else MAX_CLEANED_CHARS
    return body[:end], body[end:]


def _join_kept(blocks: list[Block], sections: list[Section]) -> str:
    """The kept blocks, one per line; each section's span set on the joined text."""
    parts: list[str] = []
    offset = 0
    spans: dict[int, list[int]] = {}
    for block in blocks:
        if not block.kept:
            continue
        if parts:
            offset += 1  # the "\n" joining blocks
        if block.section is not None:
            span = spans.setdefault(block.section, [offset, offset])
            span[1] = offset + len(block.text)
        parts.append(block.text)
        offset += len(block.text)
    text = "\n".join(parts)
    for index, section in enumerate(sections):
        if index in spans:
            section.start, section.end = spans[index]
        else:  # nothing of it kept (off-topic): an empty span where it stood
            later = [s[0] for i, s in spans.items() if i > index]
            section.start = section.end = min(later) if later else len(text)
    return text


def clean(doc: Document, knowledge: Knowledge) -> Document:
    """Fill in ``doc.text``, ``dropped``, ``sections``, ``kind`` and the page dates."""
    noise, agg = knowledge.noise, knowledge.aggregator
    body, rest = _cut(doc.body)
    blocks = split_blocks(body, noise, agg)
    _cut_leading_stamp(blocks, agg, knowledge.calendar)
    mark_furniture(blocks, noise, agg.bullets)
    keep_speaker_labels(blocks)
    mark_doubled_captions(blocks)
    mark_machine_summary(blocks, noise)
    mark_summary_boxes(blocks, noise, agg.bullets)
    mark_picture_names(blocks, noise)
    mark_repeated_titles(blocks, doc.title, noise, is_heading)
    mark_other_headlines(blocks, is_heading)
    mark_comment_threads(blocks, noise)
    mark_captions(blocks)
    mark_picture_captions(blocks, noise)
    mark_latin_headings(blocks, is_heading)
    mark_listed_links(blocks, agg.bullets)
    mark_short_labels(blocks)
    mark_unmarked_links(blocks)
    mark_teasers(blocks)
    mark_related_tail(blocks, noise)
    mark_header_strays(blocks)
    _mark_other_stories_above(blocks, agg.bullets, knowledge.topic)
    mark_closing_outlet(blocks)
    sections = _find_sections(blocks, knowledge)
    header_date = _mark_datelines(blocks, agg, knowledge.calendar)
    own_list = mark_closing_list(
        blocks, agg.bullets, lambda text: names_topic(knowledge.topic, text)
    )
    _mark_footer_links(blocks, noise, own_list)
    _mark_off_topic(blocks, knowledge.topic, noise.block_rules.get(ADVERT), doc.language)

    doc.text = _join_kept(blocks, sections)
    doc.sections = sections
    if rest:  # kept as it is, after what was judged
        tail = "\n".join(line.strip() for line in rest.split("\n") if line.strip())
        doc.text = f"{doc.text}\n{tail}" if doc.text and tail else doc.text or tail
    doc.kind = "aggregator" if sections else "article"
    doc.dropped = [Dropped(b.text, b.reason) for b in blocks if not b.kept]
    doc.dropped += [Dropped(text, classify(text, noise, agg.bullets)) for text in doc.outside_main]
    for item in doc.dropped:
        if item.reason == CONTENT:  # outside the main text, but no rule says what it is
            item.reason = "navigation" if is_heading_like(item.text) else "boilerplate"

    if not doc.title:
        first = next((b for b in blocks if b.kept or b.date), None)
        if first is not None and is_heading_like(first.text):
            title = first.text
            for start, end, _, _ in reversed(knowledge.calendar.find_dates(title)):
                title = title[:start] + title[end:]
            doc.title = title.strip() or None
    if not doc.published and not sections:
        doc.published = header_date
    if not doc.published:
        # Below the page's own byline: the date its address carries (/2024/12/19/…).
        doc.published = knowledge.calendar.date_in_url(doc.url)
    if not doc.published:
        doc.published_not_before = _not_before(blocks, sections, knowledge)
    return doc
