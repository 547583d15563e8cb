"""The `vanban` command: `app` (the commands' Typer app) loads the command modules, one
per group of commands; `__main__` is the entry point.

Nothing here on purpose: `python -m cli` imports this package before it sets
`sys.argv[0]`, by which `app` picks the modules to load, and the worker processes that
re-run `__main__` import it too.
"""
