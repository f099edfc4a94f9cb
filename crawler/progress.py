"""One self-overwriting progress line on a terminal, for the long commands (crawl, reparse, export).

Stdlib only. The line goes to stderr so that stdout stays the summary (or the exported data), and
only when stderr is a terminal: a cron job or a pipe gets no control characters. The environment
variable ``POBRATYM_PROGRESS`` forces it on (``1``, for tests) or off (``0``).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from typing import TextIO

ENV = "POBRATYM_PROGRESS"
CLEAR_TO_END = "\x1b[K"
INTERVAL = 0.2  # at most five updates a second: redrawing faster only costs time


def progress_enabled(stream: TextIO | None = None) -> bool:
    """Whether a progress line should show on ``stream`` (stderr by default)."""
    forced = os.environ.get(ENV, "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def duration(seconds: float) -> str:
    """A short duration for a progress line: ``42 s``, ``3:05``, ``1:02:03``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}:{secs:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


class Progress:
    """A throttled status line: ``update()`` as often as convenient, ``finish()`` once at the end.

    Nothing shows during the first ``interval`` seconds, so a quick command prints no line at all;
    after that the line is redrawn at most once per ``interval``. ``finish()`` draws the last state
    and a newline (only if a line was shown), so whatever follows starts on a clean line.
    """

    def __init__(
        self,
        label: str,
        total: int | None = None,
        unit: str = "",
        stream: TextIO | None = None,
        enabled: bool | None = None,
        interval: float = INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = progress_enabled(self.stream) if enabled is None else enabled
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self.last_drawn = self.started
        self.shown = False
        self.text = ""

    def update(self, done: int) -> None:
        """Count-based progress: ``done`` of ``total`` with rate and ETA (rate only without a total)."""
        if self._due():
            self.show(self.describe(done))

    def set_text(self, text: str) -> None:
        """Free-form progress (the crawl composes its own line); throttled like :meth:`update`."""
        self.text = text
        if self._due():
            self._draw(text)

    def show(self, text: str) -> None:
        """Draw ``text`` now, throttling aside."""
        self.text = text
        self._draw(text)

    def finish(self, done: int | None = None) -> None:
        """End the line (with the final count ``done``, if given), if any line was shown."""
        if not self.shown:
            return
        if done is not None:
            self.show(self.describe(done))
        self.stream.write("\n")
        self.stream.flush()
        self.shown = False

    def describe(self, done: int) -> str:
        """``label 500/1200 unit (42%), 350/s, ETA 2 s`` (the count, rate and ETA that are known)."""
        elapsed = self.clock() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        unit = f" {self.unit}" if self.unit else ""
        if not self.total:
            return f"{self.label} {done}{unit}, {rate:.0f}/s"
        share = min(100, done * 100 // self.total)
        eta = duration((self.total - done) / rate) if rate and done < self.total else "0 s"
        return f"{self.label} {done}/{self.total}{unit} ({share}%), {rate:.0f}/s, ETA {eta}"

    def _due(self) -> bool:
        if not self.enabled:
            return False
        return self.clock() - self.last_drawn >= self.interval

    def _draw(self, text: str) -> None:
        if not self.enabled:
            return
        self.stream.write(f"\r{self._fit(text)}{CLEAR_TO_END}")
        self.stream.flush()
        self.last_drawn = self.clock()
        self.shown = True

    def _fit(self, text: str) -> str:
        """Cut the line to the terminal width: a wrapped line cannot be overwritten with ``\\r``."""
        isatty = getattr(self.stream, "isatty", None)
        if not (isatty and isatty()):
            return text
        width = shutil.get_terminal_size().columns - 1
        return text if len(text) <= width else text[: max(0, width - 1)] + "…"
