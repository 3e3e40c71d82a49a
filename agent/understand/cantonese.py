"""Written Cantonese read as Mandarin: the words a Hong Kong shopper types for the grammar of a request.

Hong Kong shoppers write Cantonese, not Mandarin in Traditional characters:
"有冇唔係真皮嘅行山鞋" (有没有不是真皮的登山鞋), "你哋有幾多款桌遊" (你们有多少款桌游),
"有冇再平啲嘅" (有没有再便宜点的).
OpenCC folds the characters only, so the cue words of the journeys ("有没有", "不要", "多少", "便宜点") never matched,
and the whole message was taken for the name of a thing the store does not sell. This fold swaps Cantonese function
words for their Mandarin ones; it runs only on a message that has a character Mandarin does not use
(冇, 唔, 嘅, 啲, 哋, 喺, 咗, 嘢, 佢, 咩, 嚟, 睇, 搵, 畀, 嗰, 㗎, 喎), so a Mandarin sentence is never touched.
Things' names (風筒, 朱古力, 波鞋) are category words (knowledge/category_words.py).
"""

from __future__ import annotations

import re

# Characters of written Cantonese that Mandarin does not use (Traditional and Simplified forms alike).
_MARKERS = re.compile(r"[冇唔嘅啲哋喺咗嘢佢咩嚟睇搵畀嗰㗎喎]")

# Both character forms are listed where they differ, because the fold runs before Traditional characters are made
# Simplified.
_WORDS: tuple[tuple[str, str], ...] = (
    ("有冇", "有没有"), ("係唔係", "是不是"), ("系唔系", "是不是"), ("係咪", "是不是"), ("系咪", "是不是"),
    ("唔該", "请"), ("唔该", "请"), ("唔使", "不用"), ("唔係", "不是"), ("唔系", "不是"), ("唔", "不"),
    ("冇", "没有"), ("幾多錢", "多少钱"), ("几多钱", "多少钱"), ("幾錢", "多少钱"), ("几钱", "多少钱"),
    ("幾多", "多少"), ("几多", "多少"), ("食長素", "吃素"), ("食长素", "吃素"), ("食素", "吃素"),
    ("最平", "最便宜"), ("再平", "再便宜"), ("好平", "很便宜"), ("平啲", "便宜点"), ("平d", "便宜点"),
    ("平D", "便宜点"),
    ("呢啲", "这些"), ("嗰啲", "那些"), ("呢個", "这个"), ("呢个", "这个"), ("嗰個", "那个"), ("嗰个", "那个"),
    ("呢款", "这款"), ("嗰款", "那款"), ("嗰", "那"),
    ("邊個", "哪个"), ("边个", "哪个"), ("邊款", "哪款"), ("边款", "哪款"), ("邊度", "哪里"), ("边度", "哪里"),
    ("點解", "为什么"), ("点解", "为什么"), ("點樣", "怎样"), ("点样", "怎样"),
    ("乜嘢", "什么"), ("咩", "什么"), ("嘢", "东西"), ("屋企", "家里"), ("而家", "现在"),
    ("細路", "小孩"), ("细路", "小孩"), ("行山", "登山"), ("幫到手", "帮得上忙"), ("帮到手", "帮得上忙"),
    ("枱燈", "台灯"), ("枱灯", "台灯"), ("張枱", "桌子"), ("张枱", "桌子"), ("溫書", "复习"), ("温书", "复习"),
    ("眼瞓", "困"), ("返工", "上班"), ("放工", "下班"), ("件褸", "件外套"), ("件褛", "件外套"), ("啡色", "棕色"),
    ("冇乜", "没什么"), ("乜", "什么"), ("推介", "推荐"), ("播下歌", "放音乐"), ("播歌", "放音乐"),
    ("仲有", "还有"), ("仲要", "还要"), ("咁", "这么"),
    ("啲", "点"), ("哋", "们"), ("嘅", "的"), ("喺", "在"), ("咗", "了"), ("佢", "他"), ("嚟", "来"), ("睇", "看"),
    ("搵", "找"), ("畀", "给"), ("俾", "给"), ("係", "是"), ("㗎", ""), ("喎", ""),
)
# Longest first, whatever the order above: at one place the regex takes the first alternative that matches.
_WORD = re.compile("|".join(re.escape(w) for w, _ in sorted(_WORDS, key=lambda p: -len(p[0]))))
_MANDARIN = dict(_WORDS)


def as_mandarin(text: str) -> str:
    """``text`` with written Cantonese function words in their Mandarin form; Mandarin text comes back unchanged."""
    if not _MARKERS.search(text):
        return text
    return _WORD.sub(lambda m: _MANDARIN[m.group(0)], text)


__all__ = ["as_mandarin"]
