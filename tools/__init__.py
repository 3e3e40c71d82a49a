"""Typed tools (pydantic in and out) and the engines they wrap. Every fact in a reply comes from one of these."""
