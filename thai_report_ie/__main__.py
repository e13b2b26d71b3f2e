"""`python -m thai_report_ie ...` runs the command line."""
import sys

from .cli import main

sys.exit(main())
