"""The `vanban` command (`python -m cli`, and the script pip installs).

Light on purpose: a process that multiprocessing starts re-runs the program's main
script before its work, and this one imports nothing until a command runs.
`vanban ingest` on local processes starts their fork server first, so that its
import of the extractors runs beside this process's import of the commands.
"""
import gc
import sys

LOCAL_WORKERS_COMMAND = "ingest"
NOT_LOCAL_WORKERS = ("--dask", "--help")  # options after which no local worker starts


def _starts_local_workers(argv: list[str]) -> bool:
    return len(argv) > 1 and argv[1] == LOCAL_WORKERS_COMMAND and not any(
        a.startswith(NOT_LOCAL_WORKERS) for a in argv[2:])


def run() -> None:
    if _starts_local_workers(sys.argv):
        from service.batch import forkserver

        forkserver.start()
    from cli.app import main

    gc.freeze()  # the imports' objects live until exit: the collector skips them, at exit too
    main()


if __name__ == "__main__":
    run()
