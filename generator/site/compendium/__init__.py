"""The yearly 经验汇编 as PDF: the built `/experience/<year>/` pages printed with WeasyPrint (see bench/RESULTS.md)."""
