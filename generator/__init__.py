"""Builds the public showcase site of Jilin's community governance experiment zones."""
