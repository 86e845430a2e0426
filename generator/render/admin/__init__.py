"""The form editor at /admin/ (Decap CMS): its configuration generated from the contract and the reference data."""
