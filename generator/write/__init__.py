"""Write, after render: the docs tree to disk (only files that changed) and a finished site swapped into place."""
