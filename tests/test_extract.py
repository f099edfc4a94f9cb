"""Partnership facts from article text: the seeds' pairs exactly, hard cases, the output contract."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from parsers.facts.cues import event_date_of, relation_of, status_of
from parsers.facts.extract import Extractor
from parsers.facts.sentences import split_sentences
from parsers.pages.portal import parse_article_text
from tests.conftest import BIN, FIXTURES, REPO_ROOT, SEEDS

SCHEMA = json.loads((REPO_ROOT / "docs/contracts/extract-output.schema.json").read_text(encoding="utf-8"))
DEVSET = FIXTURES / "devset"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def facts_of(
    extractor: Extractor, path: Path, owner: str | None = None, published: str | None = None
) -> list[dict]:
    article = parse_article_text(path.read_text(encoding="utf-8"))
    article.published = article.published or published
    return [fact.to_contract() for fact in extractor.extract(article, owner_katottg=owner)]


def summary(facts: list[dict]) -> set[tuple]:
    return {
        (
            f["ua"]["katottg"],
            f["partner"]["name"],
            f["partner"]["country_iso2"],
            f["partner"]["geonameid"],
            f["relation"],
            f["status"],
            f["event_date"],
        )
        for f in facts
    }


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def test_seed_kamianets_cihanbeyli_signed(extractor):
    facts = facts_of(extractor, seed("000"))
    assert summary(facts) == {("UA68020110000071202", "Cihanbeyli", "TR", 318506, "twinning", "signed", None)}
    assert facts[0]["ua"]["settlement_uk"] == "Кам'янець-Подільський"
    assert facts[0]["ua"]["name_uk"] == "Кам'янець-Подільська міська громада"
    assert facts[0]["ua"]["oblast_uk"] == "Хмельницька область"
    assert facts[0]["partner"]["name_uk"] == "Джіханбейлі"


def test_seed_izium_chennevieres_not_yet_signed(extractor):
    facts = facts_of(extractor, seed("001"))
    assert summary(facts) == {
        ("UA63040090000021240", "Chennevières-sur-Marne", "FR", 3025509, "twinning", "planned", None)
    }
    assert facts[0]["partner"]["name_uk"] == "Шеннв'єр-сюр-Марн"
    assert "готується побрататися" in facts[0]["evidence"]


def test_seed_policy_news_gives_nothing(extractor):
    assert facts_of(extractor, seed("002")) == []


def test_seed_odesa_three_partners_two_statuses(extractor):
    facts = facts_of(extractor, seed("003"))
    assert summary(facts) == {
        ("UA51100270000073549", "Miami", "US", 4164138, "twinning", "signed", None),
        ("UA51100270000073549", "Miami Beach", "US", 4164143, "twinning", "signed", None),
        ("UA51100270000073549", "Odessa", "US", 5527554, "intent", "planned", None),
    }


def test_seed_council_starobilsk_saint_etienne(extractor):
    facts = facts_of(extractor, seed("004"), owner="UA44140110000056578")
    assert summary(facts) == {
        ("UA44140110000056578", "Saint-Étienne", "FR", 2980291, "intent", "signed", None),
        ("UA44060010000059164", "Saint-Étienne", "FR", 2980291, "twinning", "signed", "1959"),
        ("UA44120070000073915", "Saint-Étienne", "FR", 2980291, "cooperation", "planned", None),
    }


def test_three_by_three_memorandum_gives_nine_pairs(extractor):
    facts = facts_of(extractor, DEVSET / "articles/d035.txt")
    hromadas = {f["ua"]["katottg"] for f in facts}
    partners = {f["partner"]["name"] for f in facts}
    assert len(facts) == 9 and len(hromadas) == 3
    assert partners == {"Włodawa", "Wola Uhruska", "Sławatycze"}
    assert {f["relation"] for f in facts} == {"memorandum"}


def test_ties_cut_with_aggressor_cities_are_terminated(extractor):
    facts = facts_of(extractor, DEVSET / "articles/d003.txt")
    cut = {
        (f["partner"]["name"], f["status"], f["event_date"])
        for f in facts
        if f["partner"]["country_iso2"] in ("RU", "BY")
    }
    assert cut == {("Homyel'", "terminated", "2022-03"), ("Bryansk", "terminated", "2022-03")}


def test_elliptical_pairs_go_to_the_right_hromada(extractor):
    facts = facts_of(extractor, DEVSET / "articles/d003.txt")
    pairs = {
        (f["ua"]["settlement_uk"], f["partner"]["name"])
        for f in facts
        if f["partner"]["country_iso2"] == "PL"
    }
    assert ("Ніжин", "Łańcut") in pairs and ("Чернігів", "Rzeszów") in pairs
    assert ("Ніжин", "Rzeszów") not in pairs


def test_refused_twinning_is_not_a_fact(extractor):
    assert facts_of(extractor, DEVSET / "articles/d044.txt", owner="UA21120250000077532") == []


def test_council_owner_is_the_ukrainian_side_of_domestic_memoranda(extractor):
    facts = facts_of(extractor, DEVSET / "articles/d052.txt", owner="UA46100190000081766")
    domestic = {f["partner"]["katottg"] for f in facts if f["partner"]["domestic"]}
    assert domestic == {"UA59080090000092991", "UA59040030000060142"}
    assert all(f["ua"]["katottg"] == "UA46100190000081766" for f in facts)
    assert all(f["partner"]["country_iso2"] == "UA" for f in facts if f["partner"]["domestic"])


def test_cues_read_relation_status_and_dates():
    assert relation_of("уклали угоду про побратимство та співробітництво") == "twinning"
    assert relation_of("підписали меморандум про співпрацю") == "memorandum"
    assert relation_of("підписали лист про наміри") == "intent"
    assert status_of("Одеса підписала договори") == "signed"
    assert status_of("громада готується побрататися") == "planned"
    assert status_of("сторони ведуть переговори") == "in_negotiation"
    assert status_of("розірвала побратимські зв'язки") == "terminated"
    assert status_of("поновили угоду про співпрацю") == "renewed"
    published = date(2025, 3, 14)
    assert event_date_of("ще 3 лютого цього року", published) == "2025-02-03"
    assert event_date_of("угоду підписали 20 грудня", published) == "2024-12-20"
    assert event_date_of("у березні 2022 року", published) == "2022-03"
    assert event_date_of("побратим з 1959 року", published) == "1959"
    assert event_date_of("вчора підписали", published) == "2025-03-13"
    assert event_date_of("угоду підписали торік у листопаді", published) == "2024-11"
    assert event_date_of("цього року в лютому підписали угоду", published) == "2025-02"
    assert event_date_of("підписали угоду", published) is None


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Найважливішою подією року вважаю підписання угоди про партнерство з ґміною Сітниця.", "signed"),
        ("Головною подією осені було підписання меморандуму з містом Кросно.", "signed"),
        ("Головною подією осені буде підписання меморандуму з містом Кросно.", "planned"),
    ],
)
def test_a_signing_named_as_the_years_event_is_signed(sentence, status):
    assert status_of(sentence) == status


def test_a_day_without_a_year_takes_the_year_the_sentence_told_before_it():
    published = date(2026, 3, 14)
    told = "У вересні 2023 року — якщо точно, 20 вересня — громади уклали угоду"
    assert event_date_of(told, published) == "2023-09-20"  # the same month, told with its year
    same_year = (
        "З 2021 року громада співпрацює з Ополе на підставі меморандуму, укладеного 5 червня того ж року"
    )
    assert event_date_of(same_year, published) == "2021-06-05"
    other_month = "У травні 2023 року депутати схвалили проєкт, а 20 вересня голови уклали угоду"
    assert event_date_of(other_month, published) == "2025-09-20"  # no year told for that month


@pytest.mark.parametrize(
    "sentence, status",
    [
        # a lapsed document prolonged or signed anew in a new edition is renewed
        (
            "У 2023-му угода втратила чинність, а 18 вересня 2025 року сторони уклали нову редакцію.",
            "renewed",
        ),
        ("У 2023-му угода втратила чинність, а у 2025 році сторони її продовжили.", "renewed"),
        ("У 2023-му угода втратила чинність.", "terminated"),
        ("У 2022 році угоду розірвали, а у 2025 році сторони уклали нову редакцію.", "terminated"),
        ("Сторони уклали нову редакцію угоди.", "renewed"),
        # who initiated a signed agreement tells its past, not a plan
        ("Угоду з Ополем громада підписала в жовтні 2024 року, її ініціювала українська діаспора.", "signed"),
        ("Угоду з Ополем громада підписала в жовтні 2024 року, яку ініціювали депутати.", "signed"),
        ("Угоду з Ополем ініціювала українська діаспора.", "planned"),
        # an agreement prolonged after the clause of its making is renewed
        ("Угоду про співпрацю з Алітусом, укладену ще у 2017 році, продовжено на новий строк.", "renewed"),
        ("Угоду з Алітусом, підписану у 2017 році, сторони продовжили.", "renewed"),
        # a document in development is in negotiation, not renewed
        (
            "Ще два документи — меморандум Сквири з Ополем та нова редакція угоди Узина з Нисою — у розробці.",
            "in_negotiation",
        ),
        ("Нова редакція угоди з Ополем наразі розробляється.", "in_negotiation"),
        ("Сквира підписала нову редакцію угоди з Ополем.", "renewed"),
        # a pause "in fact" leaves the document as it was; a suspension is an ending
        ("Угоду з Ополем підписали у 2010 році, але співпраця фактично призупинилася.", "signed"),
        ("Угоду з Ополем підписали у 2010 році, але у 2022 році її дію призупинили.", "terminated"),
        # what a side did not do officially, what is hoped to follow a signing, and preparing what is no
        # tie tell no act
        ("Польська сторона офіційно не зверталася до громади щодо меморандуму з Ополем.", None),
        ("Після підписання угоди з Ополем громада зможе навчати фермерів.", None),
        ("Місто має партнерство з Ополем, і міста нині готують нові програми обмінів.", None),
        ("Голова сподівається, що співпраця з Ополем перейде на рівень офіційного партнерства.", None),
        ("Сквира та Ополе готують угоду про партнерство.", "planned"),
        ("Після підписання угоди з Ополем делегації відвідали музей.", "signed"),
    ],
)
def test_a_sentences_status_is_its_last_act_on_the_tie(sentence, status):
    assert status_of(sentence) == status


@pytest.mark.parametrize(
    "sentence, year",
    [
        ("У травні громада відзначила восьму річницю побратимства з Ополем.", "2018"),
        ("Громада відзначила третю річницю партнерства з Ополем.", "2023"),
    ],
)
def test_an_anniversary_by_an_ordinal_under_ten_counts_back_to_the_signing(sentence, year):
    assert event_date_of(sentence, date(2026, 5, 28)) == year


def test_sentences_keep_abbreviations_and_offsets():
    text = "Угоду підписали в м. Жешув. Сторони домовилися! Далі буде"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Угоду підписали в м. Жешув.", "Сторони домовилися!", "Далі буде"]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_extract_command_output_matches_the_contract():
    inputs = [str(path) for path in sorted(SEEDS.glob("*.txt"))] + [
        str(FIXTURES / "portal/site/news/17342.html")
    ]
    result = subprocess.run(
        [str(BIN / "pobratym"), "extract", *inputs],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [doc["source"] for doc in documents] == inputs
    for document in documents:
        jsonschema.validate(document, SCHEMA)
    html = documents[-1]
    assert html["article"]["url"] == "https://decentralization.gov.ua/news/17342"
    assert html["article"]["hromadas"] == [
        {"katottg": "UA68020110000071202", "name_uk": "Кам'янець-Подільська міська громада"}
    ]
    assert sum(len(doc["partnerships"]) for doc in documents[:5]) == 8


def test_extract_reads_standard_input():
    text = seed("000").read_text(encoding="utf-8")
    result = subprocess.run(
        [str(BIN / "pobratym"), "extract", "-"],
        input=text,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    document = json.loads(result.stdout)
    assert document["source"] == "-"
    assert document["partnerships"][0]["partner"]["geonameid"] == 318506


def test_extract_missing_file_is_a_clear_error():
    result = subprocess.run(
        [str(BIN / "pobratym"), "extract", "no/such/file.txt"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "pobratym: cannot read no/such/file.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_dev_set_meets_the_quality_target():
    """Regression guard on both parts of the labeled development set (bench/extraction_eval.py prints
    the details). The rules are tuned on the tuning part only; the held-out part guards generalisation.
    Its floor is where the held-out part stands, now the issue's aim of 0.95 (0.953 in the fourteenth
    session); each new blind batch adds held-out articles no rule was written for, and lowered it
    before (0.951 before the p and q batches, 0.94 as the floor until the fourteenth session). The
    tuning part's recall floor, too, drops when a new batch's tuning half arrives with misses of its own
    (0.94 before the l batch, whose tuning half arrived at recall 0.72; the held-out recall floor was 0.78)."""
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    from extraction_eval import evaluate

    targets = {"tuning": (0.99, 0.92), "heldout": (0.95, 0.79)}
    for part, (min_precision, min_recall) in targets.items():
        score = evaluate(part=part)
        precision = score.matched / score.predicted
        recall = score.matched / score.gold
        assert score.gold >= 120
        assert precision >= min_precision and recall >= min_recall, (part, precision, recall)


def test_a_role_word_before_a_town_in_the_genitive_names_the_town(extractor, tmp_path):
    article = tmp_path / "office.txt"
    article.write_text(
        "Мукачево має нового партнера в Угорщині\n\n"
        "12 травня 2024 року міський голова Мукачева та мер Ніредьгази підписали меморандум про "
        "партнерство між містами.\n",
        encoding="utf-8",
    )
    assert {
        (f["partner"]["name"], f["partner"]["country_iso2"], f["relation"], f["event_date"])
        for f in facts_of(extractor, article)
    } == {("Nyíregyháza", "HU", "memorandum", "2024-05-12")}


def test_an_organisation_after_a_participle_is_not_a_foreign_region(extractor, tmp_path):
    article = tmp_path / "forum.txt"
    article.write_text(
        "Громада на форумі партнерства\n\n"
        "Представники Мукачівської міської громади взяли участь у форумі «Українсько-польське партнерство "
        "громад», організованому Асоціацією міст України спільно з польськими колегами.\n",
        encoding="utf-8",
    )
    assert facts_of(extractor, article) == []


def test_co_signers_of_a_memorandum_are_paired_with_the_other_side_not_each_other(extractor, tmp_path):
    article = tmp_path / "three.txt"
    article.write_text(
        "Три громади об'єднали зусилля\n\n"
        "12 травня 2025 року Ірпінська міська громада та Бучанська міська громада підписали меморандум "
        "про співпрацю з Тернопільською міською громадою.\n",
        encoding="utf-8",
    )
    facts = facts_of(extractor, article)
    pairs = {frozenset({f["ua"]["katottg"], f["partner"]["katottg"]}) for f in facts}
    names = {f["ua"]["katottg"]: f["ua"]["name_uk"] for f in facts} | {
        f["partner"]["katottg"]: f["partner"]["name_uk"] for f in facts
    }
    ternopil = next(code for code, name in names.items() if name.startswith("Тернопіл"))
    assert len(pairs) == 2 and all(ternopil in pair for pair in pairs), names


def test_a_headline_is_never_glued_to_the_lead_in_the_evidence(extractor, tmp_path):
    from parsers.facts.sentences import join_sentences

    assert join_sentences(["Ірпінь і Ченстохова підписали меморандум", "Громади підписали меморандум."]) == (
        "Ірпінь і Ченстохова підписали меморандум. Громади підписали меморандум."
    )
    assert join_sentences(["Одне речення!", "Друге"]) == "Одне речення! Друге"
    article = tmp_path / "headline.txt"
    article.write_text(
        "Ірпінь і польська Ченстохова підписали меморандум про партнерство\n\n"
        "12 травня 2025 року Ірпінська міська громада та польське місто Ченстохова підписали меморандум "
        "про партнерство.\n",
        encoding="utf-8",
    )
    evidence = [fact["evidence"] for fact in facts_of(extractor, article)]
    assert evidence and all("партнерство. 12 травня" in text for text in evidence), evidence
