"""Scripts that rebuild the package's derived data files (not part of the installed package)."""
