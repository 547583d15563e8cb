"""`python -m service` is the `vanban` command."""
from service.cli import main

main()
