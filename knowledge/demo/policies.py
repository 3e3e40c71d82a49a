"""Store policies in en/ru/zh. Each text states exactly the figures in its structured ``fields``."""

from __future__ import annotations

from typing import Any

# key -> (kind, category path it is specific to or None, fields, {lang: (title, body)})
# Bodies are formatted with the fields, so text and figures cannot drift apart.
POLICIES: dict[str, tuple[str, str | None, dict[str, Any], dict[str, tuple[str, str]]]] = {
    "returns": (
        "returns",
        None,
        {
            "return_days": 30,
            "refund_days": [5, 7],
            "receipt_required": True,
            "condition": "unused, in original packaging",
        },
        {
            "en": (
                "Returns and refunds",
                "You can return most items within {return_days} days of delivery if they are unused and in their "
                "original packaging. Bring the receipt or the order number. Refunds go back to the original payment "
                "method within {refund_days[0]}–{refund_days[1]} business days after we receive the item.",
            ),
            "ru": (
                "Возврат и обмен",
                "Большинство товаров можно вернуть в течение {return_days} дней с момента получения, если они не "
                "использовались и сохранена упаковка. Нужен чек или номер заказа. Деньги возвращаются на исходный "
                "способ оплаты в течение {refund_days[0]}–{refund_days[1]} рабочих дней после получения товара.",
            ),
            "zh": (
                "退换货政策",
                "大部分商品在签收后{return_days}天内，未使用且包装完好即可退货。请提供收据或订单号。"
                "我们收到退货后{refund_days[0]}–{refund_days[1]}个工作日内原路退款。",
            ),
        },
    ),
    "returns.electronics": (
        "returns",
        "electronics",
        {"return_days": 15, "restocking_fee_pct": 10, "opened_ok": True},
        {
            "en": (
                "Returns of electronics",
                "Electronics can be returned within {return_days} days of delivery. Opened items are accepted with "
                "all accessories; a {restocking_fee_pct}% restocking fee applies to opened items that are not faulty.",
            ),
            "ru": (
                "Возврат электроники",
                "Электронику можно вернуть в течение {return_days} дней с момента получения. Вскрытые товары "
                "принимаются с полной комплектацией; за вскрытый исправный товар удерживается {restocking_fee_pct}%.",
            ),
            "zh": (
                "电子产品退货",
                "电子产品可在签收后{return_days}天内退货。已拆封商品需配件齐全；非质量问题的已拆封商品收取"
                "{restocking_fee_pct}%的重新上架费。",
            ),
        },
    ),
    "returns.perishables": (
        "returns",
        "grocery",
        {"return_days": 2, "quality_issues_only": True},
        {
            "en": (
                "Returns of food and perishables",
                "Food and other perishables can only be returned for a quality problem, within {return_days} days "
                "of purchase. We refund or replace them.",
            ),
            "ru": (
                "Возврат продуктов питания",
                "Продукты питания и скоропортящиеся товары принимаются обратно только при проблемах с качеством, "
                "в течение {return_days} дней после покупки. Мы вернём деньги или заменим товар.",
            ),
            "zh": (
                "食品及生鲜退货",
                "食品及生鲜商品仅在出现质量问题时，于购买后{return_days}天内可退，我们将退款或更换。",
            ),
        },
    ),
    "delivery": (
        "delivery",
        None,
        {
            "free_shipping_over": 50,
            "standard_fee": 5.99,
            "standard_days": [3, 5],
            "express_fee": 14.99,
            "express_days": [1, 2],
            "currency": "USD",
            "carriers": ["UPS", "FedEx", "USPS", "DHL"],
        },
        {
            "en": (
                "Delivery",
                "Standard delivery takes {standard_days[0]}–{standard_days[1]} business days and costs "
                "${standard_fee}; it is free for orders over ${free_shipping_over}. Express delivery takes "
                "{express_days[0]}–{express_days[1]} business days for ${express_fee}. We ship with UPS, FedEx, "
                "USPS and DHL and email a tracking number when the order leaves the store.",
            ),
            "ru": (
                "Доставка",
                "Стандартная доставка занимает {standard_days[0]}–{standard_days[1]} рабочих дня и стоит "
                "${standard_fee}; для заказов от ${free_shipping_over} она бесплатна. Экспресс-доставка — "
                "{express_days[0]}–{express_days[1]} рабочих дня за ${express_fee}. Мы отправляем через UPS, FedEx, "
                "USPS и DHL и присылаем трек-номер, когда заказ покидает магазин.",
            ),
            "zh": (
                "配送说明",
                "标准配送需{standard_days[0]}–{standard_days[1]}个工作日，运费${standard_fee}；订单满"
                "${free_shipping_over}免运费。加急配送需{express_days[0]}–{express_days[1]}个工作日，运费"
                "${express_fee}。我们通过UPS、FedEx、USPS和DHL发货，发货后将通过邮件发送物流单号。",
            ),
        },
    ),
    "warranty": (
        "warranty",
        None,
        {"warranty_months": 24, "covers": "manufacturing defects", "proof_of_purchase": True},
        {
            "en": (
                "Warranty",
                "Every product carries a {warranty_months}-month warranty against manufacturing defects from the "
                "date of purchase. Keep your receipt or order number; we repair, replace or refund a faulty item.",
            ),
            "ru": (
                "Гарантия",
                "На все товары действует гарантия {warranty_months} месяца на производственные дефекты с даты "
                "покупки. Сохраните чек или номер заказа: неисправный товар мы отремонтируем, заменим или вернём "
                "деньги.",
            ),
            "zh": (
                "保修政策",
                "所有商品自购买之日起享受{warranty_months}个月的质量问题保修。请保留收据或订单号，"
                "故障商品我们将维修、更换或退款。",
            ),
        },
    ),
    "store_info": (
        "store_info",
        None,
        {
            "hours": {"mon_sat": ["09:00", "21:00"], "sun": ["10:00", "18:00"]},
            "address": "1200 Market Street, Springfield",
            "phone": "+1-555-010-2030",
            "email": "help@example.com",
        },
        {
            "en": (
                "Opening hours and address",
                "We are open Monday to Saturday {hours[mon_sat][0]}–{hours[mon_sat][1]} and Sunday "
                "{hours[sun][0]}–{hours[sun][1]}. Find us at {address}. Phone {phone}, email {email}.",
            ),
            "ru": (
                "Часы работы и адрес",
                "Мы работаем с понедельника по субботу {hours[mon_sat][0]}–{hours[mon_sat][1]}, в воскресенье "
                "{hours[sun][0]}–{hours[sun][1]}. Адрес: {address}. Телефон {phone}, почта {email}.",
            ),
            "zh": (
                "营业时间与地址",
                "营业时间：周一至周六{hours[mon_sat][0]}–{hours[mon_sat][1]}，周日{hours[sun][0]}–{hours[sun][1]}。"
                "地址：{address}。电话{phone}，邮箱{email}。",
            ),
        },
    ),
}


def policy_rows(category_ids: dict[str, int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Policy rows (one per key and language) and their ``applies_to`` edges to categories."""
    rows: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    departments = [path for path in category_ids if "/" not in path]
    specific = {cat for _, cat, _, _ in POLICIES.values() if cat}
    pid = 0
    for key, (kind, cat, fields, texts) in POLICIES.items():
        targets: list[str]
        if cat:
            targets = [cat]
        elif kind == "returns":
            targets = [d for d in departments if d not in specific]
        elif kind in ("warranty", "delivery"):
            targets = [d for d in departments if d != "grocery"] if kind == "warranty" else departments
        else:
            targets = []
        for lang, (title, body) in texts.items():
            pid += 1
            rows.append(
                {
                    "id": pid,
                    "key": key,
                    "kind": kind,
                    "lang": lang,
                    "title": title,
                    "body": body.format(**fields),
                    "fields": fields,
                    "category_id": category_ids.get(cat) if cat else None,
                }
            )
            edges.extend(
                {
                    "src_kind": "policy",
                    "src_id": pid,
                    "rel": "applies_to",
                    "dst_kind": "category",
                    "dst_id": category_ids[t],
                    "weight": 1.0,
                    "reason": None,
                }
                for t in targets
            )
    return rows, edges
