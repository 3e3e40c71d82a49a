"""Store data: schema and DB access, importers, the demo store, embeddings, the vector index and the knowledge graph.

This is the only package that talks to the database and the index.
"""
