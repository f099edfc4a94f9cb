from parsers.text import name_key, normalize_name, normalize_text


def test_apostrophes_unified_to_ascii():
    for written in ("Кам’янець", "Камʼянець", "Кам'янець", "Кам‘янець"):
        assert normalize_name(written) == "Кам'янець"


def test_spaced_dash_inside_name_is_joined():
    assert normalize_name("Кам’янець – Подільський") == "Кам'янець-Подільський"
    assert normalize_name("Шеннв’єр - сюр-Марн") == "Шеннв'єр-сюр-Марн"


def test_nfc_and_spaces():
    decomposed = "Ї".replace("Ї", "\u0406\u0308") + "жакевичі"
    assert normalize_text(decomposed + "\u00a0 село") == "Їжакевичі село"


def test_name_key_folds_case_hyphens_and_apostrophes():
    assert name_key("Кам’янець-Подільська") == name_key("кам'янець подільська") == "камянець подільська"


def test_stress_marks_are_stripped_from_cyrillic_only():
    assert normalize_name("Бату\u0301мі") == "Батумі"
    assert normalize_name("Ї\u0301хлава") == "Їхлава"
    assert normalize_name("Зеле\u0301на Ґу\u0300ра") == "Зелена Ґура"
    assert normalize_name("Ѝнша") == "Инша"
    assert normalize_text("Málaga") == "Málaga"  # a Latin accent is part of the spelling


def test_latin_look_alikes_in_a_cyrillic_word_become_cyrillic():
    assert normalize_name("Бyдапешт") == "Будапешт"  # Latin y -> Cyrillic у
    assert normalize_name("Кошицe") == "Кошице"  # Latin e -> Cyrillic е
    assert normalize_name("Kиїв") == "Київ"
    assert normalize_text("Paris і Київ") == "Paris і Київ"  # whole Latin words stay Latin
    assert normalize_text("Győr") == "Győr"


def test_a_list_items_number_at_a_lines_start_stays_with_the_item():
    from parsers.facts.sentences import split_sentences

    text = "Партнери громади:\n1. Ополе (Польща). Діти відпочивають там.\n2. Тарту (Естонія)."
    assert [s.text for s in split_sentences(text)] == [
        "Партнери громади:\n1. Ополе (Польща).",
        "Діти відпочивають там.",
        "2. Тарту (Естонія).",
    ]
