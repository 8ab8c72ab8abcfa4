"""Storage: the peewee database, its models and its schema migrations."""
