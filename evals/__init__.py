"""Measured quality and speed: ``python -m evals NAME``; each writes evals/reports/NAME.md and .json."""
