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
