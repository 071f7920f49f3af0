"""`python -m memogen` and the `memogen` command (its console script calls `console`)."""

import sys


def console() -> None:
    """Run the command line. Ctrl+C while it is still loading ends it quietly too: the
    handler in `memogen.cli.main` only exists once that module has been imported."""
    try:
        from memogen.cli import main
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    sys.exit(main())


if __name__ == "__main__":
    console()
