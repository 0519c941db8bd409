"""`amiable` and `python -m amiable`: the command line."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["nlu"]:
        # The reader is called on files of messages, start-up included in its speed:
        # offline reading needs none of the command line's machinery.
        from amiable.nlu.command import decoded, read_stream

        read_stream(decoded(sys.stdin.buffer), sys.stdout)
        return
    from amiable.cli import app

    app(prog_name="amiable")


if __name__ == "__main__":
    main()
