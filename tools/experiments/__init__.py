"""A/B experiments on chat sessions: definitions in the store DB, deterministic assignment of a session to a
variant, outcomes per session (add-to-cart, hand-over, turns), and results per variant with significance tests."""
