"""Retention of personal data (RGPD art. 5-1-e; DOMAIN.md §4): a closed case stays in the
active file ``retention_active_years``, then moves to the intermediate archive (restricted
access); ``retention_intermediate_years`` after its closure its personal data are erased
(names, contact details, exact words, narrative, attachments, consent documents), the
statistical fields staying, so that every figure is the same before and after.

- ``records``: the rules, the plan (what would be archived or erased and why) and its result;
- ``rules``: the office's rules (read, saved, audited), and the dates they give;
- ``preview``: the plan as of a date, written to nothing;
- ``erase``: what erasing a case or a practitioner clears, inside the caller's unit of work;
- ``apply``: the plan carried out after a verified backup, one audit entry per case.
"""
