"""Everyday words shoppers use for the demo taxonomy's categories, beside the catalog's own names.

The catalog says "Vacuum Flask", "Running Shoes", "Flashlight"; shoppers say "thermos", "trainers", "torch",
«кроссы», «фонарик», "跑鞋", "手电". Each word here names one category and nothing else the store sells, so it can
stand for the category in a query ("a thermos for soup at work", «кроссы для бега», "想买个保温杯"). Words that name
several kinds ("shoes", «обувь», "鞋") are left out: the search ranks those. Keyed by the category's slug, which the
query lexicon maps to the store's own path (knowledge/query.py).
"""

from __future__ import annotations

CATEGORY_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    # outdoor
    "tents": {"en": ("tent",), "ru": ("палатка", "шатер"), "zh": ("帐篷",)},
    "sleeping-bags": {"en": ("sleeping bag", "sleepingbag"), "ru": ("спальник",), "zh": ("睡袋",)},
    "backpacks": {
        "en": ("rucksack", "daypack", "day pack", "knapsack"),
        "ru": ("рюкзак", "ранец"),
        "zh": ("背包", "双肩包", "登山包", "背囊", "后背包"),
    },
    "camping-stoves": {
        "en": ("camp stove", "gas stove", "burner"),
        "ru": ("горелка", "туристическая плита"),
        "zh": ("炉头", "露营炉", "卡式炉"),
    },
    "headlamps": {
        "en": ("head torch", "headtorch", "head lamp"),
        "ru": ("налобник", "налобный фонарь"),
        "zh": ("头灯",),
    },
    "trekking-poles": {
        "en": ("walking poles", "hiking poles", "walking sticks", "hiking sticks"),
        "ru": ("треккинговые палки", "палки для ходьбы", "скандинавские палки"),
        "zh": ("登山杖", "手杖"),
    },
    "water-bottles": {
        "en": ("water bottle", "drinks bottle", "sports bottle"),
        "ru": ("бутылка для воды", "фляга"),
        "zh": ("水瓶", "运动水杯", "运动水壶"),
    },
    "camping-chairs": {
        "en": ("camp chair", "folding chair", "camping stool"),
        "ru": ("складной стул", "стул для кемпинга"),
        "zh": ("折叠椅", "露营椅", "钓鱼椅"),
    },
    # footwear
    "hiking-boots": {
        "en": ("walking boots", "trekking boots"),
        "ru": ("треккинговые ботинки", "трекинговые ботинки", "походные ботинки", "ботинки походные",
               "ботинки для походов"),
        "zh": ("登山鞋", "徒步鞋", "登山靴"),
    },
    "running-shoes": {
        "en": ("trainers", "running trainers", "runners", "running sneakers", "jogging shoes"),
        "ru": ("кроссы", "кросы", "беговые кроссовки", "кроссовки для бега"),
        "zh": ("跑鞋", "跑步鞋", "慢跑鞋"),
    },
    "winter-boots": {
        "en": ("snow boots", "winter boots"),
        "ru": ("зимние ботинки", "зимние сапоги", "дутики", "валенки", "ботинки для зимы", "сапоги для зимы"),
        "zh": ("雪地靴", "雪地鞋", "棉鞋", "冬靴", "棉靴", "棉靴子", "冬天穿的靴子"),
    },
    "sandals": {
        "en": ("flip flops", "flip-flops", "sliders"),
        "ru": ("шлепанцы", "шлепки", "сланцы", "босоножки"),
        "zh": ("凉鞋", "人字拖"),
    },
    # ("rubber shoes": trainers in Philippine English)
    "sneakers": {"en": ("canvas shoes", "plimsolls", "rubber shoes"), "ru": ("кеды",),
                 "zh": ("板鞋", "帆布鞋", "小白鞋", "波鞋", "球鞋")},
    "socks": {"en": ("sock",), "ru": ("носки", "носочки"), "zh": ("袜子", "袜")},
    "slippers": {"en": ("house shoes",), "ru": ("тапки", "тапочки"), "zh": ("拖鞋", "棉拖")},
    # apparel
    "jackets": {
        "en": ("coat", "parka", "windbreaker", "raincoat", "rain jacket", "anorak"),
        "ru": ("куртка", "ветровка", "пуховик", "парка", "дождевик"),
        "zh": ("夹克", "外套", "冲锋衣", "羽绒服", "大褛", "风褛"),
    },
    "fleeces": {
        "en": ("fleece", "fleece jacket"),
        "ru": ("флиска", "флисовая кофта", "флис"),
        "zh": ("抓绒衣", "抓绒", "刷毛衣", "刷毛外套"),
    },
    "t-shirts": {"en": ("tee", "tees", "tshirt", "t shirt"), "ru": ("футболка", "майка"), "zh": ("T恤", "短袖")},
    "trousers": {"en": ("pants", "chinos", "slacks", "hiking pants"), "ru": ("брюки", "штаны"), "zh": ("裤子", "长裤")},
    "hats": {
        "en": ("beanie", "bobble hat", "sun hat", "woolly hat"),
        "ru": ("шапка", "панама", "кепка"),
        "zh": ("帽子", "毛线帽", "遮阳帽", "冷帽", "毛帽"),
    },
    "gloves": {"en": ("mittens", "mitts", "glove"), "ru": ("перчатки", "варежки"), "zh": ("手套",)},
    "base-layers": {
        "en": ("thermals", "thermal underwear", "long johns", "base layer"),
        "ru": ("термобелье", "термуха"),
        "zh": ("保暖内衣", "秋衣", "速干衣", "发热衣"),
    },
    # electronics
    # ("airpods": the one make shoppers say for any wireless earbuds)
    "headphones": {
        "en": ("earphones", "earbuds", "headset", "airpods"),
        # («уши» alone are ears that freeze; said with what headphones are, they are headphones)
        "ru": ("наушники", "эйрподсы", "аирподсы", "airpods", "беспроводные уши", "уши с шумодавом"),
        "zh": ("耳机", "airpods", "耳筒"),
    },
    "batteries": {
        "en": ("battery", "aa batteries", "aaa batteries"),
        "ru": ("батарейки", "батарейка"),
        "zh": ("电池", "电芯"),
    },
    "power-banks": {
        "en": ("power bank", "powerbank", "power-bank", "portable charger", "battery pack"),
        "ru": ("пауэрбанк", "павербанк", "повербанк", "внешний аккумулятор", "повер", "павер"),
        "zh": ("充电宝", "移动电源", "行动电源"),
    },
    "cameras": {
        "en": ("camera", "action cam", "action camera"),
        "ru": ("фотоаппарат", "камера", "экшн-камера"),
        "zh": ("相机", "摄像机", "运动相机"),
    },
    "memory-cards": {
        "en": ("sd card", "micro sd", "microsd", "memory card"),
        "ru": ("карта памяти",),
        "zh": ("内存卡", "存储卡", "TF卡", "SD卡", "记忆卡"),
    },
    "chargers": {
        "en": ("charger", "charging plug", "wall plug"),
        "ru": ("зарядка", "зарядное устройство", "зарядник"),
        "zh": ("充电器", "充电头"),
    },
    "speakers": {
        "en": ("speaker", "bluetooth speaker"),
        "ru": ("колонка", "колонки"),
        "zh": ("音箱", "音响", "蓝牙音箱", "喇叭"),
    },
    "smartwatches": {
        "en": ("smart watch", "smartwatch", "fitness watch"),
        "ru": ("смарт-часы", "умные часы"),
        "zh": ("智能手表", "手表", "运动手表"),
    },
    "cables": {
        "en": ("charging cable", "usb cable"),
        "ru": ("кабель", "провод для зарядки", "шнур"),
        "zh": ("数据线", "充电线", "传输线"),
    },
    # home
    "kettles": {
        "en": ("kettle",),
        "ru": ("чайник", "электрочайник"),
        "zh": ("电水壶", "烧水壶", "热水壶", "快煮壶", "水煲"),
    },
    "frying-pans": {
        "en": ("frying pan", "skillet", "frypan", "pan", "wok"),
        "ru": ("сковорода", "сковородка"),
        "zh": ("平底锅", "煎锅", "易洁镬", "平底镬", "炒锅", "炒菜锅", "不粘锅"),
    },
    "knives": {"en": ("kitchen knife", "chef knife", "chef's knife"), "ru": ("нож", "ножи"), "zh": ("菜刀", "刀具")},
    "mugs": {"en": ("mug", "cup"), "ru": ("кружка", "чашка"), "zh": ("马克杯", "茶杯", "杯子")},
    "towels": {"en": ("towel", "bath towel"), "ru": ("полотенце",), "zh": ("毛巾", "浴巾")},
    "desk-lamps": {
        "en": ("desk lamp", "reading lamp", "table lamp"),
        "ru": ("настольная лампа", "лампа на стол"),
        "zh": ("台灯", "枱灯"),
    },
    "thermoses": {
        "en": ("thermos", "flask", "vacuum flask", "insulated flask", "food jar"),
        "ru": ("термос", "термокружка"),
        "zh": ("保温杯", "保温瓶", "保温壶", "焖烧杯", "暖水壶"),
    },
    "food-containers": {
        "en": ("lunch box", "lunchbox", "tupperware", "food box"),
        "ru": ("контейнер", "ланчбокс", "судочки"),
        "zh": ("饭盒", "便当盒", "保鲜盒"),
    },
    # grocery
    "snack-bars": {
        "en": ("snack bar", "granola bar", "cereal bar", "energy bar", "protein bar"),
        "ru": ("батончик", "батончики", "протеиновый батончик"),
        "zh": ("能量棒", "蛋白棒", "谷物棒"),
    },
    "chocolate": {"en": ("choc", "chocolate bar"), "ru": ("шоколад", "шоколадка"), "zh": ("巧克力", "朱古力")},
    "cookies": {"en": ("biscuits", "biscuit", "cookie"), "ru": ("печенье", "печеньки"), "zh": ("饼干", "曲奇")},
    "savory-snacks": {"en": ("crisps", "chips", "pretzels"), "ru": ("чипсы", "сухарики"), "zh": ("薯片", "洋芋片")},
    "nuts": {"en": ("trail mix", "almonds", "cashews"), "ru": ("орехи", "орешки", "миндаль"), "zh": ("坚果", "干果")},
    "coffee": {"en": ("coffee beans", "ground coffee"), "ru": ("кофе",), "zh": ("咖啡", "咖啡豆")},
    "tea": {"en": ("tea bags", "teabags", "green tea"), "ru": ("чай",), "zh": ("茶叶", "绿茶", "红茶")},
    "juice": {"en": ("juice", "orange juice"), "ru": ("сок",), "zh": ("果汁",)},
    "yogurt": {"en": ("yoghurt", "yogurt"), "ru": ("йогурт",), "zh": ("酸奶", "优格")},
    "bread": {"en": ("loaf",), "ru": ("хлеб", "батон"), "zh": ("面包", "吐司")},
    "cheese": {"en": ("cheddar",), "ru": ("сыр",), "zh": ("奶酪", "芝士", "起司")},
    # beauty
    "shampoo": {"en": ("shampoo",), "ru": ("шампунь",), "zh": ("洗发水", "洗发露", "洗发精", "洗发乳", "洗头水")},
    "sunscreen": {
        "en": ("sun cream", "suncream", "sunblock", "spf", "sun lotion"),
        "ru": ("солнцезащитный крем", "крем от солнца", "спф"),
        "zh": ("防晒霜", "防晒", "防晒乳"),
    },
    "face-cream": {
        "en": ("moisturiser", "moisturizer", "face cream", "day cream"),
        "ru": ("крем для лица", "увлажняющий крем"),
        "zh": ("面霜", "保湿霜"),
    },
    "toothpaste": {"en": ("toothpaste",), "ru": ("зубная паста",), "zh": ("牙膏",)},
    "lip-balm": {
        "en": ("lip balm", "chapstick", "lip salve"),
        "ru": ("гигиеничка", "бальзам для губ", "гигиеническая помада"),
        "zh": ("润唇膏", "唇膏", "护唇膏"),
    },
    "toothbrushes": {"en": ("toothbrush",), "ru": ("зубная щетка", "электрощетка", "электрощётка"), "zh": ("牙刷",)},
    "hair-dryers": {
        "en": ("hair dryer", "hairdryer", "blow dryer", "blow-dryer"),
        "ru": ("фен",),
        "zh": ("吹风机", "电吹风", "风筒", "吹风筒"),
    },
    # toys
    "building-sets": {
        "en": ("lego", "building blocks", "construction set", "bricks"),
        "ru": ("конструктор", "лего"),
        "zh": ("积木", "乐高"),
    },
    "plush-toys": {
        "en": ("teddy", "teddy bear", "soft toy", "cuddly toy", "stuffed animal", "plushie"),
        "ru": ("мягкая игрушка", "плюшевый мишка"),
        "zh": ("毛绒玩具", "玩偶", "公仔", "布偶", "绒毛娃娃"),
    },
    "board-games": {
        "en": ("board game", "boardgame", "family game"),
        "ru": ("настолка", "настолки", "настолок", "настольная игра"),
        "zh": ("桌游",),
    },
    "puzzles": {
        "en": ("jigsaw", "jigsaw puzzle", "puzzle", "puzzles"),
        "ru": ("пазл", "пазлы"),
        "zh": ("拼图", "砌图"),
    },
    "rc-cars": {
        "en": ("remote control car", "rc car", "remote-control car"),
        "ru": ("машинка на пульте", "радиоуправляемая машинка"),
        "zh": ("遥控车", "遥控汽车"),
    },
    "dolls": {"en": ("doll",), "ru": ("кукла", "куколка"), "zh": ("娃娃", "洋娃娃")},
    # sports
    "yoga-mats": {
        "en": ("yoga mat", "exercise mat", "workout mat"),
        "ru": ("коврик для йоги", "коврик для фитнеса", "каремат"),
        "zh": ("瑜伽垫", "瑜珈垫"),
    },
    "dumbbells": {"en": ("dumbbell", "hand weights", "free weights", "weights"), "ru": ("гантели", "гантельки"),
                  "zh": ("哑铃",)},
    "bike-helmets": {
        "en": ("bike helmet", "cycling helmet", "bicycle helmet"),
        "ru": ("велошлем", "шлем для велосипеда"),
        "zh": ("骑行头盔", "自行车头盔"),
    },
    "footballs": {"en": ("football", "soccer ball"), "ru": ("мяч", "футбольный мяч"), "zh": ("足球",)},
    "tennis-rackets": {
        "en": ("tennis racket", "tennis racquet", "racquet"),
        "ru": ("ракетка", "теннисная ракетка"),
        "zh": ("网球拍",),
    },
    "swim-goggles": {
        "en": ("goggles", "swimming goggles"),
        "ru": ("очки для плавания", "очки для бассейна"),
        "zh": ("泳镜", "蛙镜"),
    },
    "jump-ropes": {"en": ("skipping rope", "jump rope"), "ru": ("скакалка",), "zh": ("跳绳",)},
    # tools
    "drills": {
        "en": ("drill", "power drill", "drill driver"),
        "ru": ("дрель", "шуруповерт", "шуруповёрт"),
        "zh": ("电钻", "手电钻"),
    },
    "screwdriver-sets": {
        "en": ("screwdriver", "screwdrivers"),
        "ru": ("отвертка", "отвертки", "набор отверток"),
        "zh": ("螺丝刀", "螺丝起子", "螺丝批"),
    },
    "hammers": {"en": ("hammer",), "ru": ("молоток",), "zh": ("锤子", "榔头")},
    "tape-measures": {"en": ("tape measure", "measuring tape"), "ru": ("рулетка",), "zh": ("卷尺", "拉尺")},
    "flashlights": {"en": ("torch", "flashlight"), "ru": ("фонарик",), "zh": ("手电筒", "手电", "电筒")},
    "extension-cords": {
        "en": ("extension lead", "extension cable", "extension cord", "power strip"),
        "ru": ("удлинитель", "переноска"),
        "zh": ("插线板", "接线板", "插排", "延长线", "拖板"),
    },
    "light-bulbs": {"en": ("light bulb", "lightbulb", "bulb"), "ru": ("лампочка", "лампочки"), "zh": ("灯泡", "灯胆")},
}

__all__ = ["CATEGORY_WORDS"]
