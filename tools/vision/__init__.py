"""Shelf vision: a synthetic shelf-photo generator driven by the planogram, a YOLO detector trained on it (ultralytics,
in its own environment, reached through a subprocess), and the mapping of detections to planogram slots.

Only ``worker`` imports ultralytics/torch, and it runs with the vision environment's python; everything else here runs
in the core environment (PIL and numpy).
"""
