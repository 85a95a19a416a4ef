"""The vault as the services see it: its life (create, open by each slot, recover, back up,
re-key), the unit of work every write goes through, the ``Changes`` a write reports, the audit
trail read back, and the office identity printed on every document.

- ``anchoring``: the audit trail checked against its anchors outside the vault (the file beside
  it, the newest backup, or a file named by the user);
- ``audit_log``: reading and verifying the audit trail (the services write it through their units
  of work);
- ``auto_backup``: backups that run by themselves (at close, half-hourly when something changed,
  before imports and merges), copied to a second location, pruned by graded retention;
- ``backups``: list, verify and restore backups (restoring needs only the backup and its key,
  never the vault it replaces); the diagnosis copied when the vault does not open;
- ``changes``: which kinds of data a write changed, so each page refreshes only what it shows;
- ``database``: one unit of work per user action, over the open vault;
- ``lifecycle``: the vault's life as the user sees it: create, open by each slot, recover, back up,
  status;
- ``maintenance``: checking the vault's pages, then its schema and audit chain;
- ``records``: what these services return (a vault created or restored, its status, a backup
  written, a new recovery key);
- ``self_test``: ``egide --self-test`` without a screen (a throwaway vault, a case, the PDFs);
- ``window_lock``: one vault, one window (the lock file beside the vault);
- ``office``: the office identity printed on every document (département, préfecture, préfet's
  title);
- ``unlocking``: opening by the first way given (recovery key, passphrase, keyring), for the
  commands.
"""
