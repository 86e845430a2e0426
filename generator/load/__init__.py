"""Stage 2, load: the files on disk (zones, reference data, pages, images) to contract models, every problem located."""
