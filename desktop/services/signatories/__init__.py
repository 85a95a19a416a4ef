"""Signatories and partners (organisations, functions, people and their tenures), signing
ceremonies and the signature of each party.

- ``ceremonies``: signing ceremonies: when and where a protocol version is signed, which parties
  are expected and who attends for them, and the checklist of what to prepare;
- ``ceremony_documents``: what a ceremony produces: the press invitation (PDF) and the calendar
  event (ICS);
- ``edits``: signatories and partners, write side: one function per user action, audited;
- ``exports``: export the partners' contacts: vCard 4.0 (one card per person) and XLSX (one row per
  person and current function);
- ``queries``: signatories and partners, read side: organisations, their functions (positions) and
  who holds them on a date, people and the history of their tenures, and the search by name,
  organisation or function (accents and case ignored);
- ``records``: what the signatories services hand out: frozen rows for organisations, people,
  functions, ceremonies and signatures, and the small rules they share (the gendered title of a
  function, the way a person's name is written, who held a function on a date);
- ``signatures``: signature tracking, party by party: signed at the ceremony, or by circulation
  (the copy is sent on a date and comes back signed on another).
"""
