"""Text of the README and the guide that is written from the code (via cog), so it cannot drift from it."""
