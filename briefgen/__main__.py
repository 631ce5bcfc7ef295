import sys

from briefgen.cli import main

if __name__ == "__main__":  # a `spawn` worker imports this module again: it must not start a second run
    sys.exit(main())
