"""Clean, classify and chart opinions from the 'Công an lắng nghe ý kiến nhân dân' conferences."""

__version__ = "0.1.0"
