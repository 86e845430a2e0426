"""Load, first: the files on disk to contract models, every problem located.

pipeline.check runs it in two parts: reference data, pages and zones before the checks; images and the
boundary file after them (measuring pictures needs the checked media list).
"""
