"""The health professionals the protocol protects: their register, the 17 pre-registration
and the alert devices lent to them.

- ``alert_devices``: alert devices lent to practitioners (geolocated push button, dedicated
  number, relay by the régulation…) and the history of their loans;
- ``alerts``: the alert log: each alert raised, relayed by the régulation or not, the response
  delay, the case it led to;
- ``directory``: practitioners: the health professionals the protocol protects (create, edit,
  search);
- ``personal_data``: "Données d'une personne": everything about one practitioner in one PDF, for
  a RGPD right-of-access request (the export is logged);
- ``preregistration_exports``: exporting the pending 17 requests for a force (the list that is
  sent), and marking them sent in the same unit of work;
- ``preregistrations``: the 17 pre-registration register: a practitioner asks, with a written
  consent, for their number(s) to be recorded in the police ("Pégase") or gendarmerie ("Athén@")
  system; an organisation (SOS Médecins) for its own numbers;
- ``records``: the plain records the practitioner services return (never live ORM objects), and the
  commune picker's search.
"""
