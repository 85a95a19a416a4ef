"""Qt item models that page lazily through service queries (only the shown rows are held)."""
