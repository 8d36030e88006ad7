"""Acts that are themselves a saying, credited to whoever says them.

官房長官は記者会見で…と非難した; 韓国外務省報道官は…を強く非難した; 報道官は…を一蹴した:
an accusation, a denial, praise or a demand is done by saying it, so its source is its
doer — a person or a body, named as the one speaking — while the text still states it as
fact (the status stays, as in English). A state named bare (北朝鮮は…を非難した) is left as
the text's own statement, as before.
"""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang import SPEAKING_KINDS
from kansoku.lang.ja.lexicon import Lexicon
from kansoku.lang.ja.sentence_tellers import credited_to, speaks_set_off
from kansoku.model import Mention
from kansoku.reading import TriggerReading


def credit_the_speaking_doer(
    readings: list[TriggerReading], mentions: list[Mention], lex: Lexicon
) -> list[TriggerReading]:
    """Each speech act told as fact with no source, sourced to its doer when the doer is a
    person or a body."""
    kinds = {m.entity_id: m.kind for m in mentions}
    out = []
    for reading in readings:
        claim, actors = reading.claim, reading.args.actors
        if (
            reading.entry.category in lex.speech_acts
            and claim.source is None
            and claim.status == "asserted"
            and actors
            and kinds.get(actors[0]) in SPEAKING_KINDS
        ):
            reading = replace(reading, claim=replace(claim, source=actors[0]))
        out.append(reading)
    return out


def one_voice_to_the_end(
    readings: list[TriggerReading], text: str, mentions: list[Mention], lex: Lexicon
) -> list[TriggerReading]:
    """情報機関は2日、北朝鮮が弾薬を送り、代わりに…を得ていると説明した: an act
    told with no teller after the sentence's speaker (a topic set off by a comma or a
    day, the sentence ending in a verb of saying) is part of what the speaker tells,
    though the parser hung its verb outside the quoted clause."""
    speaker = next((m for m in mentions if speaks_set_off(text, m, lex)), None)
    if speaker is None:
        return readings
    # 「…」と述べた: only the bracketed words are told; what the speaker did before the
    # quote (…と会談し、「…」と述べた) the text tells itself.
    quote = text.rfind("「") if text.rstrip("。 ").rfind("」と") > 0 else -1
    told_from = max(speaker.end, quote)
    return [
        replace(r, claim=credited_to(r.claim, speaker.entity_id))
        if r.claim.source is None
        and not r.claim.credited
        and r.start >= told_from
        and r.entry.category not in (*lex.speech_acts, *lex.acts_by_saying)
        else r
        for r in readings
    ]
