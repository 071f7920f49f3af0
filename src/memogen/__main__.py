"""`python -m memogen`: the same as the `memogen` command."""

import sys

from memogen.cli import main

sys.exit(main())
