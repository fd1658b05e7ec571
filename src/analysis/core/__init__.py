"""Pieces every stage shares: settings, schemas, vocabulary, text, tokens, files and cache.

The core imports no stage; ingest, classify and report import it.
"""
