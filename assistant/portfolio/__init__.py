"""Portfolio review: many contracts checked into one table, on a Dask cluster when asked.

Owns finding the contracts in folders (a sub-folder is a contract with its annexes), the rows
of the table with their quotes, the result cache that lets a re-run skip contracts already
checked, the run on this process, a local Dask cluster or an existing scheduler, and the table
written as CSV, XLSX, JSON or a DORA register of information. It orchestrates the `Assistant`
facade. May import `service` and every layer below it (`comparison`, `exports`, `answers`,
`analysis`, `index`, `documents`, the base modules).
"""
