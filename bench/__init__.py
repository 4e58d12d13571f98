"""Benchmarks of tariffwatch: ``python -m bench [--quick]`` (``make bench``).

``bench.corpus`` generates the synthetic corpus with planted truth; ``bench.__main__`` runs the suite
and writes its table as JSON under ``bench/results/``.
"""
