"""tariffwatch: a self-hostable monitor for tariff amounts and deadlines in trade-policy news.

The package is Prefect-free and imports nothing heavy at import time; orchestration lives in ``flows/``.
"""

__version__ = "0.1.0"
