"""Synthetic sample data: realistic conference opinions and the messy exports made of them.

A developer tool kept beside the product, not installed with it; `python -m tools.sample`
(`make sample`) rewrites data/raw/ and tests/data/sample_manifest.csv.
"""
