"""The sample contracts' texts and truths, one module per contract."""
