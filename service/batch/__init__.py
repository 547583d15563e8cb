"""Batch ingest: sources (files, folders, zips), extraction runners (local processes
or Dask), the store writer, the failure report and the progress display."""
