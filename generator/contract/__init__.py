"""The contract, read by every stage: what the notice and the files must say, and what is said when they do not."""
