"""pcc-ingest: Thai district quality-of-life committee reports into traceable SQLite data."""

__version__ = "0.1.0"
