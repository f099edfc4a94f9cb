"""Kill points for the crash-safety tests: the process dies by SIGKILL at a named point of a write.

``POBRATYM_KILL_AT="<point>:<n>"`` kills the process the n-th time it passes ``<point>`` (n defaults
to 1). Unset (always, outside the tests) a checkpoint costs one dictionary lookup. The points sit
just before and just after the commits that matter, so the tests can prove that a kill anywhere
leaves a database the next run completes to exactly the clean dataset.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

_passes: Counter[str] = Counter()


def checkpoint(point: str) -> None:
    """Die here (SIGKILL, no cleanup, like a power cut of the process) when the tests ask for it."""
    spec = os.environ.get("POBRATYM_KILL_AT")
    if not spec:
        return
    name, _, nth = spec.partition(":")
    if name != point:
        return
    _passes[point] += 1
    if _passes[point] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
