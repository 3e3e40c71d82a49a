"""What after-sales action a shopper's words ask for (agent.journeys.aftersales_cues.read_cue), in en/ru/zh.

The cases are written in this file's own words, not taken from an eval set.
"""

from __future__ import annotations

import pytest

from agent.journeys.aftersales_cues import read_cue

# (text, the action read, a defect described)
CASES: list[tuple[str, str | None, bool]] = [
    # Something else was called off: the order is to be returned, not cancelled.
    ("Our holiday got cancelled, so the tent was never used. Can I send it back for a refund?", "return", False),
    ("Поездку отменили, палатку даже не распаковали, хочу вернуть.", "return", False),
    ("出差取消了，背包没拆封过，想退货。", "return", False),
    ("Please cancel order 2044, I ordered the wrong colour.", "cancellation", False),
    ("Отмените, пожалуйста, заказ 2044.", "cancellation", False),
    ("帮我把订单2044取消掉", "cancellation", False),
    # It stopped doing what it is for: a defect, so a warranty claim.
    ("my lantern has stopped turning on even with new batteries", "warranty", True),
    ("the speaker crackles and keeps cutting out", "warranty", True),
    ("Фен перестал греть, дует только холодным.", "warranty", True),
    ("Колонка перестала заряжаться через неделю.", "warranty", True),
    ("台灯按了没反应，灯也不亮了", "warranty", True),
    ("电水壶用了两个月，一烧水就有焦味", "warranty", True),
    ("登山杖的卡扣锁不住了", "warranty", True),
    ("The strap of the bag came loose after a month and the buckle wobbles.", "warranty", True),
    ("Ручка у сковороды тріснула через неделю.", "warranty", True),  # a Ukrainian і in a Russian message
    ("个风筒用咗半年就开唔到机", "warranty", True),  # Cantonese, as the rules see it after folding
    # The shopper's own plans given up for a late parcel are no order to cancel.
    ("Я всё отменила ради этого дня, сидела дома, а курьера нет.", None, False),
    # Cancelling said in other words
    ("my husband bought me the same coat, so I need to undo mine before you ship it", "cancellation", False),
    ("is it too late to pull back order 3310?", "cancellation", False),
    ("Прошу аннулировать заказ № 3310 в связи с изменением планов.", "cancellation", False),
    # Money back for the delivery is a concession the policies may not give, not a return of the goods kept
    ("the shirts are fine, we're wearing them. I'd like the shipping cost refunded for the delay", "discount", False),
    ("背包的肩带车线甩咗，可唔可以整返", "warranty", True),
    # Unopened and not wanted: a return, even if it "does not work" with the shopper's own device.
    ("The adapter doesn't work with my laptop, it's still sealed in the box, I'd like to return it.", "return", False),
    ("充电线买错了，我的电脑用不了，包装没拆过，可以退吗", "return", False),
    # Cantonese (as read after folding) and a Ukrainian verb in a Russian message: a return, the item unworn.
    ("件褛想退返，冇着过，吊牌仲喺度", "return", False),
    ("Хочу повернути кросівки, бирки на месте", "return", False),
]


@pytest.mark.parametrize(("text", "action", "defect"), CASES)
def test_the_action_and_the_defect_are_read(text: str, action: str | None, defect: bool) -> None:
    cue = read_cue(text)
    assert (cue.action if cue else None, bool(cue and cue.defect)) == (action, defect), (text, cue)


@pytest.mark.parametrize(
    "text",
    [
        "I've used it for a month and now the zip is broken",
        "пользовалась полгода, и отвалилась подошва",
        "用了三个月，拉链坏了",
        "my headphones have started cutting out",
    ],
)
def test_a_thing_used_for_a_while_is_the_shoppers_own(text: str) -> None:
    cue = read_cue(text)
    assert cue is not None and cue.action == "warranty" and cue.purchase, (text, cue)


@pytest.mark.parametrize("text", ["my lips crack every single winter and they bleed when I smile",
                                  "my heels are cracked and sore", "губы трескаются на морозе", "冬天嘴唇干裂"])
def test_the_bodys_own_trouble_is_no_product_defect(text: str) -> None:
    assert read_cue(text) is None


def test_a_product_that_cracked_is_still_a_defect() -> None:
    cue = read_cue("the mug I bought has a crack")
    assert cue is not None and cue.action == "warranty"


@pytest.mark.parametrize(("text", "number"), [
    ("please cancel order 1183 - sorry, 1138, the blue one", 1138),
    ("Отмените заказ 1072, то есть 1027.", 1027),
    ("Хочу вернуть ботинки, заказ 1692… ой, нет, 1962", 1962),
    ("订单1245，不对，是1254，想退货", 1254),
    ("订单1321——不好意思，是1312，想退一盒", 1312),
    ("order 1042, phone 5678", 1042),  # a second number that corrects nothing
    ("order 1042 and order 1043", 1042),
])
def test_a_number_the_shopper_corrects_at_once_is_the_corrected_one(text: str, number: int) -> None:
    from agent.understand.rules import find_order_id

    assert find_order_id(text) == number


@pytest.mark.parametrize(("text", "email"), [
    ("email is ann.lee212@example.com - no wait, 122. ann.lee122@example.com", "ann.lee122@example.com"),
    ("邮箱yang01@example.com——打错了，是yang10@example.com", "yang10@example.com"),
    ("mine is a@example.com, my wife's is b@example.com", "a@example.com"),  # no correction: the first stands
])
def test_an_email_corrected_at_once_is_the_corrected_one(text: str, email: str) -> None:
    from agent.journeys.personal import find_factors

    assert find_factors(text).email == email
