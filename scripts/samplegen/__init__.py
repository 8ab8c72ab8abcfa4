"""Generates, from protos/, the runnable samples, per-RPC snippets and READMEs
of every client language, and the Markdown API reference."""
