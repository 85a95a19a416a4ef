"""The comité de suivi: meetings, attendance, agenda, decisions, action items, the relevé, the
statistics with small-count suppression, the committee documents and the offline meeting pack.

- ``action_items``: action items: what a partner must do, carried from meeting to meeting until
  closed;
- ``agenda``: the agenda of a meeting: ordered items, what each points at (cases, action items,
  protocol articles, the statistics of a period), and the decisions recorded per item;
- ``agenda_choices``: what an agenda item can be linked to, as (id, French label) pairs for the
  page's pickers: the open action items, and the articles of the protocol text in force at the
  meeting;
- ``convocation``: the convocation of a meeting: a PDF letter and an ICS calendar event;
- ``guard``: the one check every committee write goes through: a locked relevé freezes its meeting;
- ``meeting_detail``: one meeting as the page, the documents and the pack read it
  (``MeetingDetail``);
- ``meetings``: meetings of the comité de suivi: create, edit, the status workflow, invitations and
  attendance;
- ``minutes``: the relevé de décisions: drafted, validated, then locked; "Vérifier le relevé"
  (its hash recomputed, compared with the stored one and the audit entry of the lock);
- ``pack_merge``: "Réintégrer la séance": bring what was recorded in a meeting pack back into the
  vault;
- ``packs``: the offline meeting pack: a SEPARATE SQLCipher vault (own key, own passphrase slot,
  own recovery key) holding one meeting for a laptop without network;
- ``printing``: gather what the committee documents print (dossier de séance, relevé) and render
  them;
- ``pseudonymise``: cases as the committee may see them (DOMAIN.md §4): reference, profession
  group, the commune above 5,000 inhabitants (else the arrondissement), months, a facts summary
  built from the coded fields only (never the free narrative, which may hold names), status;
- ``records``: plain results of the committee services (meetings, agenda, action items, relevé);
- ``statistics``: the figures of the dashboard, the dossier de séance, ``egide stats`` and the
  meeting pack;
- ``statistics_raw``: the case counts behind the statistics, grouped by (month, arrondissement,
  zone), and the cache that makes the dashboard refresh fast;
- ``suppression``: small-count suppression: the ONE function that turns counts below the office's
  threshold into "< N" in everything that leaves the application (exports, PDFs, packs, ``egide
  stats``), with complementary suppression ("s.") so that no masked count can be recomputed.
"""
