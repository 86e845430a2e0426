"""Stage 4, the model: the facts derived at a build date from the checked zones, computed once and read by every view."""
