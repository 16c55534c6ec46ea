"""Analysis: what a contract says, judged against a playbook.

Owns the playbooks (YAML data and schema), text signals, the checklist, the clause assessment
(adequate, weak or restrictive, with the figures it compares), extracted values and
quantities, the parties, dates, places and register terms a portfolio row needs, and the
reversibility deep-dive. May import the base modules, `documents` and
`index`.
"""
