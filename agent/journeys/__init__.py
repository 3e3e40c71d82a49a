"""agent/journeys."""
