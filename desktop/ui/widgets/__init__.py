"""Small reusable widgets: the date field (``date_field``: an event date is never in the
future), the recovery-key panel, the passphrase fields, the office identity form, pickers,
tables and charts."""
