"""Exit statuses of the command line, one per kind of failure, so scripts
can tell a regression from bad input from a missing tool."""

import sys

OK = 0
FAILED = 1          # unexpected outcomes, or a regression against a baseline
USAGE = 2           # unknown case id, kind or target, bad arguments
MISSING_TOOL = 3    # a dependency is missing; the message names the install command
BUILD = 4           # a case or the harness did not build
BAD_RESULTS = 5     # a results file is corrupt, truncated or not sockconf's
FUTURE_RESULTS = 6  # a results file from a newer format version
TARGET = 7          # a target could not run at all (no kernel image, boot failed)
INTERRUPTED = 130   # Ctrl-C or SIGTERM; results so far were kept


class SockconfError(Exception):
    """An error with a one-line reason and a distinct exit status."""

    def __init__(self, message, status=USAGE):
        super().__init__(message)
        self.status = status


def report_error(e):
    """A command line's end on a SockconfError: its reason on stderr, its
    exit status returned."""
    print(f"sockconf: {e}", file=sys.stderr)
    return e.status
