"""Web channel: FastAPI app, websocket chat and pages served offline."""
