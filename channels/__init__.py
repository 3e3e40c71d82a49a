"""Channels: thin adapters (web, Telegram, CLI) that turn a transport into Turns and render Events."""
