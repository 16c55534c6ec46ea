"""Realistic sample contracts with a known truth, for the demo, the tests and the evaluation."""
from .generator import COMPARE_TRUTH_FILE, SAMPLES, TRUTH_FILE, generate_samples

__all__ = ["COMPARE_TRUTH_FILE", "SAMPLES", "TRUTH_FILE", "generate_samples"]
