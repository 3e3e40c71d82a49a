"""Local fakes of the edges a test cannot reach (a remote LLM endpoint, ...). Everything else in tests is real."""
