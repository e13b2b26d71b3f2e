"""Imported by the forkserver of `extract_many`: load the library and its lexicons once, so every
worker process forked from the server starts warm."""
from __future__ import annotations

from .batch import _init_worker

_init_worker()
