#!/usr/bin/env python3
"""Prints the median of every criterion benchmark in target/criterion (run `cargo bench` first)."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
for estimates in sorted(root.glob("**/new/estimates.json")):
    name = estimates.parent.parent.relative_to(root)
    median_ns = json.loads(estimates.read_text())["median"]["point_estimate"]
    unit, value = ("ms", median_ns / 1e6) if median_ns >= 1e6 else ("µs", median_ns / 1e3)
    print(f"{str(name):60s} median {value:8.2f} {unit}")
