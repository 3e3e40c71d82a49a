"""Shopkeeper: an open-source AI shop assistant.

This package holds what every other package shares: settings, errors, logging and the CLI entry point.
"""

__version__ = "0.1.0"
