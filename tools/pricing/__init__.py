"""The pricing engine: price elasticity from the sales history (elasticity), markdown proposals for overstock and
expiring lots with their expected effect and drivers (proposals, texts), guardrails applied last (guardrails),
stored proposals and the human decision on them (store), and the manager's typed tools (manager)."""
