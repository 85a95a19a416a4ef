"""The vault: engine factory, key slots (keyring, passphrase sidecar, recovery key), opening
checks, crash-safe re-key (``rekey``), migrations, backups and their catalog, integrity check, the
damage diagnosis that tells a damaged file from a wrong key (``diagnosis``) and the hash-chained
audit trail. No Qt here."""
