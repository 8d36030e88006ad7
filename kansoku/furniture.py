"""Page furniture by its form: a page's text split into blocks, and each block that is not
article text marked with why (noise.yaml): menus, adverts, share and comment widgets,
bylines and credits, captions, boilerplate, repeated headings, lists of links under a
widget label, and English subtitles in a page written in another script. ``clean`` builds
on these marks (sections, datelines, footers, off-topic stretches)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kansoku.knowledge import AggregatorRules, NoiseRules
from kansoku.titles import CJK_LETTER, QUOTE_LINE, SENTENCE_END, cut_pasted_headlines

CONTENT = "content"
COMMENTS = "comments"
NAVIGATION = "navigation"
# noise.yaml's rules for the heading of a reader comment thread (a comment's reason) and
# for the heading of a list of other stories (a navigation label).
THREAD = "comments_thread"
RELATED = "related_heading"
# An advert's label heads the advert's own text; the outlet's promotion of itself (a
# newsletter box) is dropped as an advert too but heads nothing.
ADVERT = "advert"
PROMOTION = "promotion"
# noise.yaml's rules for the label of a summary a machine wrote (a navigation label) and
# for a picture's credit (a credit, which may have its caption on the line above).
SUMMARY = "machine_summary"
PICTURE = "picture_credit"
# noise.yaml's rules that hold only where a line stands (kansoku.boxes): the heading of an
# outlet's summary box (over its bulleted items), a caption naming its picture (below the
# title). No rule of a line alone.
SUMMARY_BOX = "summary_box"
PICTURE_NAME = "picture_name"
_PLACED = (SUMMARY_BOX, PICTURE_NAME)
_HEADINGS = {
    THREAD: COMMENTS,
    RELATED: NAVIGATION,
    PROMOTION: ADVERT,
    SUMMARY: NAVIGATION,
    PICTURE: "credit",
}
_SUMMARY_MAX_ITEMS = 6
ANY_STOP = re.compile(r"[。．!?！？]|\.(?=\s|$)")  # a Japanese stop needs no space after it
# What a line under a list's heading may hold to be a link: a headline or a summary of one
# sentence, as long as a headline may run.
_RELATED_MAX_CHARS = 50
URL = re.compile(r"https?://[\x21-\x7e]+")
_NO_LETTERS = re.compile(r"^[\W_]*$")
_WORD_SPLIT = re.compile(r"[\s|/·•>»:：,]+|(?<=[a-zа-я])(?=[A-ZА-Я])|(?<=[A-Z])(?=[A-Z][a-z])")
# A list item's mark (• 保存, - Related, 1. 見出し): furniture in a list is still furniture.
_NUMBER_MARK = re.compile(r"^(?:\d{1,2}[.)．）]|[(（]\d{1,2}[)）])\s*(?=\S)")
# A label in brackets ([全文を読む], ＜関連記事＞, 【続きはこちら】) is the label.
_ENCLOSED = re.compile(
    r"^[\[［【<＜《〈(（]([^\[\]［］【】<>＜＞《》〈〉()（）]{1,40})[\]］】>＞》〉)）]$"
)
# An image given as a link (![alt](address)): the line under it is its caption.
_IMAGE_LINE = re.compile(r"^!\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^)]*\)$")  # [credit] in it
_CAPTION_MAX_CHARS = 300
_CAPTION_MIN_CHARS = 12
# Where a dateline in brackets may start a paragraph: 【例示市共同】, [例示市 4日 ロイター].
_DATELINE_OPEN = re.compile(r"(?<=\S)\s*[【\[［]")
_DATELINE_CLOSE = re.compile(r"[】\]］]")
# Where a caption closed by its credit may end and the story start with no dateline: at a
# space ("…=AP 同省は…"), right after the credit's closing bracket, or where a credit in
# Latin letters meets the story's kana or han (no space at all), when the caption has
# the "＝" that joins a picture to its date and source ("…兵士=8月(ロイター=共同)同軍は…";
# "…通信(ロイター)によると…" is a sentence) or ends on a credit dated by its year in
# brackets (a Japanese wire's "(2025 Reuters)" after what the picture shows).
_CAPTION_END = re.compile(
    r"(?<=\S)\s+(?=\S)|(?<=[)）])(?=\S)|(?<=[A-Za-z])(?=[\u3040-\u30ff\u4e00-\u9fff])"
)
_CAPTION_JOIN = re.compile(r"[=＝]")
_DATED_CREDIT = re.compile(r"[(（]\s*\d{4}[^\s\d()（）]?\s+[^()（）]{1,60}[)）]$")  # year, mark
# A picture's credit cut off a line after "＝" ("=例示省提供", "=資料写真").
_PICTURE_CREDIT = re.compile(r"^[=＝]")
# A menu's or a breadcrumb's item is a word or two; an article's summary point is longer.
_MENU_ITEM_MAX_CHARS = 8
# Headlines under a widget label inside the article, each a line without its list mark.
_LINKS_MIN_ITEMS = 2
_LINKS_MAX_ITEMS = 10
_LINK_MAX_CHARS = 100
# A summary cut short: "…", "...", "[…]".
_TRUNCATED = re.compile(r"(\u2026|\.{3}|[\[(][\u2026.]{1,3}[\])])\s*$")
# A broadcast's quote in brackets after its speaker: "[Name / post : "..."]".
_SPEAKER_QUOTE = re.compile(r"^[\[［][^\]］]{1,60}[:：]")
# A credit is cut off the end of a line only when a caption or paragraph is left (文=…
# is a byline of its own).
_TAIL_MIN_REST = 4
# A sentence's end with a space after it, and the most words a run of glued labels has.
_SENTENCE_STOP = re.compile(r"([。．!?！？]|(?<!\d)\.)[」』\"”)）]*(?=\s)")  # "2026.06.12." dates
_LABEL_RUN_MAX_WORDS = 12
_LABEL_HEAD_MAX_WORDS = 4
_SPACED_WORD = re.compile(r"[A-Za-z\uac00-\ud7a3]")  # the letters of languages spaced by word
# A word or two of kana, han or hangul alone on a line, no mark, digit or stop in it: a
# section's or a tag's label, a menu item, a writer's name under a profile label. A line
# that opens a quote after it names the speaker, and is kept.
_SHORT_LABEL = re.compile(
    r"^[\u3041-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u3005][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u3005\u30fb]{0,5}$"
)
_HIRAGANA_END = re.compile(r"[\u3041-\u3096]$")
_QUOTE_OPEN = re.compile(r"^[\u300c\u300e\u201c\u2018\"'\u300a\u3008<\uff1c]")


@dataclass
class Block:
    text: str
    reason: str = CONTENT
    date: str | None = None  # a dateline's date
    section: int | None = None  # index into the sections being built
    tail: bool = False  # cut off the end of a line of text (a credit, a "see more" link)

    @property
    def kept(self) -> bool:
        return self.reason == CONTENT


def is_heading_like(text: str) -> bool:
    """A title or link text: short, and not ending like a sentence."""
    return len(text) <= 150 and not re.search(r"[。．.]\s*$", text)


def is_prose(text: str) -> bool:
    return len(text) >= 10 and bool(SENTENCE_END.search(text))


def split_blocks(body: str, noise: NoiseRules, agg: AggregatorRules) -> list[Block]:
    blocks: list[Block] = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        # Text glued after a read-more line's URL is the aggregator's own next paragraph.
        if agg.read_more.search(line) or agg.source_line.search(line):
            url = URL.search(line)
            if url and line[url.end() :].strip():
                blocks.append(Block(line[: url.end()]))
                line = line[url.end() :].strip()
        caption, line = _cut_caption_head(line, noise)
        if caption:
            blocks.append(Block(caption, reason="credit"))
        label, line = _cut_label_head(line, noise)
        if label:
            blocks.append(label)
        line, headlines = cut_pasted_headlines(line, noise)
        pasted = [Block(h, reason=NAVIGATION, tail=True) for h in headlines]
        parts = _cut_tails(line, noise)
        if (
            len(parts) > 1
            and not is_prose(parts[0].text)
            and classify(line, noise, agg.bullets) != CONTENT
        ):
            # A whole caption or byline goes, not only the credit that closes it; a
            # paragraph with a credit glued after its last sentence keeps the paragraph.
            parts = [Block(line)]
        elif len(parts) > 1 and _captioned(parts, noise, headline=not blocks):
            parts = [Block(line, reason="credit")]
        # A pasted headline stands before its paragraph: it heads no footer after the story.
        blocks += pasted + parts
    return blocks


def _captioned(parts: list[Block], noise: NoiseRules, headline: bool) -> bool:
    """Whether what is left of a line once its credit is cut off is the picture's caption,
    so that the caption goes with its credit: a caption by its form (a wire's caption told
    in sentences: the day, the story's first sentence, what the picture shows), or, below
    the page's first line (a wire's headline closed by its source keeps its words), a line
    that is no sentence and whose cut credit follows an equals sign (a file photo's)."""
    rest, credits = parts[0].text, [p for p in parts[1:] if p.reason == "credit"]
    if not credits:
        return False
    if noise.caption.search(rest):
        return True
    return (
        not headline
        and not SENTENCE_END.search(rest)
        and not _HIRAGANA_END.search(rest)  # a caption ends on a noun, a wire's clause on a verb
        and any(_PICTURE_CREDIT.search(c.text) for c in credits)
    )


def _cut_caption_head(line: str, noise: NoiseRules) -> tuple[str | None, str]:
    """A photo caption glued before the article's dateline in brackets (a caption closed
    by its credit, then the wire's bracketed dateline and the story; "…(c)AFP PHOTO / …
    [March 4 AFP] Story…"): the caption and the rest."""
    # A caption is short: only the brackets near the line's start are looked at.
    for bracket in _DATELINE_OPEN.finditer(line, 0, _CAPTION_MAX_CHARS):
        head = line[: bracket.start()].strip()
        if len(head) < _TAIL_MIN_REST or is_prose(head):
            continue
        if (
            noise.caption.search(head)
            or _byline_before_dateline(head, line, bracket.end(), noise)
            or _caption_before_dateline(head, line, bracket.end(), noise)
        ):
            return head, line[bracket.start() :].lstrip()
    # Without a dateline, the story after the caption must be a sentence of its own; the
    # longest such caption goes (a credit may follow another: "…(例示通信配信)(AFP時事)").
    found: tuple[str | None, str] = (None, line)
    for cut in _CAPTION_END.finditer(line, 0, _CAPTION_MAX_CHARS):
        head, rest = line[: cut.start()].strip(), line[cut.end() :]
        if (
            (
                cut.end() > cut.start()
                or _CAPTION_JOIN.search(head)
                or _ENCLOSED.match(head)
                or (_DATED_CREDIT.search(head) and _caption_words(head))
            )
            and not rest[:1].islower()  # "… (Yonhap) on Monday": one sentence
            and len(head) >= _TAIL_MIN_REST
            and not is_prose(head)
            and noise.caption.search(head)
            and is_prose(rest)
        ):
            found = head, rest
    return found


def _caption_words(head: str) -> bool:
    """What a picture shows, before its dated credit, ends on a noun (a photo of a port); a
    story's sentence ends on a verb's kana."""
    return not any(_HIRAGANA_END.search(part) for part in head.split("。")[:-1])


def _cut_label_head(line: str, noise: NoiseRules) -> tuple[Block | None, str]:
    """A portal's labels glued before a paragraph's first sentence, a space after each (a
    section's name, a breaking-news tag in brackets): the words before the story that are
    widget labels on their own go. A Japanese sentence has no space inside it; English and
    Korean ones do, and may open with a word that is a label alone ("More", "Share"):
    words in Latin letters or hangul are left, and so are list marks, datelines and
    bylines (credits the readers date a story by)."""
    words = line.split(maxsplit=_LABEL_HEAD_MAX_WORDS)
    reasons: list[str] = []
    for word in words[:-1]:
        reason = classify(word, noise)
        if reason in (CONTENT, "credit") or _SPACED_WORD.search(word) or _NO_LETTERS.match(word):
            break  # a list's mark is the list's, not a label
        reasons.append(reason)
    while reasons:
        rest = line.split(maxsplit=len(reasons))[-1]
        if is_prose(rest):
            head = line[: len(line) - len(rest)].strip()
            return Block(head, reason=reasons[0], tail=True), rest
        reasons.pop()
    return None, line


def _caption_before_dateline(head: str, line: str, opened: int, noise: NoiseRules) -> bool:
    """A caption with no credit of its own (a note that the picture was edited) glued
    before a wire's dateline and its story: a head in kana or han that is no sentence and
    ends on a noun or a bracket, a credit in the brackets, a sentence after them."""
    close = _DATELINE_CLOSE.search(line, opened)
    if close is None:
        return False
    dateline, rest = line[opened - 1 : close.end()].strip(), line[close.end() :].strip()
    return (
        len(head) >= _CAPTION_MIN_CHARS  # "米国防総省[ワシントン]は…": a subject, not a caption
        and (dateline[:1] == "【" or any(c.isdigit() for c in dateline))
        and bool(CJK_LETTER.search(head))
        and not _HIRAGANA_END.search(head)
        and classify(dateline, noise) == "credit"
        and not rest[:1].islower()
        and is_prose(rest)
    )


def _byline_before_dateline(head: str, line: str, opened: int, noise: NoiseRules) -> bool:
    """A writer's name glued before the wire's bracketed dateline, as a Japanese wire page
    runs it ("Jane Doe[City 4 Wire] - Story"): the head is a byline and the bracket a dated
    credit, each by its form. A name before any other bracket ("North Korea [KCNA] said")
    is the sentence's own."""
    close = _DATELINE_CLOSE.search(line, opened)
    if close is None:
        return False
    dateline = line[opened - 1 : close.end()].strip()
    return (
        any(c.isdigit() for c in dateline)  # a dateline dates; "[KCNA]", "[left]" do not
        and classify(head, noise) == "credit"
        and classify(dateline, noise) == "credit"
    )


def _cut_tails(line: str, noise: NoiseRules) -> list[Block]:
    """The line, with furniture glued to its end (a credit, a "see more" link) cut off as
    blocks of their own, innermost last. A portal also pastes a link to its pictures or to
    another story between two sentences of a paragraph: a pattern that matches short of
    the line's end cuts out only what it matched, and the paragraph closes up around it."""
    line, run = _cut_label_run(line, noise)
    tails: list[Block] = [run] if run else []
    cut = True
    while cut:
        cut = False
        for reason, pattern in noise.inline_tails.items():
            match = pattern.search(line)
            if match and any(u.start() < match.start() < u.end() for u in URL.finditer(line)):
                continue  # "…?ref=youtube": the address's own words
            if match and len(line[: match.start()].strip()) >= _TAIL_MIN_REST:
                furniture = line[match.start() : match.end()].strip()
                tails.insert(0, Block(furniture, reason=reason, tail=True))
                left, right = line[: match.start()].rstrip(), line[match.end() :].lstrip()
                # "。同省" / ". The"; a headline and its story stay apart ("見出し 本文").
                spaced = line[match.start() : match.start() + 1].isspace() and (
                    line[match.end() : match.end() + 1].isspace()
                )
                ascii_gap = left[-1:].isascii() and right[:1].isascii()
                space = " " if ascii_gap or (spaced and not SENTENCE_END.search(left)) else ""
                line, cut = (left + space + right).strip(), True
    return [Block(line), *tails]


def _cut_label_run(line: str, noise: NoiseRules) -> tuple[str, Block | None]:
    """Widget labels glued after a paragraph's last sentence, a word or two each, as a
    portal runs "read more", "tweet", "share" and "back to the list" together ("... said.
    Share Tweet Email"): when every word after the last full stop is furniture by itself,
    the run is cut off."""
    if noise.caption.search(line):
        return line, None  # a caption goes whole, with its credit
    stop = next(reversed(list(_SENTENCE_STOP.finditer(line))), None)
    if stop is None or len(line[: stop.end()].strip()) < _TAIL_MIN_REST:
        return line, None
    rest = line[stop.end() :].strip()
    words = rest.split()
    if not words or len(words) > _LABEL_RUN_MAX_WORDS:
        return line, None
    reasons = [classify(word, noise) for word in words]
    if CONTENT in reasons:
        return line, None
    reason = max(reasons, key=reasons.count)  # the run's most frequent form, first if tied
    return line[: stop.end()].rstrip(), Block(rest, reason=reason, tail=True)


def _unmarked(text: str, bullets: tuple[str, ...] = ()) -> str | None:
    """The text without its list mark or its enclosing brackets, if it has one."""
    mark = next((b for b in bullets if text.startswith(b)), None)
    if mark:
        return text[len(mark) :].strip() or None
    number = _NUMBER_MARK.match(text)
    if number:
        return text[number.end() :]
    enclosed = _ENCLOSED.match(text)
    return enclosed.group(1).strip() if enclosed else None


def classify(text: str, noise: NoiseRules, bullets: tuple[str, ...] = ()) -> str:
    if _NO_LETTERS.match(text):
        return "boilerplate"
    if noise.caption.search(text):
        return "credit"  # a photo's caption and credit, however long
    if len(text) > noise.max_noise_chars:
        return CONTENT
    for reason, pattern in noise.block_rules.items():
        if reason not in _PLACED and pattern.search(text):
            return _HEADINGS.get(reason, reason)
    words = [w.lower() for w in _WORD_SPLIT.split(text) if w]
    if words and len(text) <= 60 and all(w in noise.ui_words for w in words):
        return "navigation"
    inner = _unmarked(text, bullets)
    if inner and inner != text:
        return classify(inner, noise, bullets)
    return CONTENT


def mark_furniture(blocks: list[Block], noise: NoiseRules, bullets: tuple[str, ...]) -> None:
    recent: list[str] = []
    for block in blocks:
        if block.kept:
            block.reason = classify(block.text, noise, bullets)
        if block.kept and block.text in recent:
            block.reason = "boilerplate"  # a heading repeated by the page template
        recent = [*recent[-3:], block.text]


def is_heading(text: str) -> bool:
    """A line that looks like a heading and ends no sentence."""
    return is_heading_like(text) and not SENTENCE_END.search(text)


def mark_comment_threads(blocks: list[Block], noise: NoiseRules) -> None:
    """Below the article's first paragraph, the heading of a reader comment thread alone on
    its line ("23 Comments", a portal's "comments of the web"): every line after it is the
    thread, readers' sentences about the story as they may be, which the page runs to its
    end. A comment counter ("comments (0)") or a button beside a share bar heads nothing,
    and neither does a heading among others (a blog's list of posts, each with its count)."""
    heading = noise.block_rules.get(THREAD)
    if heading is None:
        return
    seen_prose, starts = False, []
    for i, block in enumerate(blocks):
        seen_prose = seen_prose or (block.kept and is_prose(block.text))
        if block.reason == COMMENTS and not block.tail and heading.search(block.text):
            starts.append(i if seen_prose else -1)
    if len(starts) == 1 and starts[0] >= 0:
        for block in blocks[starts[0] + 1 :]:
            block.reason = COMMENTS if block.kept else block.reason


def mark_related_tail(blocks: list[Block], noise: NoiseRules) -> None:
    """Below the article's first paragraph, the heading of a list of other stories alone on
    its line ("Related stories"), when two or more lines follow it to the page's end, each
    one sentence of a link's length: those lines are the list, summaries of the same story
    told as sentences as they may be. A longer line after it, a heading, or one line alone
    (the article's last paragraph under a misplaced widget) is the article's."""
    heading = noise.block_rules.get(RELATED)
    seen_prose = False
    for i, block in enumerate(blocks):
        seen_prose = seen_prose or (block.kept and is_prose(block.text))
        if not (heading and seen_prose and not block.tail and heading.search(block.text)):
            continue
        rest = [b for b in blocks[i + 1 :] if b.kept]
        if len(rest) >= _LINKS_MIN_ITEMS and all(_one_line_story(b.text) for b in rest):
            for b in rest:
                b.reason = NAVIGATION
            return


def mark_machine_summary(blocks: list[Block], noise: NoiseRules) -> None:
    """The sentences under the label of a summary a machine wrote over the story ("AI
    summary"), each one short sentence on its line, up to the first line that is not: they
    retell the story's paragraphs below, and are no source of their own."""
    label = noise.block_rules.get(SUMMARY)
    for i, block in enumerate(blocks):
        if label and block.reason == NAVIGATION and not block.tail and label.search(block.text):
            for item in blocks[i + 1 : i + 1 + _SUMMARY_MAX_ITEMS]:
                one = len(ANY_STOP.findall(item.text)) == 1 and SENTENCE_END.search(item.text)
                if not (item.kept and one and len(item.text) <= 2 * _LINK_MAX_CHARS):
                    break
                item.reason = "boilerplate"


def mark_picture_captions(blocks: list[Block], noise: NoiseRules) -> None:
    """A short line that is no sentence right above a picture's credit ("Photo: Example
    Agency", a stock agency's name) is the picture's caption (the page's first line of text
    is its title, whatever stands under it)."""
    credit = noise.block_rules.get(PICTURE)
    first = next((i for i, b in enumerate(blocks) if b.kept), len(blocks))
    for block, below in pairwise(blocks[first + 1 :]):
        if (
            credit
            and block.kept
            and not below.kept
            and credit.search(below.text)
            and len(block.text) <= _RELATED_MAX_CHARS
            and not SENTENCE_END.search(block.text)
        ):
            block.reason = "credit"


def _one_line_story(text: str) -> bool:
    """A summary of one sentence, as long as a headline (headlines with no stop are
    ``mark_unmarked_links``'s, and a heading with a paragraph under it is an article's)."""
    return (
        len(text) <= _RELATED_MAX_CHARS
        and bool(SENTENCE_END.search(text))
        and len(_SENTENCE_STOP.findall(text + " ")) == 1
    )


def mark_short_labels(blocks: list[Block]) -> None:
    """A line of one or two words in kana, han or hangul alone, next to the page's
    furniture or opening the page (a section label above the title or under the stamp, a
    run of tags, a menu item, a writer's name under a profile label), is furniture too.
    Between two paragraphs such a line is the article's subheading, and stays (also after
    an advert's label); so does a name right before a quote (an interview's speaker) and a
    line ending in a kana particle or verb ending (a sentence the page broke into lines)."""
    labels = [_short_label(blocks, i) for i in range(len(blocks))]

    def paragraph(indices: range) -> bool:  # the nearest line of text that way is prose
        text = next((blocks[j].text for j in indices if blocks[j].kept and not labels[j]), "")
        return is_prose(text)

    def beside_furniture(i: int) -> bool:  # or opening the page, above its title
        return i == 0 or any(j < len(blocks) and not blocks[j].kept for j in (i - 1, i + 1))

    order = list(range(len(blocks)))
    for indices in (order, order[::-1]):  # a run of labels next to furniture goes whole
        for i in indices:
            if (
                labels[i]
                and blocks[i].kept
                and beside_furniture(i)
                and not (paragraph(range(i - 1, -1, -1)) and paragraph(range(i + 1, len(blocks))))
            ):
                blocks[i].reason = "navigation"


def _short_label(blocks: list[Block], i: int) -> bool:
    text = blocks[i].text
    after = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return (
        blocks[i].kept
        and bool(_SHORT_LABEL.match(text))
        and not _HIRAGANA_END.search(text)
        and not _QUOTE_OPEN.match(after)
    )


def mark_captions(blocks: list[Block]) -> None:
    """The line right under an image line, when it is not a paragraph, is its caption."""
    for above, block in pairwise(blocks):
        if (
            _IMAGE_LINE.match(above.text)
            and block.kept
            and len(block.text) <= _CAPTION_MAX_CHARS
            and not SENTENCE_END.search(block.text)
        ):
            block.reason = "credit"


def list_item(text: str, bullets: tuple[str, ...]) -> bool:
    return any(text.startswith(b) for b in bullets) or bool(_NUMBER_MARK.match(text))


def mark_listed_links(blocks: list[Block], bullets: tuple[str, ...]) -> None:
    """A list of headlines under a widget label (related articles, Most read) is links,
    wherever it stands on the page: the list items right after the label that are not
    sentences. Above the article's first paragraph, a label is the page's menu or a skip
    link, and a list under it may be the article's own summary points: there only a list
    that starts with a menu item goes, as far as its items are short (a breadcrumb trail:
    "1. Top", "2. News", "3. World")."""
    in_list = in_menu = seen_prose = False
    for block in blocks:
        if block.kept and is_prose(block.text):
            seen_prose = True
        if block.reason == "navigation":
            in_menu = in_menu if in_list else list_item(block.text, bullets)
            in_list = True
        elif in_list and block.kept:
            inner = _unmarked(block.text, bullets) or block.text
            if (
                list_item(block.text, bullets)
                and is_heading_like(block.text)
                and (seen_prose or (in_menu and len(inner) <= _MENU_ITEM_MAX_CHARS))
            ):
                block.reason = "navigation"
            else:
                in_list = False


def mark_unmarked_links(blocks: list[Block]) -> None:
    """Inside the article, the headlines under a widget label of its own line whose list
    marks were lost when the page became text ("Related", then "Kremlin denies plans for a
    visit" and "Seoul summons the envoy"): two or more short lines, none a sentence, up to
    the next paragraph. One such line alone may be the article's own subheading, a label
    cut off a paragraph's end ("... the ministry said. Read more") heads no list, and a
    whole quote first or second under it with a paragraph after it (a transcript's speech
    under its speaker's label) ends the run."""
    seen_prose = False
    i = 0
    while i < len(blocks):
        block = blocks[i]
        seen_prose = seen_prose or (block.kept and is_prose(block.text))
        i += 1
        if not (seen_prose and block.reason == "navigation" and not block.tail):
            continue
        run: list[Block] = []
        while i < len(blocks) and len(run) < _LINKS_MAX_ITEMS and _unmarked_link(blocks, i, run):
            run.append(blocks[i])
            i += 1
        if len(run) >= _LINKS_MIN_ITEMS:
            for item in run:
                item.reason = "navigation"


def mark_teasers(blocks: list[Block]) -> None:
    """Inside or after the article, the summaries of other stories under a widget label of
    its own line (related news, recommended), each cut short by a truncation mark (perhaps
    already cut off it as a tail), are links however long they are (a summary runs past
    any heading's length). Stamps and credits between them do not end the run; a line not
    cut short does."""
    seen_prose = in_run = False
    for i, block in enumerate(blocks):
        if block.kept and not in_run:
            seen_prose = seen_prose or is_prose(block.text)
        if block.reason == "navigation" and not block.tail:
            in_run = seen_prose
        elif block.kept:
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            cut_short = _TRUNCATED.search(block.text) or (
                after is not None and after.tail and _TRUNCATED.search(after.text)
            )
            if in_run and cut_short:
                block.reason = "navigation"
            else:
                in_run = False


def _unmarked_link(blocks: list[Block], i: int, run: list[Block]) -> bool:
    block, text = blocks[i], blocks[i].text
    # A transcript's quote (under its speaker's label), with a paragraph after it.
    spoken = len(run) <= 1 and QUOTE_LINE.match(text) is not None
    after = next((b.text for b in blocks[i + 1 : i + 3] if b.kept), "") if spoken else ""
    return (
        block.kept
        and len(text) <= _LINK_MAX_CHARS
        and is_heading_like(text)
        and not is_prose(text)
        and not _SPEAKER_QUOTE.match(text)
        and not (spoken and is_prose(after))
    )
