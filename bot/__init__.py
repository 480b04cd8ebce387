"""factbot: answers questions about a curated fact base of dated events."""

__version__ = "0.1.0"
