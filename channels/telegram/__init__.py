"""The Telegram channel: an aiogram 3 bot over the one core (``Assistant.reply``); see ``bot.py``."""
