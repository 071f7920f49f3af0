"""`python -m memogen` and the `memogen` command (its console script calls `console`)."""

import signal
import sys
from typing import NoReturn

from memogen.errors import Terminated, interruption, stop


def console() -> None:
    """Run the command line. Ctrl+C while it is still loading ends it quietly too: the
    handler in `memogen.cli.main` only exists once that module has been imported.
    `kill` (SIGTERM) ends it the same way, with exit code 143. Once the work is done (or
    stopped), a signal kills the process as it would any program: raised while Python
    shuts down, it would print a traceback («Exception ignored in … threading»)."""
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        from memogen import gcpause
        from memogen.cli import main

        code = main()  # a signal held back during the import may arrive before main's own handler
        _let_go()  # inside the try: a signal before this line is caught below
        gcpause.before_exit()
    except KeyboardInterrupt as exc:
        _stopped(exc)
    except Exception:
        stopping = interruption()  # an import cut short by the signal fails otherwise
        if stopping is None:
            raise
        _stopped(stopping)
    sys.exit(code)


def _let_go() -> None:
    """The default action for SIGINT and SIGTERM: from here on they end the process."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stopped(exc: KeyboardInterrupt) -> NoReturn:
    _let_go()
    terminated = isinstance(exc, Terminated)
    print("terminated" if terminated else "interrupted", file=sys.stderr)
    sys.exit(143 if terminated else 130)


if __name__ == "__main__":
    console()
