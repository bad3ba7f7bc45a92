"""Run the fuzzing campaign for a time budget per target and print how many inputs each tried.

    .venv/bin/python -m fuzz [--seconds 60] [--engine hypothesis|atheris] [--target NAME ...]

``hypothesis``: random bytes through each target's ``fuzz_one_input`` (hypothesis turns them into strategy values).
``atheris``: the same, guided by coverage (libFuzzer through atheris, instrumenting the project's code), one process
per target. A failure prints the input that caused it; hypothesis keeps failing examples in ``.hypothesis/`` so the
target, run again as a test, replays them. Every crasher found becomes a regression test in tests/test_fuzz.py.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
import traceback

from fuzz.targets import TARGETS


def hypothesis_campaign(name: str, seconds: float) -> tuple[int, list[str]]:
    """Inputs tried and the failures met (first line each) in ``seconds`` of random bytes."""
    fuzz = TARGETS[name].hypothesis.fuzz_one_input  # type: ignore[attr-defined]
    tried, failures = 0, []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fuzz(os.urandom(1024))
        except Exception as exc:  # noqa: BLE001 - a failure is what a campaign looks for: recorded, then on
            failures.append(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200])
            traceback.print_exc(limit=3, file=sys.stderr)
        tried += 1
    return tried, failures


def atheris_campaign(name: str, seconds: float) -> tuple[int, list[str]]:
    """Inputs tried (libFuzzer's count) and failures, in a child process running atheris for ``seconds``."""
    child = subprocess.run([sys.executable, "-c", _ATHERIS_CHILD, name, f"-max_total_time={int(seconds)}",
                            "-rss_limit_mb=4096"], capture_output=True, text=True)
    runs = re.findall(r"Done (\d+) runs", child.stderr) or re.findall(r"#(\d+)\s", child.stderr)
    failures = [line for line in child.stderr.splitlines() if "Uncaught Python exception" in line or "Error" in line]
    return (int(runs[-1]) if runs else 0), failures[:5]


_ATHERIS_CHILD = """
import sys, atheris
with atheris.instrument_imports(include=["timeline"]):
    from fuzz.targets import TARGETS
name = sys.argv.pop(1)
atheris.Setup(sys.argv, TARGETS[name].hypothesis.fuzz_one_input)
atheris.Fuzz()
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="budget per target (default 60)")
    parser.add_argument("--engine", choices=("hypothesis", "atheris"), default="hypothesis")
    parser.add_argument("--target", action="append", choices=list(TARGETS), help="only this target (repeatable)")
    args = parser.parse_args(argv)
    run = hypothesis_campaign if args.engine == "hypothesis" else atheris_campaign
    print(f"{'target':36} {'inputs tried':>12} {'per s':>7} {'failures':>9}")
    total_failures = 0
    for name in args.target or list(TARGETS):
        start = time.monotonic()
        tried, failures = run(name, args.seconds)
        elapsed = time.monotonic() - start
        total_failures += len(failures)
        print(f"{name:36} {tried:12,d} {tried / elapsed:7.1f} {len(failures):9d}", flush=True)
        for failure in sorted(set(failures)):
            print(f"    {failure}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
