"""Dialogs: vault creation assistant, unlock, the failure at opening and the backups (restore),
preferences, passphrase, PDF preview, office."""
