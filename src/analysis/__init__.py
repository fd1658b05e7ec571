"""Clean, classify and chart the opinions collected at 'Công an lắng nghe ý kiến nhân dân' conferences."""

__version__ = "0.1.0"
