"""Engines: where the pipeline's stage functions run (in-process by default, or on Dask)."""
