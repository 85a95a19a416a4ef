"""The vault: engine factory, key slots (keyring, passphrase sidecar, recovery key), opening
checks, migrations, backups, integrity check and the hash-chained audit trail. No Qt here."""
