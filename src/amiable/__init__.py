"""amiable: a self-hostable agent for amicable debt recovery."""

__version__ = "0.1.0"
