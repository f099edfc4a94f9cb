from parsers.places.katottg import load_codifier

KHARKIV = "UA63000000000041885"
DONETSK = "UA14000000000091971"


def test_oblast_names_resolve():
    codifier = load_codifier()
    assert codifier.oblast("Хмельницька область").katottg == "UA68000000000099709"
    assert codifier.oblast("Хмельницька обл.").katottg == "UA68000000000099709"
    kyiv = codifier.oblast("м. Київ")
    assert (kyiv.katottg, kyiv.level, kyiv.name_uk) == ("UA80000000000093317", "city", "Київ")


def test_hromada_resolves_with_any_apostrophe():
    codifier = load_codifier()
    for written in (
        "Кам’янець-Подільська територіальна громада",
        "Кам'янець-Подільська територіальна громада",
    ):
        unit = codifier.hromada(written)
        assert unit.katottg == "UA68020110000071202"
        assert unit.name_uk == "Кам'янець-Подільська міська громада"


def test_same_name_hromadas_are_decided_by_oblast_or_left_unresolved():
    codifier = load_codifier()
    assert codifier.hromada("Покровська територіальна громада").katottg is None
    assert (
        codifier.hromada("Покровська територіальна громада", frozenset({DONETSK})).katottg
        == "UA14160210000011148"
    )
    assert codifier.hromada("Покровська міська громада", frozenset({"UA12000000000090473"})).katottg == (
        "UA12080090000039979"
    )


def test_renamed_hromada_resolves_through_alias_table():
    unit = load_codifier().hromada("Новоград-Волинська територіальна громада")
    assert (unit.katottg, unit.name_uk) == ("UA18080150000022496", "Звягельська міська громада")


def test_unknown_hromada_is_unresolved_not_an_error():
    unit = load_codifier().hromada("Вигадана територіальна громада", frozenset({KHARKIV}))
    assert (unit.katottg, unit.level, unit.name_uk) == (None, None, "Вигадана територіальна громада")
