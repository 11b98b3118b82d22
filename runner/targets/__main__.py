import sys

from runner.targets import main

sys.exit(main())
