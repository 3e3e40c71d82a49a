"""What the kiosk says on its own (not the assistant's words), in en/ru/zh: shown and spoken."""

from __future__ import annotations

from typing import Literal

Key = Literal["no_speech", "too_long", "not_audio", "corrupt", "unavailable", "busy"]

_TEXTS: dict[Key, dict[str, str]] = {
    "no_speech": {
        "en": "Sorry, I didn't hear a question. Please speak a little closer to the kiosk.",
        "ru": "Извините, я не расслышал вопрос. Пожалуйста, говорите чуть ближе к киоску.",
        "zh": "抱歉，我没有听到问题。请靠近一点再说一遍。",
    },
    "too_long": {
        "en": "That was too long for me. Please ask your question in a sentence or two.",
        "ru": "Это слишком длинно для меня. Пожалуйста, задайте вопрос в одном-двух предложениях.",
        "zh": "这段话太长了。请用一两句话提出您的问题。",
    },
    "not_audio": {
        "en": "That was not a sound recording I can play. Please speak to me, or send a voice recording.",
        "ru": "Это не звукозапись, которую я могу прослушать. Скажите вопрос вслух или пришлите голосовую запись.",
        "zh": "这不是我能播放的录音。请直接说话，或发送一段语音。",
    },
    "corrupt": {
        "en": "That recording is damaged and I couldn't listen to it. Please try again.",
        "ru": "Запись повреждена, и я не смог её прослушать. Пожалуйста, попробуйте ещё раз.",
        "zh": "这段录音已损坏，我无法收听。请再试一次。",
    },
    "unavailable": {
        "en": "Voice is not working at the moment. Please ask a member of staff, or type your question in the chat.",
        "ru": "Голосовой режим сейчас не работает. Обратитесь к сотруднику или напишите вопрос в чате.",
        "zh": "语音功能暂时不可用。请咨询店员，或在聊天中输入您的问题。",
    },
    "busy": {
        "en": "Too many questions at once. Please wait a moment and ask again.",
        "ru": "Слишком много вопросов сразу. Подождите немного и спросите снова.",
        "zh": "提问太频繁了。请稍等片刻再问。",
    },
}

LANGUAGES = ("en", "ru", "zh")


def say(key: Key, language: str | None) -> str:
    texts = _TEXTS[key]
    return texts.get(language or "en", texts["en"])
