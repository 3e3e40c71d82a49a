"""Replies of the after-sales journey (returns, warranty claims, cancellations, discount demands) in en/ru/zh.

Kept apart from ``agent.templates`` (which ``templates.render`` falls back to for these kinds). Every figure comes
from the journey's data, which holds the tool results: the reference, the order's number and state, the policy's
title and its days or months, the deadline. Money, dates and state words use the shared formatters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent.templates import date, lang_of

_T: dict[str, dict[str, str]] = {
    # -- asking for what is missing ------------------------------------------------------------------------------
    "need_order": {
        "en": "I can do that. Please give me the order number and the e-mail address or the last 4 digits of the "
        "phone number on the order.",
        "ru": "Я могу это сделать. Назовите, пожалуйста, номер заказа и e-mail или последние 4 цифры телефона, "
        "указанные в заказе.",
        "zh": "可以为您办理。请提供订单号，以及下单时填写的邮箱或手机号后4位。",
    },
    "invite_return": {
        "en": " I can start the return for you: send me the order number and the e-mail address or the last 4 "
        "digits of the phone number on the order.",
        "ru": " Я могу оформить возврат: пришлите номер заказа и e-mail или последние 4 цифры телефона, указанные "
        "в заказе.",
        "zh": "我可以为您办理退货：请发送订单号，以及下单邮箱或手机号后4位。",
    },
    "invite_warranty": {
        "en": " I can file the claim for you: send me the order number and the e-mail address or the last 4 "
        "digits of the phone number on the order.",
        "ru": " Я могу оформить гарантийное обращение: пришлите номер заказа и e-mail или последние 4 цифры "
        "телефона, указанные в заказе.",
        "zh": "我可以为您提交保修申请：请发送订单号，以及下单邮箱或手机号后4位。",
    },
    "need_factor": {
        "en": "Before I change anything on order {order_id}, I need to check that it is yours: please give the "
        "e-mail address on the order or the last 4 digits of its phone number.",
        "ru": "Прежде чем что-то менять в заказе {order_id}, мне нужно убедиться, что он ваш: назовите e-mail, "
        "указанный в заказе, или последние 4 цифры телефона.",
        "zh": "在处理订单{order_id}之前，需要先确认这是您的订单：请提供下单邮箱或手机号后4位。",
    },
    "no_factor": {
        "en": "Without the e-mail address or the phone number on order {order_id} I can't change it: that check keeps "
        "every buyer's order safe. The buyer can send it to me here, or contact the store{contact}.",
        "ru": "Без e-mail или телефона, указанных в заказе {order_id}, я не могу его изменить: эта проверка "
        "защищает заказы покупателей. Покупатель может прислать их сюда или связаться с магазином{contact}.",
        "zh": "没有订单{order_id}的下单邮箱或手机号，我无法修改该订单：这项核验保护每位买家的订单。"
        "请买家本人在这里提供，或联系门店{contact}。",
    },
    # -- done -----------------------------------------------------------------------------------------------------
    "return_done": {
        "en": "I've started a return of {items} from order {order_id}. Your return reference is {reference}.",
        "ru": "Я оформил возврат: {items} из заказа {order_id}. Номер возврата: {reference}.",
        "zh": "已为订单{order_id}中的{items}办理退货申请。退货编号：{reference}。",
    },
    "return_existing": {
        "en": "A return of {items} from order {order_id} is already open. Its reference is {reference}.",
        "ru": "Возврат ({items}) по заказу {order_id} уже оформлен. Номер возврата: {reference}.",
        "zh": "订单{order_id}中的{items}已有退货申请。退货编号：{reference}。",
    },
    "return_next": {
        "en": " Please send the item back unused, in its original packaging, with the reference.",
        "ru": " Пожалуйста, отправьте товар неиспользованным, в оригинальной упаковке, указав номер возврата.",
        "zh": "请将未使用、包装完好的商品连同退货编号寄回。",
    },
    "warranty_done": {
        "en": "I've filed a warranty claim for {items} from order {order_id}. Your claim reference is {reference}.",
        "ru": "Я оформил гарантийное обращение: {items} из заказа {order_id}. Номер обращения: {reference}.",
        "zh": "已为订单{order_id}中的{items}提交保修申请。保修编号：{reference}。",
    },
    "warranty_existing": {
        "en": "A warranty claim for {items} from order {order_id} is already open. Its reference is {reference}.",
        "ru": "Гарантийное обращение ({items}) по заказу {order_id} уже оформлено. Номер обращения: {reference}.",
        "zh": "订单{order_id}中的{items}已有保修申请。保修编号：{reference}。",
    },
    "warranty_next": {
        "en": " Under the warranty we repair, replace or refund a faulty item; our staff will review the claim.",
        "ru": " По гарантии мы ремонтируем, заменяем неисправный товар или возвращаем деньги; сотрудники "
        "рассмотрят обращение.",
        "zh": "保修期内，我们将对故障商品进行维修、更换或退款，工作人员会审核您的申请。",
    },
    "cancel_done": {
        "en": "Order {order_id} is cancelled. Your cancellation reference is {reference}.",
        "ru": "Заказ {order_id} отменён. Номер отмены: {reference}.",
        "zh": "订单{order_id}已取消。取消编号：{reference}。",
    },
    "cancel_existing": {
        "en": "Order {order_id} was already cancelled. The cancellation reference is {reference}.",
        "ru": "Заказ {order_id} уже отменён. Номер отмены: {reference}.",
        "zh": "订单{order_id}已经取消。取消编号：{reference}。",
    },
    "partly": {
        "en": " Not included: {items} (the return period has ended or the policy does not allow it).",
        "ru": " Не вошли: {items} (срок возврата истёк или правила этого не допускают).",
        "zh": "未包含：{items}（已超过期限或政策不允许）。",
    },
    # -- refused --------------------------------------------------------------------------------------------------
    "return_window_passed": {
        "en": "I can't start a return for order {order_id}: its return period ended on {deadline}. "
        "Under “{policy}” items can be sent back within {days} days of delivery.",
        "ru": "Оформить возврат по заказу {order_id} не получится: срок возврата истёк {deadline}. "
        "По правилам «{policy}» товар можно вернуть в течение {days} дней с момента получения.",
        "zh": "订单{order_id}无法退货：退货期限已于{deadline}结束。根据“{policy}”，商品须在签收后{days}天内退货。",
    },
    "return_quality_only": {
        "en": "Under “{policy}” these items are taken back only for a quality problem. Tell me what is wrong with "
        "it and I'll start the return.",
        "ru": "По правилам «{policy}» такие товары принимаются обратно только при проблемах с качеством. "
        "Расскажите, что с ним не так, и я оформлю возврат.",
        "zh": "根据“{policy}”，此类商品仅在有质量问题时才可退货。请告诉我商品有什么问题，我来为您办理。",
    },
    "offer_warranty": {
        "en": " If the item is faulty, I can file a warranty claim instead: tell me what is wrong with it.",
        "ru": " Если товар неисправен, я могу оформить гарантийное обращение: расскажите, что с ним не так.",
        "zh": "如果商品有故障，我可以为您提交保修申请：请告诉我具体问题。",
    },
    "not_delivered_unshipped": {
        "en": "Order {order_id} has not shipped yet, so there is nothing to send back. I can cancel it instead: "
        "say “cancel order {order_id}”.",
        "ru": "Заказ {order_id} ещё не отправлен, поэтому возвращать пока нечего. Я могу его отменить: напишите "
        "«отменить заказ {order_id}».",
        "zh": "订单{order_id}尚未发货，暂时无需退货。如需取消订单，请告诉我，我来为您办理。",
    },
    "not_delivered_shipped": {
        "en": "Order {order_id} is on its way and has not been delivered yet. Once it arrives, you can return it "
        "or claim the warranty.",
        "ru": "Заказ {order_id} в пути и ещё не доставлен. Когда он придёт, его можно будет вернуть или "
        "обратиться по гарантии.",
        "zh": "订单{order_id}正在配送中，尚未签收。收到后即可申请退货或保修。",
    },
    "order_was_cancelled": {
        "en": "Order {order_id} was cancelled, so there is nothing to return or claim.",
        "ru": "Заказ {order_id} был отменён, поэтому возвращать нечего.",
        "zh": "订单{order_id}已取消，无需退货或保修。",
    },
    "order_was_returned": {
        "en": "Order {order_id} has already been returned.",
        "ru": "Заказ {order_id} уже возвращён.",
        "zh": "订单{order_id}已经退货。",
    },
    "no_policy": {
        "en": "I can't find a policy that covers this for order {order_id}. Ask for a person and I'll file a ticket "
        "for the store's staff.",
        "ru": "Не нахожу правил, которые покрывают это для заказа {order_id}. Попросите соединить с сотрудником, "
        "и я оформлю обращение.",
        "zh": "没有找到适用于订单{order_id}的相关政策。您可以要求转人工，我会为门店员工创建工单。",
    },
    "warranty_window_passed": {
        "en": "I can't file a warranty claim for order {order_id}: its warranty ended on {deadline}. "
        "“{policy}” covers {months} months from the purchase.",
        "ru": "Оформить гарантийное обращение по заказу {order_id} не получится: гарантия истекла {deadline}. "
        "«{policy}» действует {months} месяца с даты покупки.",
        "zh": "订单{order_id}无法申请保修：保修已于{deadline}到期。“{policy}”自购买之日起{months}个月有效。",
    },
    "warranty_not_covered": {
        "en": "The warranty does not cover {items} from order {order_id}.",
        "ru": "Гарантия не распространяется на {items} из заказа {order_id}.",
        "zh": "订单{order_id}中的{items}不在保修范围内。",
    },
    "cancel_shipped": {
        "en": "Order {order_id} has already shipped, so it is too late to stop it. "
        "Once it arrives you can return it under our returns policy.",
        "ru": "Заказ {order_id} уже отправлен, поэтому отменить его нельзя. Когда он придёт, его можно будет "
        "вернуть по правилам возврата.",
        "zh": "订单{order_id}已发货，无法取消。收到商品后，您可以按退货政策申请退货。",
    },
    "cancel_delivered": {
        "en": "Order {order_id} has already been delivered, so it is too late to stop it. "
        "I can start a return instead: say “return order {order_id}”.",
        "ru": "Заказ {order_id} уже доставлен, поэтому отменить его нельзя. Вместо этого я могу оформить "
        "возврат: напишите «вернуть заказ {order_id}».",
        "zh": "订单{order_id}已签收，无法取消。如需退货，请告诉我，我来为您办理。",
    },
    "cancel_cancelled": {
        "en": "Order {order_id} is already cancelled.",
        "ru": "Заказ {order_id} уже отменён.",
        "zh": "订单{order_id}已经取消。",
    },
    # -- demands the policies do not give -------------------------------------------------------------------------
    "discount_refused": {
        "en": "I'm sorry, I can't offer a discount, compensation or a refund that our policies don't provide.",
        "ru": "К сожалению, я не могу предложить скидку, компенсацию или возврат денег сверх того, что "
        "предусматривают наши правила.",
        "zh": "抱歉，我无法提供政策之外的折扣、补偿或退款。",
    },
    "discount_policies": {
        "en": " What they do give: “{returns}” takes items back within {days} days of delivery. "
        "“{warranty}” covers defects for {months} months.",
        "ru": " Что они дают: по правилам «{returns}» товар можно вернуть в течение {days} дней с момента "
        "получения. «{warranty}» покрывает дефекты {months} месяца.",
        "zh": "政策提供的是：根据“{returns}”，签收后{days}天内可退货。“{warranty}”对质量问题提供{months}个月保修。",
    },
    "discount_person": {
        "en": " If you'd like a person to look at it, ask for one and I'll file a ticket.",
        "ru": " Если хотите, чтобы этим занялся сотрудник, попросите, и я оформлю обращение.",
        "zh": "如需人工处理，请告诉我，我会为您创建工单。",
    },
}


def t(key: str, lang: str, **fields: Any) -> str:
    table = _T[key]
    return table.get(lang, table["en"]).format(**fields)


def _items(data: dict[str, Any], lang: str, key: str = "items") -> str:
    titles = [str(i.get("title")) for i in data.get(key) or [] if i.get("title")]
    return ("、" if lang == "zh" else ", ").join(titles[:4])


def _need_order(lang: str, data: dict[str, Any]) -> str:
    return t("need_order", lang)


def _need_factor(lang: str, data: dict[str, Any]) -> str:
    return t("need_factor", lang, order_id=data["order_id"])


def _done(lang: str, a: dict[str, Any]) -> str:
    action = a["action"]
    fields = {"order_id": a["order_id"], "reference": a["reference"], "items": _items(a, lang)}
    if action == "cancellation":
        return t("cancel_existing" if a.get("existing") else "cancel_done", lang, **fields)
    head = t(f"{action}_{'existing' if a.get('existing') else 'done'}", lang, **fields)
    text = head + ("" if a.get("existing") else t(f"{action}_next", lang))
    if a.get("refused"):
        text += t("partly", lang, items=_items(a, lang, "refused"))
    return text


def _refused(lang: str, a: dict[str, Any]) -> str:
    action, code, order_id = a["action"], a["code"], a["order_id"]
    policy = a.get("policy_title") or ""
    deadline = date(a["deadline"], lang) if a.get("deadline") else ""
    if code == "order_cancelled":
        return t("cancel_cancelled" if action == "cancellation" else "order_was_cancelled", lang, order_id=order_id)
    if code == "already_returned":
        return t("order_was_returned", lang, order_id=order_id)
    if action == "cancellation":
        key = {"already_shipped": "cancel_shipped", "already_delivered": "cancel_delivered"}.get(code, "no_policy")
        return t(key, lang, order_id=order_id)
    if code == "not_delivered_yet":
        shipped = a.get("order_status") == "shipped"
        return t("not_delivered_shipped" if shipped else "not_delivered_unshipped", lang, order_id=order_id)
    if code == "window_passed" and action == "return":
        text = t(
            "return_window_passed", lang, order_id=order_id, policy=policy, days=a.get("limit_days"), deadline=deadline
        )
        return text + t("offer_warranty", lang)
    if code == "window_passed":
        return t(
            "warranty_window_passed",
            lang,
            order_id=order_id,
            policy=policy,
            months=a.get("limit_months"),
            deadline=deadline,
        )
    if code == "quality_only":
        return t("return_quality_only", lang, policy=policy)
    if code == "not_covered":
        return t("warranty_not_covered", lang, order_id=order_id, items=_items(a, lang))
    return t("no_policy", lang, order_id=order_id)


def _action(lang: str, data: dict[str, Any]) -> str:
    a = data["action"]
    text = _done(lang, a) if a.get("done") else _refused(lang, a)
    return text.replace("г..", "г.")  # Russian long dates end with "г." already


def _policy_invite(lang: str, data: dict[str, Any]) -> str:
    from agent.templates import render as render_template

    kind = "invite_warranty" if data["policy"].get("kind") == "warranty" else "invite_return"
    return render_template("policy", lang, data) + t(kind, lang)


def _discount(lang: str, data: dict[str, Any]) -> str:
    text = t("discount_refused", lang)
    if data.get("return_days") and data.get("warranty_months"):
        text += t(
            "discount_policies",
            lang,
            days=data["return_days"],
            returns=data.get("returns_title", ""),
            months=data["warranty_months"],
            warranty=data.get("warranty_title", ""),
        )
    return text + t("discount_person", lang)


def _no_factor(lang: str, data: dict[str, Any]) -> str:
    phone, email = data.get("phone"), data.get("email")
    sep = "：" if lang == "zh" else ": "
    both = ("，" if lang == "zh" else ", ").join(str(x) for x in (phone, email) if x)
    contact = sep + both if both else ""
    return t("no_factor", lang, order_id=data.get("order_id", ""), contact=contact)


RENDERERS: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "aftersales_no_factor": _no_factor,
    "aftersales_need_order": _need_order,
    "aftersales_need_factor": _need_factor,
    "aftersales": _action,
    "discount_refused": _discount,
    "aftersales_policy": _policy_invite,
}


def render(kind: str, language: str | None, data: dict[str, Any]) -> str | None:
    """The reply of an after-sales kind, or None when ``kind`` is not one of these."""
    renderer = RENDERERS.get(kind)
    return renderer(lang_of(language), data) if renderer is not None else None
