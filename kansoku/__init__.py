"""kansoku ("observation"): source-attributed facts from news about a geopolitical situation.

import kansoku
store = kansoku.open_store("kansoku.db")
kansoku.ingest(["articles/"], store)
kansoku.export(store, "out/")
"""

from kansoku.export import export
from kansoku.pipeline import IngestReport, ingest, process
from kansoku.store import Store, StoreError, open_store

__all__ = ["IngestReport", "Store", "StoreError", "export", "ingest", "open_store", "process"]
__version__ = "0.1.0"
