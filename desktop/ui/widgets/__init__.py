"""Small reusable widgets (passphrase fields, the office identity form)."""
