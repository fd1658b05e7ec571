"""Synthetic sample data: realistic conference opinions and the messy exports made of them."""
