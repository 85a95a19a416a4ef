"""Dialogs: vault creation assistant, unlock, preferences, passphrase, PDF preview, office."""
