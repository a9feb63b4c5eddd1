"""Extractors: one module per kind of record; ``run.extract`` calls them in order."""
