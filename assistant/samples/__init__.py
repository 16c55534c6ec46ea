"""Realistic sample contracts with a known truth, for the demo, the tests and the evaluation."""
from .generator import SAMPLES, TRUTH_FILE, generate_samples

__all__ = ["SAMPLES", "TRUTH_FILE", "generate_samples"]
