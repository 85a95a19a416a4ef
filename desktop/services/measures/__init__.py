"""The protocol's own measures as the office follows them.

- ``records``: the plain inputs and results of this package, and the choices the forms offer
  (communes, référents);
- ``advice``: the security advice register (article 4 of the 2023 update): who asked, which
  référent sûreté, when, the outcome; the diagnostic cover letter;
- ``video``: the vidéoprotection sites, their status and FIPD funding, per commune;
- ``board``: the measures board: for the protocol in force, each measure's indicator this year
  beside the year before.
"""
