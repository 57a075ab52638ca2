"""``python -m eventwire.store > SCHEMA.md``: print the store schema as Markdown."""
import sys

from .schema import render_markdown

sys.stdout.write(render_markdown())
