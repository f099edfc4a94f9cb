"""What a sentence must show before facts are read from it: a tie word together with a status cue, or
words that say a tie exists; and the status such words imply.
"""

from __future__ import annotations

import re

from parsers.facts.cues import is_refusal, names_a_tie, names_the_signed_document, status_of
from parsers.facts.links import APPOSITIVE, COUNT_IN_WORDS, HOW_LONG, OUR_PARTNER_DASH, OUR_TWINS_FROM
from parsers.facts.name_context import name_spans
from parsers.facts.owner_list import owner_list_in
from parsers.facts.vocabulary import ADJ, BINDS
from parsers.places.ua_places import UaMention
from parsers.scan import first_letter_scan

REGION_PHRASE = re.compile(
    rf"\b((?=[А-ЯІЇЄҐ]){ADJ})\s+"
    # the unit's noun, not an adjective made from it ("X-ським районним виконавчим комітетом" is a body)
    r"(район(?!н)\w*|кра[йюїє]\w*|повіт(?!ов)\w*|лен\w*|воєводств\w*|графств\w*|провінці(?!йн)\w*|округ\w*|"
    r"жудец\w*)"
)


# A Latin-script name, its capital letter accented too ("Łódź", "Žatec", "Ústí").
LATIN_NAME = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:[- ][A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)*\b")


# A word between "має" and the document that is no infinitive: "мають затвердити угоду" is a duty to come.
_NOT_AN_INFINITIVE = r"(?:(?![а-яіїєґ'’]+(?:ти|тися|тись)\s)\w+\s+)?"
_EXISTS = re.compile(
    r"\bє\s+(?:\w+\s+)?(?:побратим|партнер)|давн\w*\s+(?:\w+\s+)?(?:побратим|партнер|друз)|"
    r"партнерськ\w*\s+(?:міст|громад|ґмін|гмін)|міст\w*-(?:побратим|партнер)|(?:побратим|партнер)\w*\s+вже|"
    r"(?:побратим|партнер)\w*\s+(?:ще\s+)?(?:з|із)\s+\d{4}|співпрацю(?:є|ють|вали|вав|вала|вало)\s+(?:з|із)|дружи\w*|"
    # "є партнерами", "має партнерів"; not any verb that ends so ("розглядає партнерство")
    r"\b(?:є|ма(?:є|ють)|були|залишаються)\s+(?:нашими\s+)?(?:побратим|партнер)|"
    # "X і Y – (давні) побратими": the dash for "are"
    r"[–—]\s+(?:давні\s+|офіційні\s+|справжні\s+)?(?:міст\w*-)?(?:побратим|партнер)и\b|"
    rf"(?:побратим|партнер)(?:ом|ами)\s+(?:\S+\s+){{0,2}}?(?:{HOW_LONG}\s+)?(?:є|залишає\w*|стал\w*|став)\s|"
    rf"{OUR_TWINS_FROM}(?-i:[А-ЯІЇЄҐ])|"
    r"(?:народил|з'явил|постал)\w*\s+(?:\w+\s+)?(?:партнерств|побратимств|угод)|"
    # "з'явилися дві нові пари: A – X, B – Y": pairs of partners come into being
    r"(?:народил|з'явил|постал)\w*\s+(?:\w+\s+){0,2}?пар(?:и|а)?\s*:|"
    # "зберігає та розвиває партнерство з X": a tie kept up, in force
    r"\b(?:зберіга|розвива|підтриму)\w*\s+(?:(?:та|і|й)\s+\w+\s+)?(?:\w+\s+)?(?:партнерств|побратимств)\w*\s+"
    r"(?:з|із|зі)\s|"
    r"\bзберег\w*\s+(?:\w+\s+)?(?:угод|договір|договор|меморандум|партнерств|побратимств|співпрац|зв'яз)|"
    rf"\bма(?:є|ють|в|ла|ли|ло)\s+{_NOT_AN_INFINITIVE}(?:угод|договір|договор|меморандум)\w*\s+про\s+"
    r"(?:партнер|співпрац|співробітн|побрат|дружб)|"
    # "має угоду з X", "має чотири партнерські угоди – з містами …"
    rf"\bма(?:є|ють|в|ла|ли|ло)\s+{_NOT_AN_INFINITIVE}{_NOT_AN_INFINITIVE}(?:угод|договір|договор|меморандум)\w*\s+"
    r"(?:[–—]\s+)?(?:(?:лише|тільки|також|ще|вже)\s+)?(?:з|із|зі)\s|"
    rf"\bма(?:є|ють|в|ла|ли|ло)\s+{_NOT_AN_INFINITIVE}(?:партнерств|побратимств)\w*\s+(?:(?:лише|тільки|також)\s+)?(?:з|із|зі)\s|"
    # "має/підтримує (тісні) партнерські зв'язки": relations kept up now
    r"\b(?:ма(?:є|ють)|підтриму(?:є|ють))\s+(?:\w+\s+){0,2}?(?:партнерськ|побратимськ)\w*\s+"
    r"(?:зв'яз|відносин|стосунк)|"
    rf"\b{BINDS}\w*\s+(?:\w+\s+){{0,2}}?(?:угод|побратим|партнерств)|"
    # "партнерства, що вже діють: …", "чинні угоди: …": ties in force
    r"(?:партнерств|побратимств|угод|договор|меморандум)\w*\s*,?\s+(?:(?:що|які)\s+)?(?:вже\s+|досі\s+)?"
    r"(?<!не )ді(?:ють|є)\b|"
    # a table's state after its document: "меморандум про співпрацю, діє"
    r"(?:угод|договір|договор|меморандум)\w*(?:\s+про\s+\w+)?\s*,\s+(?<!не )(?:діє|чинн\w*)\b|"
    r"\b(?:чинн|діюч)\w*\s+(?:\w+\s+)?(?:партнерств|побратимств|угод|договор|меморандум)|"
    # "Угода з X чинна", "угода з X досі діє", "… залишається чинною": the agreement with X in force
    r"\b(?:угод|договір|договор|меморандум)\w*\s+(?:з|із|зі)\s+[^,.;:]{1,60}?\s(?:досі\s+|і\s+далі\s+|й\s+далі\s+)?"
    r"(?<!не\s)(?:залишається\s+)?(?:чинн\w*|діє)\b|"
    # "Угода про побратимство між X і Y діє з 18 вересня 2012 року": in force since a date
    r"\b(?:угод|договір|договор|меморандум)\w*\s[^.;:]{0,120}?\s(?<!не\s)діє\s+(?:з|із|від)\s+(?:\S+\s+)?\d|"
    r"(?:річниц\w*|\S*річчя|ювіле\w*)\s+(?:\S+\s+){0,3}?(?:побратимств|партнерств|співпрац|підписанн)|"
    rf"відзнач\w*\s+(?:\S+\s+){{0,2}}?(?:\d+|{COUNT_IN_WORDS})\s+(?:рок\w*|рік|літ)\s+(?:\S+\s+)?"
    r"(?:побратимств|партнерств|співпрац|дружб)|"
    # "минає двадцять років від дня підписання угоди": an anniversary of the signing
    r"\b(?:мина[єю]|минуло|виповню\w*|виповнил\w*)\s+(?:\S+\s+){0,3}?(?:рок\w*|рік|літ)\s+(?:з|від)\s+"
    r"(?:дня\s+)?(?:підписанн|укладенн)",
    re.IGNORECASE,
)
# "приклад партнерства між X та Y", "співпраця між X та Y триває": the tie "між" names, held up as an
# example or going on, exists; the sentence's other pairs are not told so.
_EXISTS_BETWEEN = re.compile(
    r"\bприклад\w*\s+(?:\w+\s+)?(?:партнерств|побратимств|співпрац)\w*\s+між\b|"
    r"(?:партнерств|побратимств|співпрац)\w*\s+між\s+[^.;:]{1,120}?\s(?<!не\s)"
    r"(?:триває|продовжується|розвивається)\b|"
    # "Угода про партнерство між A та B – 09.09.2025": a document of the two, dated to the day, as a
    # register lists what was signed (not a draft's: "проєкт угоди між …")
    r"(?<!проєкт )(?<!проект )(?<!проєкту )(?<!проекту )"
    r"\b(?:угод|меморандум|договір|договор|лист\w*\s+про\s+наміри|декларац)\w*\s+(?:[\w'’-]+\s+){0,6}?між\s+[^.;:]{1,160}?\s[–—-]\s+(?:від\s+)?"
    r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_EXISTS_SCAN = first_letter_scan(_EXISTS, optional_start=True)
"""Whether :data:`_EXISTS` matches, found faster: a look-ahead on its first letters lets the scan skip
other characters (a ``\\S*`` before a word lets a match begin anywhere, but then the same branch also
matches from that word on)."""


def says_tie_exists(text: str) -> bool:
    """Words saying the tie exists (:data:`_EXISTS`) stand in the text."""
    return _EXISTS_SCAN.search(text) is not None


def may_hold_a_fact(text: str) -> bool:
    """The sentence passes the tests of :meth:`Extractor._sentence_facts` that need no place: it names
    a tie (or has an owner's list, or names a signed document, which may be the tie of the sentence
    before), is no refusal, and has a status cue, words saying the tie exists, an owner's list or a
    twin word (see :func:`may_state_a_fact`)."""
    listing = owner_list_in(text)
    return (
        (listing is not None or names_a_tie(text) or names_the_signed_document(text))
        and not is_refusal(text)
        and bool(
            listing
            or status_of(text)
            or says_tie_exists(text)
            or _EXISTS_BETWEEN.search(text)
            or _APPOSITIVE_WORD.search(text)
        )
    )


def may_state_a_fact(text: str, status: str | None, ua: list[UaMention]) -> bool:
    """Whether any pair of the sentence can get a status (see :func:`implied_status`): a status cue
    (a clause's cue is one of the sentence's), words saying the tie exists, an owner's list, or a
    twin word where an appositive link can stand (an appositive needs a Ukrainian side named in the
    sentence). A sentence without any of them gives no fact, so its foreign names need no resolving."""
    return bool(
        status
        or says_tie_exists(text)
        or _EXISTS_BETWEEN.search(text)
        or owner_list_in(text)
        or (ua and _APPOSITIVE_WORD.search(text) and _appositive_may_stand(text, ua))
        or OUR_PARTNER_DASH.match(text)  # "Наш другий партнер – X": an appositive with the owner
    )


_APPOSITIVE_WORD = re.compile(r"побратим|партнер|поріднен", re.IGNORECASE)


def _appositive_may_stand(text: str, ua: list[UaMention]) -> bool:
    """A twin word stands right before a place where a pair's list can start: a Ukrainian mention, or
    a name, a region phrase or a Latin name that a partner could be read from (before resolving them)."""
    starts = {m.start for m in ua}
    starts.update(start for start, _, _ in name_spans(text))
    starts.update(match.start() for match in REGION_PHRASE.finditer(text))
    starts.update(match.start() for match in LATIN_NAME.finditer(text))
    return any(APPOSITIVE.search(text[max(0, start - 60) : start]) for start in starts)


def implied_status(text: str, link_kind: str) -> str | None:
    """With no status cue, a tie is signed only when the text says it exists; else no status, no fact.
    A partner called potential or future ("потенційного партнера — місто X"), or one that will or may
    become a partner ("X стане партнером громади"), is none yet."""
    if _PROSPECTIVE_PARTNER.search(text):
        return None
    if link_kind == "appositive" and _CONSIDERED_PARTNER.search(text):
        return None  # "розглядали іншого партнера — місто X": a partner weighed, not had
    if link_kind in ("owner_list", "appositive") or says_tie_exists(_WHAT_IT_PROVIDES_FOR.sub(" ", text)):
        return "signed"  # not from what a document provides for ("передбачав «… з міста-партнера»")
    if link_kind == "between" and _EXISTS_BETWEEN.search(text):
        return "signed"
    return None


_WHAT_IT_PROVIDES_FOR = re.compile(r"\bпередбача\w*\s[^.;]*", re.IGNORECASE)
_CONSIDERED_PARTNER = re.compile(
    r"\b(?:розгляда|обира|шука)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:партнер|побратим)\w*\s*[—–-]", re.IGNORECASE
)
_PROSPECTIVE_PARTNER = re.compile(
    r"\b(?:потенційн|можлив|майбутн|перспективн)\w*\s+(?:[\w'’-]+\s+)?(?:партнер|побратим)|"
    # "стане партнером", "вирішив стати партнером": an act not done yet, whoever wills or may do it
    r"\b(?:стан(?:е|уть|емо)|стати)\s+(?:[\w'’-]+\s+){0,3}?(?:партнер|побратим)",
    re.IGNORECASE,
)
