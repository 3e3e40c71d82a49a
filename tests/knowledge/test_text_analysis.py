from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.text import (
    Bm25Encoder,
    Vocabulary,
    analyze_query,
    detect_language,
    normalize,
    term_id,
    terms,
    tokens,
)


def test_normalize_folds_width_case_yo_and_controls() -> None:
    assert normalize("ＬＥＤ Ёлка\x00\x07") == "led елка  "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Waterproof Hiking Boots", ["waterproof", "hike", "boot"]),
        ("Непромокаемые кожаные ботинки", ["непромокаемый", "кожаный", "ботинок"]),
        ("boots for the trail", ["boot", "trail"]),  # stop words dropped
        ("60W charger", ["60", "w", "charger"]),
    ],
)
def test_terms_per_language(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_chinese_is_segmented_with_bigrams() -> None:
    got = terms("防水登山靴")
    assert "防水" in got and "登山" in got  # jieba words
    assert "~山靴" in got  # character bigrams survive a missing character elsewhere


def test_mixed_scripts_in_one_title() -> None:
    scripts = {t.script for t in tokens("Куртка Gore-Tex 防水 2L")}
    assert scripts == {"ru", "en", "zh", "num"}


def test_language_detection_by_script() -> None:
    assert detect_language("防水登山靴 800元以内") == "zh"
    assert detect_language("ботинки до 5000 руб") == "ru"
    assert detect_language("boots under 120") == "en"
    assert detect_language("12345") == "en"


def test_term_ids_are_stable_32_bit() -> None:
    import hashlib

    expected = int.from_bytes(hashlib.blake2b(b"boot", digest_size=4).digest(), "little")
    assert term_id("boot") == expected  # the same id in every process and on every machine
    assert 0 <= term_id("boot") < 2**32 and term_id("boot") != term_id("boots")


def test_bm25_saturates_term_frequency_and_normalizes_length() -> None:
    enc = Bm25Encoder(avg_len=10)
    idx1, w1 = enc.document(["boot"])
    _, w3 = enc.document(["boot"] * 3)
    assert w3[0] > w1[0] and w3[0] < 3 * w1[0]  # more is better, but saturating
    long_idx, long_w = enc.document(["boot"] + ["filler"] * 40)
    assert long_w[long_idx.index(term_id("boot"))] < w1[0]  # a long document weighs one mention less


def test_query_vector_is_one_per_distinct_term() -> None:
    idx, vals = Bm25Encoder.query(["boot", "boot", "hike"], {"hike": 0.9})
    assert len(idx) == 2 and sorted(vals) == [0.9, 1.0]


@pytest.fixture()
def vocab() -> Vocabulary:
    v = Vocabulary()
    for title in ["Waterproof Leather Hiking Boots", "Hiking Socks", "Shampoo", "Налобный фонарь",
                  "Утяжелённая скакалка", "Непромокаемые ботинки"]:
        v.add_document(tokens(title))
    return v


@pytest.mark.parametrize(
    ("query", "corrected"),
    [
        ("wterproof boots", "waterproof boots"),  # dropped letter
        ("sahmpoo", "shampoo"),  # swapped letters count as one slip
        ("налбоный фонарь", "налобный фонарь"),
        ("утяжееленные скакалки", "утяжеленная скакалки"),  # Russian: a slip plus another ending
    ],
)
def test_typo_correction(vocab: Vocabulary, query: str, corrected: str) -> None:
    assert analyze_query(query, vocab).corrected == corrected


def test_everyday_words_are_no_slips() -> None:
    # "whats" is one letter from "hats": a word shoppers write on purpose is left as it is; a slip still is fixed.
    v = Vocabulary()
    for title in ["Wool Hats", "Waterproof Hiking Boots", "Tents"]:
        v.add_document(tokens(title))
    assert analyze_query("whats a good tent", v).corrected is None
    assert analyze_query("wool hts", v).corrected is None  # too short to fix: left alone
    assert analyze_query("hikng boots", v).corrected == "hiking boots"


def test_known_and_short_words_are_left_alone(vocab: Vocabulary) -> None:
    assert analyze_query("hiking boots", vocab).corrected is None
    assert analyze_query("ботинок", vocab).corrected is None  # a valid inflection, known by its lemma
    assert analyze_query("xyz", vocab).corrected is None


def test_price_word_slips_are_dropped_not_corrected(vocab: Vocabulary) -> None:
    vocab.add_document(tokens("Teddy Doll"))
    aq = analyze_query("boots dollas", vocab)
    assert "doll" not in aq.terms and aq.corrected is None


def test_vocabulary_round_trip(vocab: Vocabulary, tmp_path: Path) -> None:
    vocab.save(tmp_path / "vocab.json")
    again = Vocabulary.load(tmp_path / "vocab.json")
    assert again.surface == vocab.surface and again.docs == vocab.docs
    assert analyze_query("sahmpoo", again).corrected == "shampoo"
