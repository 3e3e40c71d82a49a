"""Issue 10 parsing (session 20, development8): refusals after the words, a value refused and repeated, budgets
named as a limit, prices that are no budget, Russian measures and sizes said another way, gifts for anyone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge import needs
from knowledge.query import understand


def test_colours_refused_after_the_words_are_all_refused():
    u = understand("想买双雪地靴 不要真皮的 棕色白色都不要 五百以内")
    assert set(u.exclude_attrs.get("colour", [])) >= {"brown", "white"}
    assert "leather" in u.exclude_attrs.get("material", [])
    assert u.parsed.attributes.get("colour") is None


def test_a_value_refused_and_named_again_is_not_wanted():
    u = understand("need a warm winter hat but NOT wool, wool makes my head itch like crazy")
    assert u.exclude_attrs.get("material") == ["wool"]
    assert u.parsed.attributes.get("material") is None


@pytest.mark.parametrize(("text", "refused"), [
    ("我爸六十大寿 登山杖和背包去年都给他买过了 这回想送点别的", {"登山杖", "背包"}),
    ("帐篷他已经有了", {"帐篷"}),
    ("咖啡机家里已经有了", {"咖啡机"}),
])
def test_what_a_person_already_has_is_refused_whole(text, refused):
    assert set(understand(text).parsed.exclude_terms) == refused


def test_a_thing_the_person_has_in_russian_with_u_nego():
    p = understand("подарок парню на годовщину. он каждое лето в горы ходит, "
                   "рюкзак и палатка у него хорошие есть").parsed
    assert {"outdoor/backpacks", "outdoor/tents"} <= set(p.exclude_categories)


@pytest.mark.parametrize(("text", "limit"), [
    ("bday present for my 15 yo, have 70 to spend", Decimal("70")),
    ("secret santa at work, limit $20", Decimal("20")),
])
def test_a_limit_named_as_such_is_the_budget(text, limit):
    assert understand(text).parsed.price_max == limit


def test_a_russian_limit_is_the_budget_in_roubles():
    p = understand("тайный санта на работе, лимит 1500р").parsed
    assert p.price_max is not None and p.price_max < Decimal(20)  # 1500 roubles in the store's dollars


def test_what_something_costs_now_is_no_budget():
    assert understand("tired of paying $15 for lunch every day, want to bring leftovers").parsed.price_max is None
    assert understand("lunch box under $15").parsed.price_max == Decimal("15")


def test_russian_measure_and_size_said_another_way():
    assert understand("литров на 30 есть?").parsed.attributes.get("capacity_l") == 30
    assert understand("а 45й? он в магазине мерил, 44 жмёт").parsed.attributes.get("size") == "45"
    assert "size" not in understand("15-й автобус").parsed.attributes


def test_teflon_is_the_non_stick_coating():
    assert understand("сковородку без тефлона").parsed.attributes.get("non_stick") is False
    assert understand("不要特氟龙的煎锅").parsed.attributes.get("non_stick") is False


@pytest.mark.parametrize("text", [
    "帮我挑个送人的东西 三百以内 拿得出手就行 别的没啥要求",
    "тайный санта на работе, лимит 1500р, кто попадётся неизвестно. что есть универсальное?",
    "housewarming at a friends place saturday whats a safe thing to bring",
    "公司年会抽奖要准备一批奖品 每份两百以内 男女老少都有 想挑点谁抽到都用得上的",
])
def test_a_present_for_anyone_tells_no_tastes(text):
    assert needs.is_gift(text)
    assert not needs.tells_tastes(text)


def test_feet_kept_dry_is_no_dry_skin():
    assert "soothes and moisturizes dry skin" not in needs.uses_of("need something that keeps my feet dry")
    assert "soothes and moisturizes dry skin" in needs.uses_of("my hands are dry and cracked")


@pytest.mark.parametrize(("text", "use"), [
    ("End of year gift for my son's 2nd grade teacher. She always has a cup of tea going on her desk",
     "for a tea drinker: tea, a mug, a thermos"),
    ("бабушке на юбилей, она любит чай", "for a tea drinker: tea, a mug, a thermos"),
    ("gift for my brother, a real coffee lover", "for a coffee drinker: coffee, a mug, a thermos"),
])
def test_a_tea_or_coffee_drinker_is_an_interest(text, use):
    assert use in needs.uses_of(text)


def test_not_drinking_coffee_is_no_interest_in_it():
    uses = needs.uses_of("bday present for mom, she gardens and reads a ton. doesnt drink coffee. ~30 bucks")
    assert not any("coffee" in u for u in uses)


@pytest.mark.parametrize("text", [
    "учительнице на последний звонок, хочется что-то полезное. собрали 5 тыс",
    "教师节想给孩子班主任送点心意，一百以内，实用点的就好",
])
def test_a_useful_present_with_nothing_said_of_the_person_tells_no_tastes(text):
    assert needs.is_gift(text) and not needs.tells_tastes(text)
