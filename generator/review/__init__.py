"""Beside the pipeline, the pull request review: who approves which zones, and which pages a change touches."""
