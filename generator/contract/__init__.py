"""Stage 1, the contract: what the notice and the files must say, and what is said when they do not."""
