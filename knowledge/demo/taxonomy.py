"""The demo store's taxonomy: departments, their categories, attribute generators, brands and price ranges.

Everything the generator produces is combined from these tables, so `--products 50000` needs no more typing than
the default 3,000: more products just means more combinations of brand x model x attributes x price.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.demo.terms import (
    COLOUR,
    GLUTEN_FREE,
    INSULATED,
    LITRE,
    MAH,
    N_CAPACITY,
    N_MATERIAL,
    N_WATTAGE,
    ORGANIC,
    RECHARGEABLE,
    SUGAR_FREE,
    VEGAN,
    WATERPROOF,
    WATT,
    WIRELESS,
    AttrSpec,
    CategorySpec,
    Noun,
    Term,
    flag,
    number,
    pick,
)

# Monthly demand multipliers (Jan..Dec) for yearly seasonality.
FLAT = (1.0,) * 12
SUMMER = (0.6, 0.65, 0.8, 1.0, 1.2, 1.45, 1.55, 1.45, 1.1, 0.85, 0.7, 0.75)
WINTER = (1.5, 1.35, 1.05, 0.8, 0.6, 0.5, 0.5, 0.6, 0.85, 1.15, 1.45, 1.6)
HOLIDAY = (0.75, 0.7, 0.75, 0.8, 0.8, 0.8, 0.85, 0.9, 0.95, 1.1, 1.5, 2.3)
SPRING = (0.8, 0.85, 1.1, 1.3, 1.3, 1.15, 1.0, 0.95, 1.0, 0.95, 0.8, 0.9)
NEW_YEAR = (1.5, 1.3, 1.1, 1.0, 0.9, 0.85, 0.85, 0.9, 1.1, 0.95, 0.85, 0.8)


@dataclass
class Department:
    slug: str
    names: Term
    brands: tuple[str, ...]
    season: tuple[float, ...]
    categories: tuple[CategorySpec, ...]


def _mat(
    *options: tuple[str, Term, float] | tuple[str, Term], in_title: float = 1.0, stratify: bool = False
) -> AttrSpec:
    return pick("material", N_MATERIAL, *options, in_title=in_title, stratify=stratify)


LEATHER = ("leather", Term("Leather", "кожаный", "真皮"), 1.3)
SUEDE = ("suede", Term("Suede", "замшевый", "麂皮"), 1.15)
SYNTHETIC = ("synthetic", Term("Synthetic", "синтетический", "合成"), 0.9)
MESH = ("mesh", Term("Mesh", "сетчатый", "网面"), 0.95)
WOOL = ("wool", Term("Wool", "шерстяной", "羊毛"), 1.2)
MERINO = ("merino", Term("Merino", "мериносовый", "美利奴"), 1.4)
COTTON = ("cotton", Term("Cotton", "хлопковый", "纯棉"), 1.0)
POLYESTER = ("polyester", Term("Polyester", "полиэстеровый", "涤纶"), 0.9)
STEEL = ("stainless steel", Term("Stainless Steel", "стальной", "不锈钢"), 1.2)
GLASS = ("glass", Term("Glass", "стеклянный", "玻璃"), 1.1)
PLASTIC = ("plastic", Term("Plastic", "пластиковый", "塑料"), 0.8)
ALUMINIUM = ("aluminium", Term("Aluminium", "алюминиевый", "铝合金"), 1.0)
CARBON = ("carbon", Term("Carbon", "карбоновый", "碳纤维"), 1.6)
CERAMIC = ("ceramic", Term("Ceramic", "керамический", "陶瓷"), 1.1)
BAMBOO = ("bamboo", Term("Bamboo", "бамбуковый", "竹纤维"), 1.15)
RUBBER = ("rubber", Term("Rubber", "резиновый", "橡胶"), 1.1)
DOWN = ("down", Term("Down", "пуховый", "羽绒"), 1.5)

SIZE_PERSONS = number(
    "persons",
    Term("Sleeps", "Мест", "人数"),
    (1, 2, 3, 4, 6),
    Term("-Person", "-местный", "人"),
    factor_step=0.3,
    sep=Term("", "", ""),
)

DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "outdoor",
        Term("Outdoor & camping", "Туризм и кемпинг", "户外露营"),
        ("Northpeak", "Trailmark", "Ridgeway", "Alpenglow", "Cedar & Stone", "Basecamp"),
        SUMMER,
        (
            CategorySpec(
                "tents",
                Term("Tents", "Палатки", "帐篷"),
                Noun("Tent", "палатка", "帐篷", "f"),
                (60, 600),
                (
                    SIZE_PERSONS,
                    WATERPROOF,
                    pick(
                        "season",
                        Term("Season", "Сезонность", "季节"),
                        ("3-season", Term("3-Season", "всесезонный", "三季"), 1.0),
                        ("4-season", Term("4-Season", "зимний", "四季"), 1.5),
                        in_title=0.6,
                    ),
                ),
                Term(
                    "Quick to pitch and stable in wind, for camping trips and festivals.",
                    "Быстро ставится и устойчива на ветру — для походов и фестивалей.",
                    "搭建快速，抗风稳定，适合露营和音乐节。",
                ),
                weight=2.0,
            ),
            CategorySpec(
                "sleeping-bags",
                Term("Sleeping bags", "Спальные мешки", "睡袋"),
                Noun("Sleeping Bag", "спальный мешок", "睡袋"),
                (30, 320),
                (
                    _mat(DOWN, SYNTHETIC),
                    number(
                        "comfort_temp_c",
                        Term("Comfort temperature", "Температура комфорта", "舒适温度"),
                        (10, 5, 0, -5, -10),
                        Term("°C", "°C", "°C"),
                        in_title=0.5,
                        factor_step=0.15,
                    ),
                ),
                Term(
                    "Keeps you warm on cold nights under canvas.",
                    "Согреет холодной ночью в палатке.",
                    "在帐篷里的寒夜为你保暖。",
                ),
                weight=1.5,
            ),
            CategorySpec(
                "backpacks",
                Term("Backpacks", "Рюкзаки", "背包"),
                Noun("Backpack", "рюкзак", "背包"),
                (25, 260),
                (number("capacity_l", N_CAPACITY, (20, 30, 45, 65), LITRE, factor_step=0.25), WATERPROOF, COLOUR),
                Term(
                    "Padded straps and plenty of pockets for day hikes and treks.",
                    "Мягкие лямки и много карманов — для однодневных походов и треккинга.",
                    "肩带柔软，口袋充足，适合徒步和远足。",
                ),
                weight=1.5,
            ),
            CategorySpec(
                "camping-stoves",
                Term("Camping stoves", "Туристические горелки", "露营炉具"),
                Noun("Camping Stove", "туристическая горелка", "露营炉", "f"),
                (25, 160),
                (
                    pick(
                        "fuel",
                        Term("Fuel", "Топливо", "燃料"),
                        ("gas", Term("Gas", "газовый", "燃气"), 1.0),
                        ("multi-fuel", Term("Multi-Fuel", "мультитопливный", "多燃料"), 1.6),
                    ),
                ),
                Term(
                    "Boils a litre of water in minutes at camp.",
                    "Вскипятит литр воды за несколько минут.",
                    "几分钟即可烧开一升水。",
                ),
            ),
            CategorySpec(
                "headlamps",
                Term("Headlamps", "Налобные фонари", "头灯"),
                Noun("Headlamp", "налобный фонарь", "头灯"),
                (10, 90),
                (
                    number(
                        "lumens",
                        Term("Brightness", "Яркость", "亮度"),
                        (200, 400, 800),
                        Term("lm", "лм", "流明"),
                        factor_step=0.35,
                        sep=Term(" ", " ", ""),
                    ),
                    RECHARGEABLE,
                    WATERPROOF,
                ),
                Term(
                    "Hands-free light for camp, trail and power cuts.",
                    "Свет без рук — в лагере, на тропе и при отключении электричества.",
                    "解放双手的照明，适合营地、夜行和停电。",
                ),
            ),
            CategorySpec(
                "trekking-poles",
                Term("Trekking poles", "Треккинговые палки", "登山杖"),
                Noun("Trekking Poles", "треккинговые палки", "登山杖", "p"),
                (20, 180),
                (_mat(ALUMINIUM, CARBON, stratify=True), COLOUR),
                Term(
                    "Take the load off your knees on steep descents.",
                    "Снимают нагрузку с коленей на крутых спусках.",
                    "下坡时减轻膝盖负担。",
                ),
            ),
            CategorySpec(
                "water-bottles",
                Term("Water bottles", "Бутылки для воды", "水壶"),
                Noun("Water Bottle", "бутылка для воды", "水壶", "f"),
                (8, 45),
                (
                    number("capacity_l", N_CAPACITY, (0.5, 0.75, 1.0), LITRE, factor_step=0.15),
                    _mat(STEEL, PLASTIC),
                    INSULATED,
                    COLOUR,
                ),
                Term(
                    "Leak-proof lid, fits a backpack side pocket.",
                    "Крышка не протекает, помещается в боковой карман рюкзака.",
                    "防漏瓶盖，可放入背包侧袋。",
                ),
            ),
            CategorySpec(
                "camping-chairs",
                Term("Camping chairs", "Туристические стулья", "露营椅"),
                Noun("Camping Chair", "туристический стул", "露营椅"),
                (20, 130),
                (pick("frame", Term("Frame", "Рама", "框架"), ALUMINIUM, STEEL), COLOUR),
                Term(
                    "Folds small and sets up in seconds.",
                    "Компактно складывается и раскладывается за секунды.",
                    "折叠小巧，几秒即可打开。",
                ),
            ),
        ),
    ),
    Department(
        "footwear",
        Term("Footwear", "Обувь", "鞋靴"),
        ("Trailmark", "Stridewell", "Northpeak", "Kestrel", "Vantor", "Alpenglow"),
        FLAT,
        (
            CategorySpec(
                "hiking-boots",
                Term("Hiking boots", "Треккинговые ботинки", "登山靴"),
                Noun("Hiking Boots", "треккинговые ботинки", "登山靴", "p"),
                (60, 250),
                (
                    WATERPROOF,
                    _mat(LEATHER, SUEDE, SYNTHETIC, stratify=True),
                    pick(
                        "colour",
                        COLOUR.name,
                        ("brown", Term("Brown", "коричневый", "棕色")),
                        ("black", Term("Black", "чёрный", "黑色")),
                        ("grey", Term("Grey", "серый", "灰色")),
                        ("green", Term("Olive", "оливковый", "橄榄色")),
                        in_title=0.2,
                    ),
                ),
                Term(
                    "Grippy lugged sole and ankle support for rocky trails.",
                    "Цепкая подошва и поддержка голеностопа для каменистых троп.",
                    "抓地大底，护踝支撑，适合崎岖山路。",
                ),
                variants="shoe",
                weight=4.0,
            ),
            CategorySpec(
                "running-shoes",
                Term("Running shoes", "Кроссовки для бега", "跑鞋"),
                Noun("Running Shoes", "беговые кроссовки", "跑鞋", "p"),
                (40, 200),
                (
                    pick(
                        "surface",
                        Term("Surface", "Покрытие", "路面"),
                        ("road", Term("Road", "шоссейный", "公路"), 1.0),
                        ("trail", Term("Trail", "трейловый", "越野"), 1.1),
                    ),
                    _mat(MESH, SYNTHETIC, in_title=0.4),
                    COLOUR,
                ),
                Term(
                    "Light, cushioned and breathable for daily runs.",
                    "Лёгкие, амортизирующие и дышащие — для ежедневных пробежек.",
                    "轻盈缓震，透气舒适，适合日常跑步。",
                ),
                variants="shoe",
                weight=1.5,
            ),
            CategorySpec(
                "winter-boots",
                Term("Winter boots", "Зимние ботинки", "雪地靴"),
                Noun("Winter Boots", "зимние ботинки", "雪地靴", "p"),
                (50, 260),
                (WATERPROOF, INSULATED, _mat(LEATHER, SUEDE, SYNTHETIC)),
                Term(
                    "Warm lining and a non-slip sole for snow and ice.",
                    "Тёплая подкладка и нескользящая подошва для снега и льда.",
                    "保暖内衬，防滑鞋底，适合冰雪路面。",
                ),
                variants="shoe",
                weight=1.5,
            ),
            CategorySpec(
                "sandals",
                Term("Sandals", "Сандалии", "凉鞋"),
                Noun("Sandals", "сандалии", "凉鞋", "p"),
                (15, 95),
                (_mat(LEATHER, SYNTHETIC, RUBBER), COLOUR),
                Term(
                    "Adjustable straps for summer walks and river crossings.",
                    "Регулируемые ремешки — для летних прогулок и бродов.",
                    "可调节绑带，适合夏日出行和涉水。",
                ),
                variants="shoe",
            ),
            CategorySpec(
                "sneakers",
                Term("Sneakers", "Кеды", "休闲鞋"),
                Noun("Sneakers", "кеды", "休闲鞋", "p"),
                (30, 150),
                (_mat(LEATHER, COTTON, SYNTHETIC), COLOUR),
                Term(
                    "Everyday sneakers that go with everything.",
                    "Повседневные кеды, которые подходят ко всему.",
                    "百搭日常休闲鞋。",
                ),
                variants="shoe",
            ),
            CategorySpec(
                "socks",
                Term("Hiking socks", "Треккинговые носки", "徒步袜"),
                Noun("Hiking Socks", "треккинговые носки", "徒步袜", "p"),
                (6, 30),
                (
                    _mat(MERINO, WOOL, COTTON, POLYESTER, stratify=True),
                    number(
                        "pairs",
                        Term("Pairs", "Пар", "双数"),
                        (1, 2, 3),
                        Term("-Pack", " пары", "双装"),
                        in_title=0.5,
                        factor_step=0.6,
                    ),
                ),
                Term(
                    "Cushioned and moisture-wicking to prevent blisters in boots.",
                    "Мягкие и отводят влагу, чтобы в ботинках не было мозолей.",
                    "缓震排汗，穿靴子不磨脚。",
                ),
                variants="apparel",
                weight=1.5,
            ),
            CategorySpec(
                "slippers",
                Term("Slippers", "Тапочки", "拖鞋"),
                Noun("Slippers", "домашние тапочки", "拖鞋", "p"),
                (8, 45),
                (_mat(WOOL, COTTON, SYNTHETIC), COLOUR),
                Term("Soft and warm for home.", "Мягкие и тёплые — для дома.", "柔软保暖，居家必备。"),
                variants="shoe",
            ),
        ),
    ),
    Department(
        "apparel",
        Term("Clothing", "Одежда", "服装"),
        ("Northpeak", "Fjordline", "Urbanist", "Coastal Thread", "Alpenglow", "Kestrel"),
        WINTER,
        (
            CategorySpec(
                "jackets",
                Term("Jackets", "Куртки", "夹克"),
                Noun("Jacket", "куртка", "夹克", "f"),
                (40, 420),
                (
                    WATERPROOF,
                    pick(
                        "insulation",
                        Term("Insulation", "Утеплитель", "填充"),
                        ("down", Term("Down", "пуховый", "羽绒"), 1.6),
                        ("synthetic", Term("Padded", "утеплённый", "棉服"), 1.2),
                        ("none", Term("Shell", "лёгкий", "轻薄"), 1.0),
                    ),
                    flag(
                        "hood",
                        Term("Hood", "Капюшон", "连帽"),
                        Term("Hooded", "с капюшоном", "连帽"),
                        p_true=0.6,
                        factor=1.05,
                    ),
                    COLOUR,
                ),
                Term(
                    "Windproof, with taped seams and zipped pockets.",
                    "Ветрозащитная, с проклеенными швами и карманами на молнии.",
                    "防风设计，压胶接缝，拉链口袋。",
                ),
                variants="apparel",
                weight=2.5,
            ),
            CategorySpec(
                "fleeces",
                Term("Fleeces", "Флисовые кофты", "抓绒衣"),
                Noun("Fleece", "флисовая кофта", "抓绒衣", "f"),
                (25, 120),
                (COLOUR,),
                Term("A warm mid-layer that dries fast.", "Тёплый средний слой, быстро сохнет.", "速干保暖的中间层。"),
                variants="apparel",
            ),
            CategorySpec(
                "t-shirts",
                Term("T-shirts", "Футболки", "T恤"),
                Noun("T-Shirt", "футболка", "T恤", "f"),
                (8, 45),
                (_mat(COTTON, POLYESTER, MERINO), COLOUR),
                Term("Soft, breathable and easy to wash.", "Мягкая, дышащая, легко стирается.", "柔软透气，易于清洗。"),
                variants="apparel",
                weight=1.5,
            ),
            CategorySpec(
                "trousers",
                Term("Trousers", "Брюки", "长裤"),
                Noun("Trousers", "брюки", "长裤", "p"),
                (25, 160),
                (
                    WATERPROOF,
                    pick(
                        "fit",
                        Term("Fit", "Посадка", "版型"),
                        ("hiking", Term("Hiking", "походный", "徒步"), 1.1),
                        ("chino", Term("Chino", "повседневный", "休闲"), 1.0),
                    ),
                    COLOUR,
                ),
                Term(
                    "Stretch fabric and reinforced knees.",
                    "Эластичная ткань и усиленные колени.",
                    "弹力面料，膝部加固。",
                ),
                variants="apparel",
            ),
            CategorySpec(
                "hats",
                Term("Hats", "Шапки", "帽子"),
                Noun("Beanie", "шапка", "毛线帽", "f"),
                (8, 45),
                (_mat(WOOL, MERINO, COTTON), COLOUR),
                Term("Keeps your head warm in the cold.", "Согревает голову в мороз.", "寒冷天气为头部保暖。"),
            ),
            CategorySpec(
                "gloves",
                Term("Gloves", "Перчатки", "手套"),
                Noun("Gloves", "перчатки", "手套", "p"),
                (10, 85),
                (
                    WATERPROOF,
                    _mat(LEATHER, WOOL, SYNTHETIC),
                    flag(
                        "touchscreen",
                        Term("Touchscreen", "Сенсорные", "触屏"),
                        Term("Touchscreen", "сенсорный", "触屏"),
                        0.4,
                    ),
                ),
                Term("Warm fingers and a good grip.", "Тепло пальцам и надёжный хват.", "手指温暖，抓握稳固。"),
                variants="apparel",
            ),
            CategorySpec(
                "base-layers",
                Term("Thermal underwear", "Термобельё", "保暖内衣"),
                Noun("Base Layer", "термобельё", "保暖内衣", "n"),
                (20, 110),
                (_mat(MERINO, POLYESTER, WOOL),),
                Term(
                    "Wicks sweat and keeps warmth close to the body.",
                    "Отводит пот и сохраняет тепло тела.",
                    "排汗锁温，贴身保暖。",
                ),
                variants="apparel",
            ),
        ),
    ),
    Department(
        "electronics",
        Term("Electronics", "Электроника", "电子产品"),
        ("Voltix", "Sonara", "Lumetra", "Pixelon", "Auralis", "Kinetica"),
        HOLIDAY,
        (
            CategorySpec(
                "headphones",
                Term("Headphones", "Наушники", "耳机"),
                Noun("Headphones", "наушники", "耳机", "p"),
                (15, 420),
                (
                    WIRELESS,
                    flag(
                        "noise_cancelling",
                        Term("Noise cancelling", "Шумоподавление", "降噪"),
                        Term("Noise-Cancelling", "шумоподавляющий", "降噪"),
                        0.4,
                        1.8,
                    ),
                    pick(
                        "form",
                        Term("Type", "Тип", "类型"),
                        ("over-ear", Term("Over-Ear", "полноразмерный", "头戴式"), 1.2),
                        ("in-ear", Term("In-Ear", "внутриканальный", "入耳式"), 0.9),
                    ),
                    COLOUR,
                ),
                Term(
                    "Clear sound with deep bass and all-day comfort.",
                    "Чистый звук, глубокий бас и комфорт весь день.",
                    "音质清晰，低音浑厚，全天佩戴舒适。",
                ),
                weight=2.0,
            ),
            CategorySpec(
                "batteries",
                Term("Batteries", "Батарейки", "电池"),
                Noun("Batteries", "батарейки", "电池", "p"),
                (3, 35),
                (
                    pick(
                        "size",
                        Term("Size", "Типоразмер", "型号"),
                        ("AA", Term("AA", "AA", "5号")),
                        ("AAA", Term("AAA", "AAA", "7号")),
                        ("9V", Term("9V", "9V", "9V"), 1.4),
                        ("C", Term("C", "C", "2号"), 1.3),
                        ("D", Term("D", "D", "1号"), 1.5),
                        stratify=True,
                    ),
                    number(
                        "pack",
                        Term("Pack", "Штук в упаковке", "装"),
                        (4, 8, 12, 24),
                        Term("-Pack", " шт.", "节装"),
                        factor_step=0.7,
                        sep=Term("", "", ""),
                    ),
                    RECHARGEABLE,
                ),
                Term(
                    "Long-lasting power for remotes, toys, cameras and torches.",
                    "Долгая работа пультов, игрушек, камер и фонарей.",
                    "为遥控器、玩具、相机和手电提供持久电力。",
                ),
                weight=2.0,
            ),
            CategorySpec(
                "power-banks",
                Term("Power banks", "Внешние аккумуляторы", "充电宝"),
                Noun("Power Bank", "внешний аккумулятор", "充电宝"),
                (15, 95),
                (
                    number(
                        "capacity_mah", N_CAPACITY, (5000, 10000, 20000), MAH, factor_step=0.4, sep=Term(" ", " ", "")
                    ),
                    flag(
                        "fast_charge",
                        Term("Fast charging", "Быстрая зарядка", "快充"),
                        Term("Fast-Charge", "быстрозарядный", "快充"),
                        0.5,
                    ),
                ),
                Term(
                    "Charges a phone several times on the go.",
                    "Несколько раз зарядит телефон в дороге.",
                    "外出可为手机多次充电。",
                ),
            ),
            CategorySpec(
                "cameras",
                Term("Cameras", "Фотоаппараты", "相机"),
                Noun("Camera", "фотоаппарат", "相机"),
                (150, 1500),
                (
                    pick(
                        "kind",
                        Term("Type", "Тип", "类型"),
                        ("compact", Term("Compact", "компактный", "卡片"), 1.0),
                        ("mirrorless", Term("Mirrorless", "беззеркальный", "无反"), 2.5),
                        ("action", Term("Action", "экшн", "运动"), 1.2),
                    ),
                    number(
                        "megapixels",
                        Term("Resolution", "Разрешение", "像素"),
                        (12, 20, 24, 33),
                        Term("MP", "Мп", "百万像素"),
                        in_title=0.5,
                        factor_step=0.2,
                        sep=Term(" ", " ", ""),
                    ),
                ),
                Term("Sharp photos and 4K video.", "Чёткие фото и видео 4K.", "照片清晰，支持4K视频。"),
            ),
            CategorySpec(
                "memory-cards",
                Term("Memory cards", "Карты памяти", "存储卡"),
                Noun("microSD Card", "карта памяти microSD", "microSD存储卡", "f"),
                (8, 80),
                (
                    number(
                        "capacity_gb",
                        N_CAPACITY,
                        (64, 128, 256, 512),
                        Term("GB", "ГБ", "GB"),
                        factor_step=0.6,
                        sep=Term(" ", " ", ""),
                    ),
                ),
                Term("Fast enough for 4K video.", "Достаточно быстрая для видео 4K.", "读写速度足以录制4K视频。"),
            ),
            CategorySpec(
                "chargers",
                Term("Chargers", "Зарядные устройства", "充电器"),
                Noun("USB-C Charger", "зарядное устройство USB-C", "USB-C充电器", "n"),
                (10, 65),
                (number("wattage", N_WATTAGE, (20, 30, 65, 100), WATT, factor_step=0.35),),
                Term(
                    "Fast charging for phones, tablets and laptops.",
                    "Быстрая зарядка телефонов, планшетов и ноутбуков.",
                    "为手机、平板和笔记本快速充电。",
                ),
            ),
            CategorySpec(
                "speakers",
                Term("Bluetooth speakers", "Портативные колонки", "蓝牙音箱"),
                Noun("Bluetooth Speaker", "портативная колонка", "蓝牙音箱", "f"),
                (20, 320),
                (WATERPROOF, COLOUR),
                Term(
                    "Room-filling sound for the beach or the park.",
                    "Громкий звук на пляже и в парке.",
                    "音量充沛，海滩公园皆宜。",
                ),
            ),
            CategorySpec(
                "smartwatches",
                Term("Smartwatches", "Умные часы", "智能手表"),
                Noun("Smartwatch", "умные часы", "智能手表", "p"),
                (50, 450),
                (WATERPROOF, COLOUR),
                Term("Tracks steps, heart rate and sleep.", "Считает шаги, пульс и сон.", "记录步数、心率和睡眠。"),
            ),
            CategorySpec(
                "cables",
                Term("Cables", "Кабели", "数据线"),
                Noun("Charging Cable", "зарядный кабель", "充电线"),
                (5, 30),
                (
                    pick(
                        "connector",
                        Term("Connector", "Разъём", "接口"),
                        ("usb-c", Term("USB-C", "USB-C", "USB-C")),
                        ("lightning", Term("Lightning", "Lightning", "Lightning"), 1.2),
                    ),
                    number("length_m", Term("Length", "Длина", "长度"), (1, 2), Term("m", "м", "米"), factor_step=0.3),
                ),
                Term("Braided and tangle-free.", "В оплётке, не путается.", "编织线身，不易缠绕。"),
            ),
        ),
    ),
    Department(
        "home",
        Term("Home & kitchen", "Дом и кухня", "家居厨房"),
        ("Hearthwell", "Kitchenry", "Casa Nova", "Brightnest", "Oakhaus"),
        HOLIDAY,
        (
            CategorySpec(
                "kettles",
                Term("Electric kettles", "Электрочайники", "电热水壶"),
                Noun("Electric Kettle", "электрический чайник", "电热水壶"),
                (20, 150),
                (
                    number("capacity_l", N_CAPACITY, (1.0, 1.5, 1.7), LITRE, factor_step=0.1),
                    _mat(STEEL, GLASS, PLASTIC),
                    number("wattage", N_WATTAGE, (1800, 2200, 3000), WATT, in_title=0.3),
                ),
                Term(
                    "Boils fast and switches off automatically.",
                    "Быстро кипятит и сам выключается.",
                    "快速烧水，自动断电。",
                ),
            ),
            CategorySpec(
                "frying-pans",
                Term("Frying pans", "Сковороды", "煎锅"),
                Noun("Frying Pan", "сковорода", "煎锅", "f"),
                (15, 160),
                (
                    number(
                        "diameter_cm",
                        Term("Diameter", "Диаметр", "直径"),
                        (20, 24, 28),
                        Term("cm", "см", "厘米"),
                        factor_step=0.15,
                        sep=Term(" ", " ", ""),
                    ),
                    flag(
                        "non_stick",
                        Term("Non-stick", "Антипригарное покрытие", "不粘"),
                        Term("Non-Stick", "антипригарный", "不粘"),
                        0.6,
                    ),
                    _mat(STEEL, ALUMINIUM, CERAMIC),
                ),
                Term(
                    "Even heating, suitable for induction hobs.",
                    "Равномерный нагрев, подходит для индукции.",
                    "受热均匀，适用电磁炉。",
                ),
            ),
            CategorySpec(
                "knives",
                Term("Kitchen knives", "Кухонные ножи", "厨刀"),
                Noun("Chef's Knife", "поварской нож", "厨师刀"),
                (10, 220),
                (_mat(STEEL, CERAMIC),),
                Term(
                    "Razor-sharp blade with a balanced handle.",
                    "Острое лезвие и удобная сбалансированная рукоять.",
                    "刀刃锋利，手柄平衡。",
                ),
            ),
            CategorySpec(
                "mugs",
                Term("Mugs", "Кружки", "马克杯"),
                Noun("Mug", "кружка", "马克杯", "f"),
                (5, 30),
                (_mat(CERAMIC, GLASS, STEEL), COLOUR),
                Term("For your morning coffee or tea.", "Для утреннего кофе или чая.", "早晨咖啡或茶的好伴侣。"),
            ),
            CategorySpec(
                "towels",
                Term("Towels", "Полотенца", "毛巾"),
                Noun("Bath Towel", "банное полотенце", "浴巾", "n"),
                (5, 45),
                (_mat(COTTON, BAMBOO), COLOUR),
                Term("Soft, absorbent and quick to dry.", "Мягкое, впитывающее и быстро сохнет.", "柔软吸水，快干。"),
            ),
            CategorySpec(
                "desk-lamps",
                Term("Desk lamps", "Настольные лампы", "台灯"),
                Noun("LED Desk Lamp", "светодиодная настольная лампа", "LED台灯", "f"),
                (15, 120),
                (number("wattage", N_WATTAGE, (5, 8, 12), WATT, factor_step=0.2), COLOUR),
                Term(
                    "Dimmable light that is easy on the eyes.",
                    "Регулируемая яркость, бережёт глаза.",
                    "亮度可调，护眼舒适。",
                ),
            ),
            CategorySpec(
                "thermoses",
                Term("Vacuum flasks", "Термосы", "保温瓶"),
                Noun("Vacuum Flask", "термос", "保温瓶"),
                (15, 65),
                (number("capacity_l", N_CAPACITY, (0.5, 0.75, 1.0), LITRE, factor_step=0.2), COLOUR),
                Term("Keeps drinks hot for 12 hours.", "Держит напитки горячими 12 часов.", "饮品保温12小时。"),
            ),
            CategorySpec(
                "food-containers",
                Term("Food containers", "Контейнеры для еды", "保鲜盒"),
                Noun("Food Container Set", "набор контейнеров для еды", "保鲜盒套装"),
                (5, 40),
                (_mat(GLASS, PLASTIC),),
                Term(
                    "Airtight lids, microwave and dishwasher safe.",
                    "Герметичные крышки, можно в микроволновку и посудомойку.",
                    "密封盖，可微波炉加热和洗碗机清洗。",
                ),
            ),
        ),
    ),
    Department(
        "grocery",
        Term("Grocery", "Продукты", "食品"),
        ("Green Valley", "Nutrio", "Harvest Lane", "Sweet Nothing", "Panda Pantry", "Morning Mill"),
        FLAT,
        (
            CategorySpec(
                "snack-bars",
                Term("Snack bars", "Батончики", "零食棒"),
                Noun("Protein Bar", "протеиновый батончик", "蛋白棒"),
                (1.5, 35),
                (
                    SUGAR_FREE,
                    VEGAN,
                    GLUTEN_FREE,
                    pick(
                        "flavour",
                        Term("Flavour", "Вкус", "口味"),
                        ("chocolate", Term("Chocolate", "шоколадный", "巧克力味")),
                        ("peanut", Term("Peanut", "арахисовый", "花生味")),
                        ("berry", Term("Berry", "ягодный", "莓果味")),
                    ),
                ),
                Term(
                    "A filling snack for the gym, the office or the trail.",
                    "Сытный перекус для спортзала, офиса или похода.",
                    "健身、办公、徒步的饱腹零食。",
                ),
                weight=1.5,
                extra={"snack": True},
            ),
            CategorySpec(
                "chocolate",
                Term("Chocolate", "Шоколад", "巧克力"),
                Noun("Chocolate", "шоколад", "巧克力"),
                (2, 12),
                (
                    SUGAR_FREE,
                    VEGAN,
                    pick(
                        "kind",
                        Term("Type", "Вид", "种类"),
                        ("dark", Term("Dark", "горький", "黑")),
                        ("milk", Term("Milk", "молочный", "牛奶")),
                    ),
                ),
                Term(
                    "A sweet snack made from fine cocoa.",
                    "Сладкий перекус из отборного какао.",
                    "精选可可制成的甜蜜零食。",
                ),
                weight=1.2,
                extra={"snack": True},
            ),
            CategorySpec(
                "cookies",
                Term("Cookies", "Печенье", "饼干"),
                Noun("Cookies", "печенье", "饼干", "n"),
                (2, 9),
                (
                    SUGAR_FREE,
                    GLUTEN_FREE,
                    VEGAN,
                    pick(
                        "flavour",
                        Term("Flavour", "Вкус", "口味"),
                        ("oat", Term("Oat", "овсяный", "燕麦")),
                        ("chocolate chip", Term("Chocolate Chip", "шоколадный", "巧克力豆")),
                        ("butter", Term("Butter", "сливочный", "黄油")),
                    ),
                ),
                Term(
                    "A crunchy snack with tea or coffee.", "Хрустящий перекус к чаю или кофе.", "配茶或咖啡的酥脆零食。"
                ),
                extra={"snack": True},
            ),
            CategorySpec(
                "savory-snacks",
                Term("Savory snacks", "Снеки", "咸味零食"),
                Noun("Potato Chips", "картофельные чипсы", "薯片", "p"),
                (1.5, 6),
                (
                    pick(
                        "flavour",
                        Term("Flavour", "Вкус", "口味"),
                        ("salted", Term("Sea Salt", "солёный", "海盐")),
                        ("paprika", Term("Paprika", "паприковый", "红椒")),
                        ("cheese", Term("Cheese", "сырный", "芝士")),
                    ),
                    GLUTEN_FREE,
                    flag("baked", Term("Baked", "Запечённые", "烘焙"), Term("Baked", "запечённый", "烘焙"), 0.3),
                ),
                Term(
                    "A crunchy savory snack for sharing.",
                    "Хрустящий солёный снек для компании.",
                    "适合分享的酥脆咸味零食。",
                ),
                extra={"snack": True},
            ),
            CategorySpec(
                "nuts",
                Term("Nuts & trail mix", "Орехи и смеси", "坚果"),
                Noun("Trail Mix", "ореховая смесь", "坚果混合", "f"),
                (4, 16),
                (
                    ORGANIC,
                    SUGAR_FREE,
                    number(
                        "weight_g",
                        Term("Weight", "Вес", "重量"),
                        (200, 500),
                        Term("g", "г", "克"),
                        factor_step=1.0,
                        sep=Term(" ", " ", ""),
                    ),
                ),
                Term("An energy snack for hikes.", "Энергетический перекус для походов.", "徒步补充能量的零食。"),
                extra={"snack": True},
            ),
            CategorySpec(
                "coffee",
                Term("Coffee", "Кофе", "咖啡"),
                Noun("Coffee", "кофе", "咖啡"),
                (6, 32),
                (
                    pick(
                        "form",
                        Term("Form", "Вид", "形态"),
                        ("beans", Term("Whole Bean", "зерновой", "咖啡豆"), 1.1),
                        ("ground", Term("Ground", "молотый", "研磨")),
                    ),
                    ORGANIC,
                    flag("decaf", Term("Decaf", "Без кофеина", "低因"), Term("Decaf", "без кофеина", "低因"), 0.2),
                ),
                Term(
                    "Roasted in small batches for a rich aroma.",
                    "Обжарен небольшими партиями для богатого аромата.",
                    "小批量烘焙，香气浓郁。",
                ),
            ),
            CategorySpec(
                "tea",
                Term("Tea", "Чай", "茶"),
                Noun("Tea", "чай", "茶"),
                (3, 22),
                (
                    pick(
                        "kind",
                        Term("Type", "Вид", "种类"),
                        ("green", Term("Green", "зелёный", "绿")),
                        ("black", Term("Black", "чёрный", "红")),
                        ("oolong", Term("Oolong", "улун", "乌龙"), 1.3),
                    ),
                    ORGANIC,
                ),
                Term(
                    "Loose leaves with a clean, fresh taste.",
                    "Листовой чай с чистым свежим вкусом.",
                    "散装茶叶，口感清新。",
                ),
            ),
            CategorySpec(
                "juice",
                Term("Juice", "Соки", "果汁"),
                Noun("Juice", "сок", "果汁"),
                (2, 8),
                (
                    SUGAR_FREE,
                    pick(
                        "fruit",
                        Term("Fruit", "Фрукт", "水果"),
                        ("orange", Term("Orange", "апельсиновый", "橙")),
                        ("apple", Term("Apple", "яблочный", "苹果")),
                        ("grape", Term("Grape", "виноградный", "葡萄")),
                    ),
                ),
                Term("No added preservatives.", "Без добавленных консервантов.", "不添加防腐剂。"),
                perishable=True,
            ),
            CategorySpec(
                "yogurt",
                Term("Yogurt", "Йогурты", "酸奶"),
                Noun("Yogurt", "йогурт", "酸奶"),
                (1, 5),
                (
                    SUGAR_FREE,
                    flag(
                        "lactose_free",
                        Term("Lactose-free", "Без лактозы", "无乳糖"),
                        Term("Lactose-Free", "безлактозный", "无乳糖"),
                        0.3,
                    ),
                    ORGANIC,
                ),
                Term(
                    "Creamy and fresh, keep refrigerated.",
                    "Нежный и свежий, хранить в холодильнике.",
                    "顺滑新鲜，请冷藏。",
                ),
                perishable=True,
            ),
            CategorySpec(
                "bread",
                Term("Bread", "Хлеб", "面包"),
                Noun("Bread", "хлеб", "面包"),
                (2, 7),
                (
                    GLUTEN_FREE,
                    pick(
                        "grain",
                        Term("Grain", "Мука", "谷物"),
                        ("wholegrain", Term("Wholegrain", "цельнозерновой", "全麦")),
                        ("rye", Term("Rye", "ржаной", "黑麦")),
                        ("white", Term("White", "пшеничный", "白")),
                    ),
                ),
                Term("Baked fresh every morning.", "Выпекается каждое утро.", "每日清晨新鲜出炉。"),
                perishable=True,
            ),
            CategorySpec(
                "cheese",
                Term("Cheese", "Сыр", "奶酪"),
                Noun("Cheese", "сыр", "奶酪"),
                (3, 18),
                (
                    pick(
                        "kind",
                        Term("Type", "Вид", "种类"),
                        ("cheddar", Term("Cheddar", "чеддер", "切达")),
                        ("gouda", Term("Gouda", "гауда", "高达")),
                        ("mozzarella", Term("Mozzarella", "моцарелла", "马苏里拉")),
                    ),
                    ORGANIC,
                ),
                Term("Matured for full flavour.", "Выдержанный, с насыщенным вкусом.", "熟成风味浓郁。"),
                perishable=True,
            ),
        ),
    ),
    Department(
        "beauty",
        Term("Beauty & personal care", "Красота и уход", "美妆个护"),
        ("Lumiere", "Purely", "Solara", "Dermaleaf", "Velvetine"),
        SPRING,
        (
            CategorySpec(
                "shampoo",
                Term("Shampoo", "Шампуни", "洗发水"),
                Noun("Shampoo", "шампунь", "洗发水"),
                (4, 26),
                (
                    number(
                        "volume_ml",
                        Term("Volume", "Объём", "容量"),
                        (250, 500),
                        Term("ml", "мл", "毫升"),
                        factor_step=0.6,
                        sep=Term(" ", " ", ""),
                    ),
                    VEGAN,
                ),
                Term(
                    "Gentle cleansing for everyday use.",
                    "Бережное очищение для ежедневного использования.",
                    "温和清洁，适合日常使用。",
                ),
            ),
            CategorySpec(
                "sunscreen",
                Term("Sunscreen", "Солнцезащитные средства", "防晒霜"),
                Noun("Sunscreen", "солнцезащитный крем", "防晒霜"),
                (8, 42),
                (
                    number(
                        "spf",
                        Term("SPF", "SPF", "SPF"),
                        (30, 50),
                        Term("", "", ""),
                        factor_step=0.2,
                        sep=Term("", "", ""),
                    ),
                    WATERPROOF,
                ),
                Term(
                    "Broad-spectrum protection for the beach and the mountains.",
                    "Защита широкого спектра для пляжа и гор.",
                    "广谱防护，海滩高山皆适用。",
                ),
            ),
            CategorySpec(
                "face-cream",
                Term("Face cream", "Кремы для лица", "面霜"),
                Noun("Face Cream", "крем для лица", "面霜"),
                (10, 85),
                (
                    VEGAN,
                    pick(
                        "skin",
                        Term("Skin type", "Тип кожи", "肤质"),
                        ("dry", Term("Hydrating", "увлажняющий", "保湿")),
                        ("oily", Term("Mattifying", "матирующий", "控油")),
                    ),
                ),
                Term(
                    "Light texture that absorbs quickly.",
                    "Лёгкая текстура, быстро впитывается.",
                    "质地轻薄，快速吸收。",
                ),
            ),
            CategorySpec(
                "toothpaste",
                Term("Toothpaste", "Зубные пасты", "牙膏"),
                Noun("Toothpaste", "зубная паста", "牙膏", "f"),
                (2, 10),
                (
                    flag(
                        "whitening",
                        Term("Whitening", "Отбеливание", "美白"),
                        Term("Whitening", "отбеливающий", "美白"),
                        0.4,
                    ),
                ),
                Term("Fresh breath and strong enamel.", "Свежее дыхание и крепкая эмаль.", "口气清新，坚固牙釉质。"),
            ),
            CategorySpec(
                "lip-balm",
                Term("Lip balm", "Бальзамы для губ", "润唇膏"),
                Noun("Lip Balm", "бальзам для губ", "润唇膏"),
                (2, 12),
                (flag("spf", Term("SPF", "SPF", "防晒"), Term("SPF 15", "с SPF 15", "SPF15"), 0.4),),
                Term("Soothes dry, chapped lips.", "Смягчает сухие обветренные губы.", "舒缓干裂嘴唇。"),
            ),
            CategorySpec(
                "toothbrushes",
                Term("Electric toothbrushes", "Электрические зубные щётки", "电动牙刷"),
                Noun("Electric Toothbrush", "электрическая зубная щётка", "电动牙刷", "f"),
                (25, 210),
                (COLOUR,),
                Term(
                    "Two-minute timer and a long-lasting battery.",
                    "Таймер на две минуты и ёмкий аккумулятор.",
                    "两分钟计时，续航持久。",
                ),
            ),
            CategorySpec(
                "hair-dryers",
                Term("Hair dryers", "Фены", "吹风机"),
                Noun("Hair Dryer", "фен", "吹风机"),
                (20, 260),
                (number("wattage", N_WATTAGE, (1200, 1800, 2200), WATT, factor_step=0.3), COLOUR),
                Term("Fast drying with less frizz.", "Быстрая сушка без пушистости.", "快速吹干，减少毛躁。"),
            ),
        ),
    ),
    Department(
        "toys",
        Term("Toys & games", "Игрушки и игры", "玩具游戏"),
        ("Brickly", "Playwise", "Teddy & Co", "Zoomi", "Wonderkin"),
        HOLIDAY,
        (
            CategorySpec(
                "building-sets",
                Term("Building sets", "Конструкторы", "积木"),
                Noun("Building Set", "конструктор", "积木套装"),
                (10, 220),
                (
                    number(
                        "pieces",
                        Term("Pieces", "Деталей", "颗粒数"),
                        (100, 300, 500, 1000),
                        Term("-Piece", " деталей", "颗粒"),
                        factor_step=0.7,
                        sep=Term("", "", ""),
                    ),
                    pick(
                        "theme",
                        Term("Theme", "Тема", "主题"),
                        ("city", Term("City", "городской", "城市")),
                        ("space", Term("Space", "космический", "太空")),
                        ("castle", Term("Castle", "рыцарский", "城堡")),
                    ),
                ),
                Term(
                    "Hours of creative building for ages 6 and up.",
                    "Часы творческой сборки для детей от 6 лет.",
                    "适合6岁以上，创意拼搭乐趣无穷。",
                ),
                weight=1.5,
            ),
            CategorySpec(
                "plush-toys",
                Term("Soft toys", "Мягкие игрушки", "毛绒玩具"),
                Noun("Plush Bear", "плюшевый мишка", "毛绒熊"),
                (8, 55),
                (COLOUR,),
                Term(
                    "Super soft and safe from birth.", "Очень мягкая и безопасная с рождения.", "超柔软，新生儿可用。"
                ),
            ),
            CategorySpec(
                "board-games",
                Term("Board games", "Настольные игры", "桌游"),
                Noun("Board Game", "настольная игра", "桌游", "f"),
                (15, 75),
                (
                    pick(
                        "kind",
                        Term("Type", "Тип", "类型"),
                        ("family", Term("Family", "семейный", "家庭")),
                        ("strategy", Term("Strategy", "стратегический", "策略"), 1.3),
                        ("party", Term("Party", "весёлый", "聚会")),
                    ),
                ),
                Term(
                    "For 2–6 players, game night made easy.",
                    "Для 2–6 игроков — отличный вечер.",
                    "2–6人同乐，轻松开启游戏之夜。",
                ),
            ),
            CategorySpec(
                "puzzles",
                Term("Jigsaw puzzles", "Пазлы", "拼图"),
                Noun("Jigsaw Puzzle", "пазл", "拼图"),
                (8, 40),
                (
                    number(
                        "pieces",
                        Term("Pieces", "Деталей", "片数"),
                        (500, 1000, 2000),
                        Term("-Piece", " деталей", "片"),
                        factor_step=0.4,
                        sep=Term("", "", ""),
                    ),
                ),
                Term(
                    "A relaxing challenge for the whole family.",
                    "Спокойное увлечение для всей семьи.",
                    "全家共享的解压挑战。",
                ),
            ),
            CategorySpec(
                "rc-cars",
                Term("RC cars", "Радиоуправляемые машинки", "遥控车"),
                Noun("Remote Control Car", "радиоуправляемая машинка", "遥控车", "f"),
                (25, 210),
                (
                    pick(
                        "terrain",
                        Term("Terrain", "Проходимость", "路况"),
                        ("off-road", Term("Off-Road", "внедорожный", "越野"), 1.3),
                        ("street", Term("Racing", "гоночный", "竞速")),
                    ),
                    COLOUR,
                ),
                Term(
                    "Fast and tough; uses AA batteries.",
                    "Быстрая и прочная; работает от батареек AA.",
                    "速度快、耐摔；使用5号电池。",
                ),
            ),
            CategorySpec(
                "dolls",
                Term("Dolls", "Куклы", "玩偶"),
                Noun("Doll", "кукла", "玩偶", "f"),
                (10, 70),
                (COLOUR,),
                Term(
                    "With outfits and accessories to mix and match.", "С нарядами и аксессуарами.", "附带多套服饰配件。"
                ),
            ),
        ),
    ),
    Department(
        "sports",
        Term("Sports & fitness", "Спорт и фитнес", "运动健身"),
        ("Fitcore", "Pacer", "Aquaflow", "Courtside", "Stridewell"),
        NEW_YEAR,
        (
            CategorySpec(
                "yoga-mats",
                Term("Yoga mats", "Коврики для йоги", "瑜伽垫"),
                Noun("Yoga Mat", "коврик для йоги", "瑜伽垫"),
                (15, 95),
                (
                    number(
                        "thickness_mm",
                        Term("Thickness", "Толщина", "厚度"),
                        (4, 6, 8),
                        Term("mm", "мм", "毫米"),
                        factor_step=0.15,
                        sep=Term(" ", " ", ""),
                    ),
                    _mat(("tpe", Term("TPE", "TPE", "TPE")), RUBBER, ("pvc", Term("PVC", "ПВХ", "PVC"), 0.8)),
                    COLOUR,
                ),
                Term(
                    "Non-slip surface and joint-friendly cushioning.",
                    "Нескользящая поверхность и мягкость для суставов.",
                    "防滑表面，缓冲护关节。",
                ),
            ),
            CategorySpec(
                "dumbbells",
                Term("Dumbbells", "Гантели", "哑铃"),
                Noun("Dumbbells", "гантели", "哑铃", "p"),
                (15, 220),
                (
                    number(
                        "weight_kg",
                        Term("Weight", "Вес", "重量"),
                        (2, 5, 10, 20),
                        Term("kg", "кг", "公斤"),
                        factor_step=0.6,
                        sep=Term(" ", " ", ""),
                    ),
                    flag(
                        "adjustable",
                        Term("Adjustable", "Регулируемые", "可调节"),
                        Term("Adjustable", "разборный", "可调节"),
                        0.3,
                        2.0,
                    ),
                ),
                Term(
                    "Solid grip for home workouts.",
                    "Надёжный хват для домашних тренировок.",
                    "握感稳固，适合居家训练。",
                ),
            ),
            CategorySpec(
                "bike-helmets",
                Term("Bike helmets", "Велошлемы", "自行车头盔"),
                Noun("Bike Helmet", "велошлем", "骑行头盔"),
                (30, 210),
                (COLOUR, flag("mips", Term("MIPS", "MIPS", "MIPS"), Term("MIPS", "с MIPS", "MIPS"), 0.3, 1.4)),
                Term(
                    "Ventilated shell and an adjustable fit.",
                    "Вентилируемый корпус и регулировка по размеру.",
                    "通风外壳，尺寸可调。",
                ),
            ),
            CategorySpec(
                "footballs",
                Term("Footballs", "Футбольные мячи", "足球"),
                Noun("Football", "футбольный мяч", "足球"),
                (10, 85),
                (
                    number(
                        "size",
                        Term("Size", "Размер", "号数"),
                        (4, 5),
                        Term("Size ", "размер ", "号"),
                        in_title=0.5,
                        sep=Term("", "", ""),
                    ),
                    COLOUR,
                ),
                Term(
                    "Match-quality stitching for grass and turf.",
                    "Прошивка матчевого качества для травы и искусственного газона.",
                    "比赛级缝线，适合草地和人工草皮。",
                ),
            ),
            CategorySpec(
                "tennis-rackets",
                Term("Tennis rackets", "Теннисные ракетки", "网球拍"),
                Noun("Tennis Racket", "теннисная ракетка", "网球拍", "f"),
                (20, 260),
                (_mat(CARBON, ALUMINIUM),),
                Term(
                    "Light frame with a generous sweet spot.",
                    "Лёгкая рама и большое «сладкое пятно».",
                    "框架轻盈，甜区大。",
                ),
            ),
            CategorySpec(
                "swim-goggles",
                Term("Swim goggles", "Очки для плавания", "泳镜"),
                Noun("Swim Goggles", "очки для плавания", "泳镜", "p"),
                (8, 42),
                (
                    flag(
                        "anti_fog",
                        Term("Anti-fog", "Антизапотевание", "防雾"),
                        Term("Anti-Fog", "незапотевающий", "防雾"),
                        0.6,
                    ),
                    COLOUR,
                ),
                Term("Leak-free seal and clear vision.", "Не протекают и дают чёткий обзор.", "密封不进水，视野清晰。"),
            ),
            CategorySpec(
                "jump-ropes",
                Term("Jump ropes", "Скакалки", "跳绳"),
                Noun("Jump Rope", "скакалка", "跳绳", "f"),
                (5, 35),
                (
                    flag(
                        "weighted",
                        Term("Weighted", "Утяжелённая", "负重"),
                        Term("Weighted", "утяжелённый", "负重"),
                        0.3,
                    ),
                ),
                Term(
                    "Smooth bearings for fast skipping.",
                    "Плавные подшипники для быстрых прыжков.",
                    "轴承顺滑，跳得更快。",
                ),
            ),
        ),
    ),
    Department(
        "tools",
        Term("Tools & hardware", "Инструменты", "五金工具"),
        ("Ironclad", "Voltforge", "Handymate", "Brightline", "Torqmax"),
        SPRING,
        (
            CategorySpec(
                "drills",
                Term("Cordless drills", "Аккумуляторные дрели", "电钻"),
                Noun("Cordless Drill", "аккумуляторная дрель", "充电电钻", "f"),
                (40, 320),
                (
                    number(
                        "voltage_v",
                        Term("Voltage", "Напряжение", "电压"),
                        (12, 18, 20),
                        Term("V", "В", "V"),
                        factor_step=0.3,
                    ),
                ),
                Term(
                    "Two speeds and a keyless chuck; battery included.",
                    "Две скорости, быстрозажимной патрон, аккумулятор в комплекте.",
                    "双速调节，免钥匙夹头，附带电池。",
                ),
            ),
            CategorySpec(
                "screwdriver-sets",
                Term("Screwdriver sets", "Наборы отвёрток", "螺丝刀套装"),
                Noun("Screwdriver Set", "набор отвёрток", "螺丝刀套装"),
                (10, 85),
                (
                    number(
                        "pieces",
                        Term("Pieces", "Предметов", "件数"),
                        (6, 12, 32),
                        Term("-Piece", " предметов", "件"),
                        factor_step=0.5,
                        sep=Term("", "", ""),
                    ),
                ),
                Term(
                    "Magnetic tips and comfortable grips.",
                    "Магнитные наконечники и удобные рукоятки.",
                    "磁性批头，手柄舒适。",
                ),
            ),
            CategorySpec(
                "hammers",
                Term("Hammers", "Молотки", "锤子"),
                Noun("Hammer", "молоток", "锤子"),
                (10, 55),
                (_mat(STEEL, ("fibreglass", Term("Fibreglass", "стеклопластиковый", "玻璃纤维"), 1.1)),),
                Term("Balanced head that absorbs shock.", "Сбалансированный боёк гасит отдачу.", "锤头平衡，减震。"),
            ),
            CategorySpec(
                "tape-measures",
                Term("Tape measures", "Рулетки", "卷尺"),
                Noun("Tape Measure", "рулетка", "卷尺", "f"),
                (5, 32),
                (
                    number(
                        "length_m",
                        Term("Length", "Длина", "长度"),
                        (3, 5, 8),
                        Term("m", "м", "米"),
                        factor_step=0.25,
                        sep=Term(" ", " ", ""),
                    ),
                ),
                Term("Easy-to-read blade that locks in place.", "Чёткая шкала и фиксатор ленты.", "刻度清晰，可锁定。"),
            ),
            CategorySpec(
                "flashlights",
                Term("Flashlights", "Фонари", "手电筒"),
                Noun("LED Flashlight", "светодиодный фонарь", "LED手电筒"),
                (10, 110),
                (
                    number(
                        "lumens",
                        Term("Brightness", "Яркость", "亮度"),
                        (300, 1000, 3000),
                        Term("lm", "лм", "流明"),
                        factor_step=0.4,
                        sep=Term(" ", " ", ""),
                    ),
                    RECHARGEABLE,
                    WATERPROOF,
                ),
                Term(
                    "A bright, tough light for the toolbox and the car.",
                    "Яркий и прочный фонарь для ящика с инструментами и машины.",
                    "明亮耐用，工具箱和车载必备。",
                ),
            ),
            CategorySpec(
                "extension-cords",
                Term("Extension cords", "Удлинители", "延长线"),
                Noun("Extension Cord", "удлинитель", "延长线插座"),
                (8, 55),
                (
                    number(
                        "outlets",
                        Term("Outlets", "Розеток", "插孔"),
                        (3, 4, 6),
                        Term("-Outlet", " розетки", "位"),
                        factor_step=0.2,
                        sep=Term("", "", ""),
                    ),
                    number(
                        "length_m",
                        Term("Length", "Длина", "长度"),
                        (1.5, 3, 5),
                        Term("m", "м", "米"),
                        factor_step=0.2,
                        sep=Term(" ", " ", ""),
                    ),
                ),
                Term(
                    "Surge protection and a child-safe design.",
                    "Защита от перенапряжения и защита от детей.",
                    "防浪涌，儿童安全设计。",
                ),
            ),
            CategorySpec(
                "light-bulbs",
                Term("LED bulbs", "Светодиодные лампы", "LED灯泡"),
                Noun("LED Bulb", "светодиодная лампочка", "LED灯泡", "f"),
                (3, 22),
                (
                    number("wattage", N_WATTAGE, (5, 9, 12), WATT, factor_step=0.2),
                    pick(
                        "light",
                        Term("Light", "Свет", "光色"),
                        ("warm", Term("Warm White", "тёплый", "暖白")),
                        ("cool", Term("Cool White", "холодный", "冷白")),
                    ),
                ),
                Term(
                    "Uses 85% less energy than an old bulb.",
                    "Потребляет на 85% меньше энергии, чем обычная лампа.",
                    "比传统灯泡节能85%。",
                ),
            ),
        ),
    ),
)

# Category complements: (from, to, reason shown to shoppers). Product edges are drawn from these.
COMPLEMENTS: tuple[tuple[str, str, str], ...] = (
    ("tents", "sleeping-bags", "sleep warm in your tent"),
    ("tents", "headlamps", "light for setting up camp after dark"),
    ("tents", "camping-chairs", "a seat by the tent"),
    ("sleeping-bags", "tents", "a shelter for your sleeping bag"),
    ("hiking-boots", "socks", "cushioned socks prevent blisters in boots"),
    ("hiking-boots", "trekking-poles", "poles take load off your knees on descents"),
    ("hiking-boots", "backpacks", "carry water and layers on the trail"),
    ("running-shoes", "socks", "socks that wick sweat on runs"),
    ("winter-boots", "socks", "warm socks for winter boots"),
    ("jackets", "gloves", "warm hands to match a warm jacket"),
    ("jackets", "hats", "keeps your head warm too"),
    ("jackets", "base-layers", "a base layer under the jacket"),
    ("cameras", "memory-cards", "a fast card to store photos and 4K video"),
    ("cameras", "batteries", "spare batteries for a long day of shooting"),
    ("headlamps", "batteries", "spare batteries for the headlamp"),
    ("flashlights", "batteries", "spare batteries for the flashlight"),
    ("rc-cars", "batteries", "the car runs on AA batteries"),
    ("headphones", "power-banks", "keep wireless headphones charged on the go"),
    ("speakers", "power-banks", "power for the speaker away from sockets"),
    ("power-banks", "cables", "a cable to charge from the power bank"),
    ("chargers", "cables", "a cable for the charger"),
    ("backpacks", "water-bottles", "a bottle for the side pocket"),
    ("camping-stoves", "water-bottles", "water for cooking at camp"),
    ("coffee", "mugs", "a mug for your coffee"),
    ("tea", "kettles", "a kettle to brew the tea"),
    ("kettles", "tea", "something to brew"),
    ("frying-pans", "knives", "a sharp knife for prep"),
    ("drills", "screwdriver-sets", "bits and drivers for every screw"),
    ("yoga-mats", "water-bottles", "stay hydrated during practice"),
    ("dumbbells", "yoga-mats", "a mat for floor exercises"),
    ("sunscreen", "lip-balm", "protect lips from the sun too"),
    ("bike-helmets", "water-bottles", "a bottle for the ride"),
    ("desk-lamps", "light-bulbs", "spare bulbs"),
    ("snack-bars", "water-bottles", "a bottle to go with trail snacks"),
    ("bread", "cheese", "for sandwiches"),
    ("cheese", "bread", "for sandwiches"),
)

MODEL_WORDS = (
    "Summit",
    "Ridge",
    "Trail",
    "Aero",
    "Nova",
    "Pulse",
    "Terra",
    "Vista",
    "Apex",
    "Flow",
    "Core",
    "Edge",
    "Peak",
    "Glide",
    "Storm",
    "Breeze",
    "Orbit",
    "Atlas",
    "Zephyr",
    "Echo",
    "Drift",
    "Pioneer",
    "Solace",
    "Quest",
    "Arc",
)
MODEL_SUFFIXES = ("", "", "", " 2", " 3", " Pro", " Lite", " Max", " X", " Plus")
