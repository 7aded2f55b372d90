"""Domain rules in plain Python: no Qt, no database session."""
