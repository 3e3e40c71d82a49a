"""Live-stream scripts for hosts: built from the catalog's facts, timed to a length, every sentence verified.

``models`` are the tool's input and output; ``facts`` reads a product's facts from the store; ``phrases`` holds the
template wording per language; ``timing`` counts spoken units and plans the time budgets; ``engine`` builds and
verifies a script; ``markdown`` renders it; ``tool`` registers ``generate_stream_script`` (staff only).
"""
