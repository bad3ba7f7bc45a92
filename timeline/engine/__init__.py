"""Corpus-scale ingest: extraction on Dask workers into partitioned Parquet, the cross-article merge as a blocked
step over those files, and the SQLite store loaded from them (the same store ``Store.iter_ingest`` would write).

``DaskEngine`` (``dask_engine``) runs it on a cluster; ``layout`` is the Parquet layout; ``work`` holds what the
workers do, as plain functions of files. Importing this package does not import Dask.
"""

from timeline.engine.layout import SCHEMAS
from timeline.engine.work import load_store

__all__ = ["SCHEMAS", "load_store"]
