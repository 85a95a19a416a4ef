"""The demonstration vault ("Données fictives"): one filler per domain, run in order by ``build``.

- ``build``: the demonstration vault: real communes of Seine-et-Marne, the 2018 protocol and its
  2023 update as described in the seeds, the signatory functions, and fictitious people;
- ``cases``: demonstration filler: a few hundred fictitious cases over three years, at every step;
- ``committee``: demonstration filler: two past meetings of the comité de suivi (one with a locked
  relevé, one validated), action items open and closed, and one upcoming meeting whose agenda
  points at demo cases and the statistics of the last months;
- ``measures``: demonstration filler, last: two years of the protocol's measures: advice
  requests, the alert devices' loans and alerts, SOS Médecins' own 17 numbers, vidéoprotection
  sites;
- ``practitioners``: demonstration filler: ~150 fictitious practitioners, their 17 pre-
  registrations, a dozen alert devices;
- ``protocol``: demonstration filler: signatory organisations, functions, fictitious holders, and
  the Seine-et-Marne protocol (2018 original, 2023 update) with its ceremonies and signatures;
- ``roster``: demonstration roster for Seine-et-Marne: force zones, units and fictitious référents;
- ``signatories``: demonstration filler, after the protocol's: the fictitious signatories get plain
  ASCII e-mail addresses (as real mailboxes have) and a fictitious office phone, so that the
  contact exports and the ceremony's calendar invitations show complete cards;
- ``territory``: demonstration filler: the 507 real communes of Seine-et-Marne and La Poste's
  postal codes.
"""
