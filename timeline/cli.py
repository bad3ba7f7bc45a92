"""The ``timeline`` command: each subcommand is a thin call of one library function.

Exit status: 0 done; 1 ``ingest`` stored what it could but some files failed; 2 an error in the input or the store
(a missing file, a bad date, a store that does not exist or is not a store), said in one line naming the file and
the problem, never a traceback, and the usage errors argparse reports; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from timeline.errors import TimelineError
from timeline.schema import BASES, EVENT_TYPES, STATUSES
from timeline.store import BUSY_TIMEOUT


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _emit(content: str | bytes, output: str | None) -> None:
    if isinstance(content, bytes):
        if output:
            Path(output).write_bytes(content)
        else:
            sys.stdout.buffer.write(content)
    elif output:
        Path(output).write_text(content, encoding="utf-8")
    else:
        sys.stdout.write(content)


def _export(frame: pd.DataFrame, fmt: str, output: str | None) -> None:
    """The table in ``fmt`` on stdout, or written to ``output`` by ``timeline.export.write`` (a CSV gets its
    datapackage.json beside it, named on stderr)."""
    from timeline.export import render, write

    if not output:
        _emit(render(frame, fmt), None)
        return
    written = write(frame, fmt, output)
    if len(written) > 1:
        print(f"timeline: wrote {', '.join(str(p) for p in written)}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the event table of one or more articles."""
    from timeline.extract import extract
    from timeline.schema import chronological

    frames = [extract(Path(p), args.published) for p in args.paths]
    _export(chronological(pd.concat(frames, ignore_index=True)) if len(frames) > 1 else frames[0], args.format,
            args.output)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest articles into the store, each article's line printed as soon as it is done (failures on stderr, the
    batch goes on); a summary ends the run. A store that cannot be written ends it early, saying what was stored.
    With ``--engine dask`` the articles are extracted on a Dask cluster into Parquet, merged there, and the store
    loaded from it."""
    from contextlib import nullcontext

    from tqdm import tqdm

    from timeline.sources import CORPUS_SUFFIXES, article_paths
    from timeline.store import IngestResult, Store, summary

    if args.engine == "local" and (args.scheduler or args.workers or args.parquet):
        raise TimelineError("--scheduler, --workers and --parquet go with --engine dask")
    store = Store(args.db, timeout=args.busy_timeout)
    files = article_paths(args.paths)
    records = any(f.suffix.lower() in CORPUS_SUFFIXES for f in files)  # many articles a file: no total known
    # a progress bar on a terminal for long runs, silent in pipes; lines go around it
    bar = tqdm(total=None if records else len(files), unit="article", file=sys.stderr,
               disable=None if records or len(files) > 20 else True, leave=False)
    results: list[IngestResult] = []
    engine = None
    if args.engine == "dask":
        from timeline.engine.dask_engine import DaskEngine

        engine = DaskEngine(args.scheduler, args.workers)
    try:
        with engine or nullcontext():
            stream = (engine.ingest(files, store, args.parquet or store.path.with_suffix(".parquet"), args.published)
                      if engine else store.iter_ingest(files, args.published))
            for r in stream:
                results.append(r)
                bar.update()
                if r.status == "failed":
                    bar.write(f"failed: {r.error}", file=sys.stderr)
                else:
                    merged = f", {r.merged} merged with events already stored" if r.merged else ""
                    bar.write(f"{r.status}: {r.path} ({r.events} events{merged})", file=sys.stdout)
                sys.stdout.flush()
    finally:
        bar.close()
    print(summary(results), file=sys.stderr)
    if engine is not None and engine.summary is not None:
        print(f"{engine.summary.line()}; the store was loaded from {args.parquet or store.path.with_suffix('.parquet')}",
              file=sys.stderr)
    return 1 if any(r.status == "failed" for r in results) else 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export the stored events, or those the filters select (the dashboard's filters)."""
    from timeline.export import BINARY_FORMATS
    from timeline.known import known_as_of
    from timeline.selection import Selection, select_events
    from timeline.store import Store

    if args.format in BINARY_FORMATS and not args.output and sys.stdout.isatty():
        raise TimelineError(f"--format {args.format} is binary: give -o FILE or redirect the output")
    selection = Selection(event_types=tuple(args.type or ()), actors=tuple(args.actor or ()),
                          statuses=tuple(args.status or ()), sources=tuple(args.source or ()),
                          bases=tuple(args.basis or ()), date_from=args.date_from, date_to=args.date_to, text=args.search or "")
    store = Store(args.db, create=False)
    events = store.events() if args.known_as_of is None else known_as_of(store.mentions(), args.known_as_of)
    _export(select_events(events, selection), args.format, args.output)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the dashboard over the store (the seeds are ingested first when the store is empty; only the default
    store is created when it does not exist)."""
    from dashboard.app import run

    run(args.db, host=args.host, port=args.port, debug=args.debug)
    return 0


def cmd_timex(args: argparse.Namespace) -> int:
    """Print the temporal expressions of an article, one row each."""
    from timeline.article import read_article
    from timeline.timexes import timex_frame

    frame = timex_frame(read_article(args.path, args.published))
    _emit(frame.to_csv(index=False, date_format="%Y-%m-%d") if args.format == "csv"
          else frame.fillna("").to_string(index=False) + "\n", args.output)
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    """Write TimeML documents with our TIMEX3 tags."""
    from timeline.temporal.timeml import annotate_dir

    count = annotate_dir(args.in_dir, args.out_dir)
    print(f"{count} documents annotated into {args.out_dir}", file=sys.stderr)
    return 0


def cmd_evaluate_timex(args: argparse.Namespace) -> int:
    """Score system TimeML against gold (TempEval-3 Task A)."""
    from timeline.temporal.evaluate import evaluate_dirs, render_table

    print(render_table({Path(args.system_dir).name or "system": evaluate_dirs(args.gold_dir, args.system_dir)}))
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line, one subparser per library function."""
    from timeline import __version__

    top = argparse.ArgumentParser(prog="timeline", description="Dated events from news articles about peace talks.")
    top.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = top.add_subparsers(dest="command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=None, help="store file (default: $TIMELINE_DB or ./timeline.db)")

    def published_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--published", type=_iso_date, default=None,
                       help="publication date YYYY-MM-DD, overriding the articles' front matter")

    p = command("extract", cmd_extract, "Print the event table of articles (- reads one from standard input).")
    p.add_argument("paths", nargs="+", metavar="PATH")
    published_option(p)
    p.add_argument("--format", choices=("csv", "json", "table"), default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")

    p = command("ingest", cmd_ingest, "Ingest articles (files, directories, globs; .txt, .md, .html; .jsonl and "
                                      ".parquet files of records; - for standard input) into the store.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    db_option(p)
    published_option(p)
    p.add_argument("--busy-timeout", type=float, default=BUSY_TIMEOUT, metavar="SECONDS",
                   help=f"how long to wait for another process writing the store (default {BUSY_TIMEOUT:g})")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: one process, article by article (default); dask: extract and merge on a Dask "
                        "cluster into Parquet, then load the new store from it")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: a running Dask scheduler "
                                                          "(default: a local cluster)")
    p.add_argument("--workers", type=_positive, metavar="N", help="with --engine dask: worker processes of the local "
                                                                  "cluster (default: one per core)")
    p.add_argument("--parquet", metavar="DIR", help="with --engine dask: new or empty folder for the Parquet "
                                                    "(default: the store's name with .parquet)")

    p = command("export", cmd_export, "Export the stored events.")
    db_option(p)
    p.add_argument("--format", choices=("csv", "json", "timelinejs", "timelinejs-csv", "ics", "parquet"),
                   default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--type", action="append", choices=EVENT_TYPES, help="only this event type (repeatable)")
    p.add_argument("--status", action="append", choices=STATUSES, help="only this status (repeatable)")
    p.add_argument("--basis", action="append", choices=BASES,
                   help="only events whose date rests on this (repeatable): clause, sentence, count, context")
    p.add_argument("--actor", action="append", metavar="NAME", help="only events naming this actor (repeatable)")
    p.add_argument("--source", action="append", metavar="SOURCE",
                   help="only events an article from this source reported (repeatable)")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE",
                   help="only events overlapping this day or later")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE",
                   help="only events overlapping this day or earlier")
    p.add_argument("--search", metavar="TEXT", help="only events whose summary, sentence, ... contain TEXT")
    p.add_argument("--known-as-of", type=_iso_date, metavar="DAY",
                   help="the events as the reports published up to DAY made them (later reports left out)")

    p = command("serve", cmd_serve, "Serve the dashboard (ingests seeds/ into an empty store first).")
    db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--debug", action="store_true", help="Dash debug mode (off by default)")

    p = command("timex", cmd_timex, "Print the temporal expressions of an article (- reads it from standard input).")
    p.add_argument("path", metavar="FILE")
    published_option(p)
    p.add_argument("--format", choices=("table", "csv"), default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")

    p = command("annotate", cmd_annotate, "Tag TempEval-3 TimeML documents with TIMEX3.")
    p.add_argument("in_dir", metavar="IN_DIR")
    p.add_argument("out_dir", metavar="OUT_DIR")

    p = command("evaluate-timex", cmd_evaluate_timex, "Score TIMEX3 annotations against gold (TempEval-3 Task A).")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("system_dir", metavar="SYSTEM_DIR")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; domain errors become one line on stderr and exit status 2."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except TimelineError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
