"""`python -m chat` runs the command-line interface."""

from .cli import main

main()
