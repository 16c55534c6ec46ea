"""Realistic sample contracts with a known truth, for the demo, the tests and the evaluation."""
