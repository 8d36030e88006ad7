"""The dashboard and the report: a local web view of the store, drawn on the server."""
