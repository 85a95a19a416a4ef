<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Unités et référents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affecter un référent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Départ d&apos;un référent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trancher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décider de la force d&apos;une commune mixte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer l&apos;a&amp;nnuaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout le département, par arrondissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout le département, par force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} seulement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos d&apos;Égide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Suivi du protocole santé-sécurité-justice du bureau de la sécurité de la préfecture. Les données sont enregistrées dans un coffre chiffré (SQLCipher 4, clé de 256 bits) ou sur le serveur PostgreSQL du bureau.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Données livrées avec Égide&lt;/b&gt; (réutilisation libre, mention de la source obligatoire) :&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Logiciel sous licence EUPL 1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copier les versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une demande d&apos;assistance : versions et emplacement des données, jamais de clé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copié</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Modifier l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action à mener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (historique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note ajoutée à l&apos;historique de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex. : relance faite auprès du CDOM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceDoneDialog</name>
    <message>
        <source>Conseil réalisé — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réalisé le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;éconisations :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une préconisation par ligne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceRequestDialog</name>
    <message>
        <source>Nouvelle demande de conseil de sûreté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Praticien :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ou &amp;structure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demandé le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maison de santé, officine… (sans praticien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>celle du praticien si vide ; nom, code postal ou INSEE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceTab</name>
    <message>
        <source>&amp;Nouvelle demande…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Désigner le référent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseil &amp;réalisé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lettre d&apos;accompagnement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes de conseil de sûreté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} demande(s), dont {1} réalisée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lettre d&apos;accompagnement — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision à {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — présents : {0} / quorum : {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-cliquez pour modifier le texte ou l&apos;heure de la décision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure non indiquée : le quorum compte les membres présents à un moment de la séance. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDeviceTab</name>
    <message>
        <source>Type de dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiant du nouveau dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter le dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remettre à un praticien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la &amp;restitution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositifs d&apos;alerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restitué le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restitution du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restitué le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} », remis à {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Enregistrer une alerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date et heure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispositif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Praticien :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relayée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai d&apos;&amp;intervention (min) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signalement lié :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observations :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par la régulation (SOS Médecins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le détenteur du dispositif si vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence, ex. 2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai d&apos;intervention : un nombre de minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertLogTab</name>
    <message>
        <source>&amp;Enregistrer une alerte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes déclenchées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique des remises de dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique des remises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Régulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restitué le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} alerte(s), dont {1} relayée(s) par la régulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>&amp;Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un paragraphe par ligne ; une ligne commençant par « - » est une puce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une version signée ne se modifie plus : pour changer ce texte, créez une nouvelle version ou un avenant. Seules les mesures liées peuvent encore être enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre de l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesures mises en place par l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun article choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version signée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Affecter un référent à des communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes choisies (codes INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les communes de l&apos;arrondissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les communes du code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les communes de l&apos;unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrondissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valable à partir du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jusqu&apos;au (inclus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un référent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignReferentDialog</name>
    <message>
        <source>Désigner le référent sûreté — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Référent :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Désigné le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun référent sûreté dans l&apos;annuaire : saisissez-le d&apos;abord (page Référents).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Présence : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Présent(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Représenté(e) par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette partie ne signe plus la version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représenté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présences à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convoqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présence de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d&apos;arrivée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure {0} de {1} illisible : « {2} ». Tapez-la ainsi : 14:20 ; rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier l&apos;intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier l&apos;intégrité du journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les entrées affichées en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher (utilisateur, action, objet, valeur…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche dans le journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier (référence, ou une partie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référence du dossier, ou une partie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La référence entière (2026-0042), une partie (2026-00) ou le numéro seul (42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limiter à une période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier jour de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier jour de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrées du journal d&apos;audit, les plus récentes d&apos;abord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entrée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entrée(s) sur {1} dossier(s) correspondant à « {2} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification du journal d&apos;audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal intègre : {0} entrée(s) vérifiée(s), aucune modification ni suppression détectée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le journal a été altéré ({0} problème(s)) :
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail (avant → après)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AxisChart</name>
    <message>
        <source>Tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique en barres, l&apos;année et la précédente ; le bouton « Tableau » en donne les valeurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher « {0} » en tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} en bleu foncé, {1} en bleu clair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Égide : échec de la sauvegarde automatique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes chiffrées de « {0} », de la plus récente à la plus ancienne. Restaurer remplace le coffre par la sauvegarde choisie ; le fichier actuel est conservé à part, jamais effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe ou clé de secours valable le jour de la sauvegarde (laissez vide pour utiliser le trousseau du système) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes Égide (*.egide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplacer le coffre par la sauvegarde du {0} ? Ce qui a été saisi depuis n&apos;y figure pas. Le fichier actuel est conservé à part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration de la sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Nouveau signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le signalement {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure des faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victime(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexe de la victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type(s) d&apos;atteinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteur(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propos exacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravité (personnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravité (biens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours d&apos;ITT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Récit des faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom, code postal ou INSEE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter la victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau praticien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le praticien qui appelle n&apos;est pas encore dans le registre : l&apos;y inscrire, puis l&apos;ajouter comme victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altération du discernement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour les statistiques des observatoires ; laissé vide, il est repris de la civilité de la première victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laquelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les faits, tels que le praticien les rapporte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun praticien « {0} » dans le registre : inscrivez-le avec « Nouveau praticien… ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le praticien dans la liste (ou inscrivez-le avec « Nouveau praticien… »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; altération du discernement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRecords</name>
    <message>
        <source>Chronologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plainte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronologie du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentements du praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun consentement enregistré : « Consentement… » recueille la réponse du praticien avant toute transmission aux autorités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer le consentement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer le formulaire de consentement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le formulaire à faire signer : destinataires, ce qui est transmis, retrait. Le scan signé se joint ensuite avec « Consentement… » (Formulaire signé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empreinte SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmissions du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a encore été transmis : « Transmission… » trace l&apos;envoi et garde le document envoyé avec son empreinte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse déclarée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement de la victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informé par le procureur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite du parquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plainte et suites judiciaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune plainte ni main courante enregistrée : « Plainte… » en garde la trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouté le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces jointes du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune pièce jointe : « Pièce jointe… » garde un certificat, une photo ou un courrier chiffré dans le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réouverture → {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retiré le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — scan joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écrit du {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (formulaire joint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>&amp;Recharger le dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Modifier les faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plainte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce jointe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexe de la victime : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun dossier choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — échéance le {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (EN RETARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape : {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victime(s) : </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher dans les faits, propos, noms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche dans les signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 derniers jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les signalements clos passés en archive intermédiaire (accès restreint, chaque consultation est journalisée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} signalements ou plus : précisez la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun signalement en cours ; {0} archivé(s) : cochez « Archives » pour les consulter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun signalement enregistré : « Nouveau signalement » consigne le premier, dès l&apos;appel du praticien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} signalement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce jointe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche de signalement {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse du dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire de consentement — dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » ne s&apos;affiche pas dans Égide : « Enregistrer une copie… » l&apos;enregistre où vous le choisissez, pour l&apos;ouvrir avec le logiciel adapté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une copie de la pièce jointe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie n&apos;a pas été enregistrée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesTableModel</name>
    <message>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date des faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victime(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (en retard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremoniesTab</name>
    <message>
        <source>Version du protocole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cérémonies de la version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À préparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des préparatifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties attendues et signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle cérémonie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signé en cérémonie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyé pour signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour signé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu de l&apos;invitation presse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune cérémonie pour cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} — {2}/{3} signature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>représenté(e) par {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la cérémonie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la cérémonie du {0} (liste des préparatifs et présences) ? Les signatures déjà enregistrées sont conservées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation de l&apos;invitation presse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation presse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter la cérémonie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas été enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <source>Cérémonie de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle cérémonie de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts presse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau de la communication interministérielle — 01 64 71 75 29 — pref-communication@…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeActions</name>
    <message>
        <source>Notes du point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes prises en séance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé du point :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une décision (ligne « Décision … »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une action dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier le relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé de décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeLinks</name>
    <message>
        <source>Lier un signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référence (ex. 2026-0042) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lier une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action en cours :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune action en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lier un article du protocole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun texte du protocole de la séance n&apos;est en vigueur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un lien (ligne « → … ») d&apos;un point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le lien « {0} » de ce point de l&apos;ordre du jour ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Comité de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances du comité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter les signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation agenda (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu du dossier de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu du relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer la séance hors ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir une séance hors ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réintégrer la séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le lien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une décision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la décision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier le relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes du point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avec les propos exacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rédiger le relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un signalement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une action en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un article du protocole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les statistiques d&apos;une période…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions suivies à cette séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte du relevé de décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE REVUE HORS LIGNE — fichier « {0} ». Les signalements sont en lecture seule ; présences, décisions, actions et notes sont enregistrées dans ce fichier, à réintégrer au retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer la séance hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1:%d/%m/%Y à %H:%M} — {2}&lt;br&gt;Présidence : {3} · Statut : {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum {0} : {1} présent(s) ou représenté(s) au cours de la séance — {2}. Le quorum de chaque décision, compté à son heure, est indiqué à l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas encore de relevé (la séance doit être tenue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé verrouillé le {0:%d/%m/%Y} — empreinte SHA-256 : {1}. Les corrections iront au relevé de la séance suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneField</name>
    <message>
        <source>nom, code postal ou code INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Déposée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;adresse déclarée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le CDOM se constitue partie civile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulaire signé déjà joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse déclarée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement écrit de la victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informé par le procureur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite donnée par le parquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suites judiciaires — dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité du dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre adresse déclarée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date du consentement écrit de la victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire signé par la victime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de l&apos;information par le procureur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifié entre-temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un collègue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a été modifiée entre-temps par {1} à {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a été modifiée entre-temps par {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a été modifié entre-temps par {1} à {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a été modifié entre-temps par {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre enregistrement n&apos;a pas été fait. Voici ce qui diffère, champ par champ :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À garder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la vôtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner votre saisie et afficher la version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ré&amp;appliquer mes modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter les champs que vous avez modifiés sur la version actuelle, puis enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même champ a été modifié des deux côtés ({0}) : choisissez pour chacun la version à garder, ou annulez.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consentement donné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Témoin (téléphone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement — dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreationWizard</name>
    <message>
        <source>Création du coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création du coffre chiffré…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion au serveur PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de secours du coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cle-de-secours.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation de la feuille…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coffre est créé. Confirmez d&apos;abord que vous avez conservé la clé de secours, puis cliquez sur Terminer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrondissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport annuel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le rapport de l&apos;année sur les axes des observatoires nationaux (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes nationaux (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les signalements de l&apos;année, un par ligne, pseudonymisés, pour les observatoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes des observatoires nationaux (année des faits de fin de période, comparée à la précédente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesures du protocole (année de fin de période, comparée à la précédente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police et gendarmerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone police (PN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone gendarmerie (GN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les arrondissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la période précède son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (plusieurs réponses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} signalement(s) · {1} suivi(s) d&apos;une plainte ({2}) · {3} en cours, dont {4} en retard · {5} numéro(s) pré-enregistré(s) au 17 · {6} dispositif(s) d&apos;alerte en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai moyen depuis la réception : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Modifier la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prise à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure de la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le quorum de la décision compte les membres présents à cette heure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <source>Délai de l&apos;étape « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Délai (jours) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Départ d&apos;un référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réaffecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les rattachements du référent qui part se terminent la veille ; ceux du successeur commencent à la date donnée. L&apos;historique est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent qui &amp;part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Successeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À partir du</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskCards</name>
    <message>
        <source>Premiers pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coffre est neuf : voici, dans l&apos;ordre, ce qui le rend utile au service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalements en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir les signalements en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappels du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir tous les rappels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochaine séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir le comité de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référents à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir les référents à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir les communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer les référents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau protocole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau signalement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Les communes du département ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Les référents sûreté ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Le protocole ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Le premier signalement ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer les communes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} signalement(s) ont dépassé leur échéance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun signalement en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} — échéance le {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rappel(s) à faire aujourd&apos;hui, dont {1} en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les {0} plus anciens :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun rappel de suivi à faire aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN RETARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUJOURD&apos;HUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel fait : {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance prévue : « Nouvelle séance… » dans le comité de suivi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN RETARD — le comité se réunit tous les {0} mois : la séance était attendue avant le {1} (dernière le {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance prévue. Le comité se réunit tous les {0} mois : prochaine séance attendue avant le {1} (dernière le {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}&lt;br/&gt;{2}&lt;br/&gt;{3} membre(s) convoqué(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comité tous les {0} mois : attendu avant le {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} action(s) du comité ont dépassé leur échéance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune action en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN RETARD — {0} — {1} — échéance le {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} référent(s) non vérifié(s) depuis {1} mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} commune(s) sans référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les référents ont été vérifiés ; chaque commune a le sien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérifié le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jamais vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre partagé : les sauvegardes sont celles du serveur PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde : sauvegardez le coffre maintenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde le {0} : elle date de plus d&apos;une semaine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde le {0} (vérifiée à l&apos;écriture).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire signé numérisé (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document à joindre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingDialog</name>
    <message>
        <source>Rechargé : le formulaire montre la version actuelle, votre saisie a été abandonnée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsTab</name>
    <message>
        <source>Délais des étapes des signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échelles de gravité (ONVS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le &amp;délai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommer le &amp;niveau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délais des étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveaux de gravité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} jour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForceDialog</name>
    <message>
        <source>Trancher la force de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force compétente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unité compétente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Abandonner la saisie ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que vous avez saisi dans « {0} » n&apos;est pas enregistré et sera perdu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide de l&apos;utilisateur d&apos;Égide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sommaire du guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section du guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre de démonstration : toutes les données sont fictives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préfecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre du préfet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version du schéma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trousseau du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier l&apos;identité du service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;identité du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serveur PostgreSQL partagé (connexion TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher 4, clé de 256 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la clé y est conservée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non utilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>définie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fait le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation à la prochaine séance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Le service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces informations figurent en tête des documents imprimés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le département : le nom de la préfecture et le titre du préfet sont proposés, vous pouvez les corriger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo du service (PNG, JPEG ou SVG, facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePreviewDialog</name>
    <message>
        <source>Aperçu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette image ne peut pas être affichée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importer dans le référentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes d&apos;un département (référentiel fourni avec Égide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes ou codes postaux (Etalab, INSEE, La Poste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compétence territoriale police / gendarmerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille des référents (XLSX ou CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 77, ou 77 91 pour ajouter un département voisin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;OM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes des collectivités d&apos;outre-mer (977, 978, 984, 986 à 989)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes des collectivités d&apos;outre-mer laissées de côté et comptées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes des collectivités d&apos;outre-mer importées sous leur collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonnes de la feuille (mémorisées pour la prochaine fois)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le &amp;compte rendu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer les {0} lignes &amp;valides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondance mémorisée lors d&apos;un import précédent de ces colonnes : vérifiez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondance proposée d&apos;après les en-têtes de la feuille : vérifiez-la avant d&apos;importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— aucune —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez « importées sous leur collectivité » (Outre-mer) pour les importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {0} » : {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDeviceDialog</name>
    <message>
        <source>Remettre le dispositif « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Praticien :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remis le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un praticien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Coffre verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le contenu est masqué et la clé du coffre a été oubliée. Déverrouillez pour reprendre votre travail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déverrouiller le coffre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoChooser</name>
    <message>
        <source>Choisir le &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nouveau logo choisi ({0} Ko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun (la place reste réservée en tête des documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {0} » ne peut pas être lu : {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Égide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauve&amp;gardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller le coffre (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier le journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changer la phrase de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle clé de secours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conservation des données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;Égide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide de l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le guide, à la section de la page affichée (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche globale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation entre les pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praticiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataires et cérémonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comité de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} résultat(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresBoardView</name>
    <message>
        <source>Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année du tableau des mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau des mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesures du protocole en vigueur : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune version de protocole en vigueur : toutes les mesures sont listées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pas d&apos;indicateur)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesures du protocole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidéoprotection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau des mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délais et gravité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Séance du comité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum (0 : aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocole suivi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Texte du relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État du relevé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Identité du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>Code du &amp;département :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 77</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom du département :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Seine-et-Marne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Préfecture :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titre du préfet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tel qu&apos;imprimé en tête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bureau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet du préfet / Bureau de la sécurité intérieure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse (rue) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 12 rue des Saints-Pères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code p&amp;ostal :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 77000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ville :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Melun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Télé&amp;phone du bureau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 01 64 71 77 77</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courriel du bureau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. pref-securite@seine-et-marne.gouv.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel qu&apos;il figure en tête des documents, par exemple « PRÉFET DE SEINE-ET-MARNE » ; corrigez « DE » en « DU » ou « DE LA » si besoin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineController</name>
    <message>
        <source>Séance hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Que faire de la séance « {0} » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ouvrir en lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réintégrer dans le coffre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe du fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer la séance hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe propre à ce fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier écrit : {0} (avec son fichier de clés {0}.keys).

Clé de secours de ce fichier, à noter à part :
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation de la séance hors ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir une séance hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalements examinés (lecture seule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun signalement à l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalements (lecture seule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réintégrer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les changements suivants seront appliqués au coffre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun changement enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance a été réintégrée dans le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à réintégrer : le dossier reste utilisable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réintégration de la séance…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre chiffré sur ce &amp;poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur PostgreSQL &amp;partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide : la clé du trousseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre Égide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffres Égide (*.egide);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le serveur, la base et l&apos;utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion au serveur PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture du coffre…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFailureDialog</name>
    <message>
        <source>Égide : le coffre ne s&apos;ouvre pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coffre n&apos;a pas pu être ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été modifié. Restaurez la dernière sauvegarde : le fichier actuel sera conservé à part, jamais effacé. Pour la restaurer, il faut la phrase de passe ou la clé de secours valable le jour où elle a été écrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été modifié. Si le problème persiste, copiez le diagnostic pour le transmettre au support informatique, ou restaurez une sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier le diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic copié dans le presse-papiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sigle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationNumberDialog</name>
    <message>
        <source>Pré-enregistrement 17 d&apos;un numéro d&apos;organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisme :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ligne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numéro(s) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consentement écrit du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Régulation, Véhicule 2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séparés par « ; »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun organisme : ajoutez-le d&apos;abord (page Signataires et cérémonies).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Changer la phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La nouvelle phrase de passe remplace l&apos;ancienne. Le trousseau et la clé de secours ne changent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation de la phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au moins {0} caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La phrase de passe doit compter au moins {0} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La confirmation ne correspond pas à la phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une phrase de plusieurs mots, facile à retenir et difficile à deviner, vaut mieux qu&apos;un mot compliqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop courte : au moins {0} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustesse : moyenne. Allongez-la ou ajoutez des mots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustesse : bonne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustesse : très bonne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La confirmation ne correspond pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Aperçu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document n&apos;a pas été enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Unités et référents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référents et correspondants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau référent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifié aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle &amp;unité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Rechercher un nom, une organisation, une fonction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation / fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titulaire actuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations et fonctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique des fonctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle fonction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nommer à une fonction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de fonction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la période…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet d&apos;adresses vCard (*.vcf);;Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas été enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Lier les statistiques d&apos;une période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Civilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé (&amp;masculin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé (&amp;féminin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procureur de la République près le tribunal judiciaire de Meaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procureure de la République près le tribunal judiciaire de Meaux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerDialog</name>
    <message>
        <source>Nouveau praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le praticien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerForm</name>
    <message>
        <source>&amp;Civilité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofession :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spécialité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° R&amp;PPS :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse d&apos;exercice :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommune d&apos;exercice :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone du cabinet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utre téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courri&amp;el :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher la commune d&apos;exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom, code postal ou code INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif : 11 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 01 64 71 75 29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pour un médecin spécialiste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune commune choisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerListTab</name>
    <message>
        <source>Rechercher : nom, commune ou n° RPPS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau praticien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données d&apos;une &amp;personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout ce que le coffre contient sur ce praticien, en un PDF (demande d&apos;accès RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formulaire de consentement 17…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le formulaire de consentement au pré-enregistrement 17 à faire signer : numéros, ce que voient les forces, retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praticiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune d&apos;exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} praticien(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} premiers : précisez la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données d&apos;une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de la personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la fiche de {0} et ses demandes de pré-enregistrement au 17 ? Cette action est définitive (elle reste tracée dans le journal d&apos;audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerPicker</name>
    <message>
        <source>Nom, commune ou n° RPPS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praticiens trouvés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionersPage</name>
    <message>
        <source>Praticiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pré-enregistrement 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositifs d&apos;alerte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verrouiller après (minutes d&apos;inactivité) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier des sauvegardes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes d&apos;inactivité avant verrouillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde &amp;automatique toutes les :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sauvegardes conservées (les dernières) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puis une par &amp;jour pendant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puis une par s&amp;emaine pendant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puis une par &amp;mois pendant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seco&amp;nd emplacement (partage, clé USB) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes entre deux sauvegardes automatiques (0 : jamais)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours avec une sauvegarde par jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaines avec une sauvegarde par semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois avec une sauvegarde par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second emplacement des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque sauvegarde y est aussi copiée et vérifiée : un disque qui lâche n&apos;emporte pas les sauvegardes avec le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xiger la phrase de passe pour déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Même quand la clé est dans le trousseau du système, le déverrouillage demande la phrase de passe : le verrou protège un portable laissé ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de sauvegardes conservées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreregistrationRequestDialog</name>
    <message>
        <source>Nouvelle demande de pré-enregistrement au 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autre numéro à pré-enregistrer (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre numéro à pré-enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date du consentement écrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer le formulaire à faire signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéros :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Praticien :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consentement écrit du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire &amp;signé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choisissez un praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune d&apos;exercice inconnue : complétez d&apos;abord la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (commune de {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone de {0} à trancher : la demande sera refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un praticien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreregistrationTab</name>
    <message>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police et gendarmerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle demande…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro d&apos;un &amp;organisme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporter les demandes en attente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pour la {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les demandes exportées comme envoyées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier exporté est celui qu&apos;on envoie à la force : décochez pour un export d&apos;essai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envoyé le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une liste envoyée sans passer par l&apos;export (ou après un export d&apos;essai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmé par la force le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrait du consentement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre des pré-enregistrements au 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praticien ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation par la force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmé le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} numéro(s) sélectionné(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi à la force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyé le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le consentement de {0} est retiré pour {1} numéro(s) : ils ne figureront plus dans aucun export. Si la demande a déjà été envoyée, prévenez la force pour qu&apos;elle efface le numéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les demandes en attente ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export des demandes en attente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elles sont enregistrées comme envoyées aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export d&apos;essai : elles restent en attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ligne(s) ({1} numéro(s)) écrite(s) dans « {2} ». {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>La protection du coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données sont chiffrées ; choisissez comment ouvrir le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Créer le coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conserver la clé dans le trousseau de Windows/du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé du coffre peut être gardée par le trousseau du système, protégé par votre session : Égide s&apos;ouvre alors sans rien demander. Une phrase de passe, facultative, permet aussi de l&apos;ouvrir ailleurs ou si le trousseau est effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur ce poste : une phrase de passe est obligatoire. Elle sera demandée à chaque ouverture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre chiffré sur ce &amp;poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur PostgreSQL &amp;partagé (plusieurs agents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se &amp;connecter au serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe (obligatoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe (facultative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le serveur, la base et l&apos;utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolEdits</name>
    <message>
        <source>Article {0} de l&apos;avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de l&apos;article modifié ou ajouté par l&apos;avenant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insertion d&apos;un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacement d&apos;un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression d&apos;un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification de l&apos;article {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesures de l&apos;article {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification du préambule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre des signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau protocole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre du protocole :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéros des articles modifiés par l&apos;avenant (ex. : 4, 6) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » : indiquez des numéros séparés par des virgules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À quelle date ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représentation d&apos;un signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet article a été supprimé entre-temps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce signataire a été retiré entre-temps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représenté(e) par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est représenté(e) par (vide : signe en personne) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un protocole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocole JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter la version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fonction n&apos;est enregistrée : ajoutez-la dans « Signataires ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajout d&apos;un signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait d&apos;un signataire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolRulesTab</name>
    <message>
        <source>Règles du protocole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Référents à vérifier après :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seuil des petits effectifs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comité de suivi tous les :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois sans vérification avant qu&apos;un référent soit à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuil des petits effectifs, masqués « &lt; N » dans les documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois entre deux séances du comité de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un effectif de 1 à N − 1 sort de l&apos;application sous la forme « &lt; N » (tableaux, PDF, exports) ; zéro reste 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référents : de 1 à 60 mois ; seuil : de 2 à 20 ; comité : tous les 1 à 24 mois.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau protocole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise à jour (texte complet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer un protocole depuis un fichier JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la version choisie en JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jet (filigrane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ropriétés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre, lieu de signature, exemplaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;perçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu de la convention en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocoles et leurs versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune version choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en vigueur le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remplacée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer comme signée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mettre en vigueur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer comme remplacée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise en page de la convention…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier la clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la feuille de la clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé copiée. Le presse-papiers sera vidé dans une minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>La clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle n&apos;est montrée qu&apos;une fois : imprimez-la ou recopiez-la maintenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette clé ouvre le coffre à elle seule, le jour où le trousseau est effacé ou la phrase de passe oubliée. Conservez-la sous pli scellé, dans le coffre-fort du service, jamais avec l&apos;ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai imprimé ou recopié la clé de secours et je la conserve en lieu sûr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé du coffre est conservée dans le trousseau du système : Égide s&apos;ouvrira sans rien demander.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coffre s&apos;ouvrira avec votre phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentDialog</name>
    <message>
        <source>Référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone fixe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifié le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentsActions</name>
    <message>
        <source>Exporter l&apos;annuaire (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ligne(s) écrite(s) dans {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuaire des référents sûreté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise en page de l&apos;annuaire…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentsPage</name>
    <message>
        <source>Référents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référents sûreté : qui appeler ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune, code postal ou code INSEE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher une commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes trouvées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche réponse de la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copier la réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier la fiche réponse dans le presse-papiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choisissez une commune dans la liste.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans référent ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non vérifiés depuis {0} mois ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixtes à trancher ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune commune ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Nouvelle clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si la clé de secours a été perdue ou a pu être lue par un tiers, Égide en émet une nouvelle et rechiffre tout le coffre : l&apos;ancienne clé n&apos;ouvrira plus ce coffre.

Une sauvegarde vérifiée est écrite d&apos;abord. Les sauvegardes antérieures restent lisibles avec l&apos;ANCIENNE clé seulement : si elle a fuité, supprimez-les après.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phrase de passe actuelle (elle reste valable) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Émettre la nouvelle clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La nouvelle clé de secours n&apos;est montrée qu&apos;une fois : imprimez-la ou recopiez-la maintenant, puis détruisez l&apos;ancienne feuille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai imprimé ou recopié la nouvelle clé et je la conserve en lieu sûr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de secours du coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cle-de-secours.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderLines</name>
    <message>
        <source>Fait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Afficher les rappels faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau rappel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fait le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappels de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fait le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rappel(s), dont {1} en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fait le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Conservation des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier actif après la clôture :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacement des données personnelles après la clôture :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registres (17, dispositifs d&apos;alerte), après leur fin :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un praticien pré-enregistré au 17 ou qui détient un dispositif d&apos;alerte est gardé tant que l&apos;inscription court ; ce délai après son retrait (ou le retour du dispositif), il est effacé comme les autres si aucun signalement ne le garde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> an(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verser aux Archives départementales avant l&apos;effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les règles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règles appliquées au :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver et effacer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règles enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à archiver ni à effacer à cette date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver {0} signalement(s), effacer les données personnelles de {1} signalement(s) et de {2} praticien(s) ? Une sauvegarde vérifiée est écrite d&apos;abord ; l&apos;effacement est définitif dans le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver et effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versement aux Archives départementales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde puis application des règles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservation des données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fait : {0} archivé(s), {1} effacé(s), {2} praticien(s) effacé(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Égide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur inattendue : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>&amp;Serveur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utilisateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chiffrement (TLS) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat de l&apos;&amp;autorité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. pg.prefecture.interieur.gouv.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservé dans le trousseau du système, jamais dans un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full (recommandé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityDialog</name>
    <message>
        <source>{0}, niveau {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Libellé :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <source>Signataires et cérémonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cérémonies de signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryActions</name>
    <message>
        <source>Nommer à une fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une personne dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} quitte la fonction le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la période de {0} comme « {1} » (du {2}) ? Les versions déjà signées gardent leur signataire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureActions</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une partie dans le tableau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signé en cérémonie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi pour signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires envoyés à : {0}, le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires signés revenus de : {0}, le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer la signature de « {0} » et ses dates d&apos;envoi et de retour ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer la signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatChart</name>
    <message>
        <source>Tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique en barres ; le bouton « Tableau » en donne les valeurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher « {0} » en tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter « {0} » en {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Nouveau rappel de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signalement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rappel :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Échéance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence, ex. 2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. rappeler le praticien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenureDialog</name>
    <message>
        <source>Nommer {0} à une fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;partir du</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degré retenu par l&apos;URPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de la réouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouvrir le dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransmissionDialog</name>
    <message>
        <source>la fiche de signalement (générée à l&apos;envoi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission — dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rattachée à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courriel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Ouvrir le coffre Égide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez la phrase de passe du coffre « {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai &amp;perdu l&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir avec la clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez la clé de secours imprimée à la création du coffre. Les espaces et les tirets sont facultatifs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir avec la clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coffre est ouvert. Choisissez une nouvelle phrase de passe pour les prochaines ouvertures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remettre la clé dans le trousseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez la phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Données fictives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre de démonstration : données fictives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture du coffre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base partagée (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre chiffré (SQLCipher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplacement du coffre : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde : aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de la sauvegarde automatique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de la sauvegarde automatique : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Propriétés de la version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fait à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exemplaires originaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un par signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre de la version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre d&apos;exemplaires originaux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionTabs</name>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Préambule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte &amp;consolidé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insérer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insérer un article après l&apos;article choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la dernière modification (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles de la version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une clause « Vu … » par ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses du préambule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le préambule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataires dans l&apos;ordre de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représenté par…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte consolidé au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte consolidé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version d&apos;arrivée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Différences entre les deux versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (représenté par {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoSiteDialog</name>
    <message>
        <source>Site de vidéoprotection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom du site :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Structure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;tat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depuis le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant &amp;FIPD (€) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Praticiens :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lier le praticien choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praticiens liés au site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant FIPD : un nombre d&apos;euros.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoTab</name>
    <message>
        <source>&amp;Nouveau site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites de vidéoprotection par commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune / site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praticiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} site(s), {1} équipé(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} site(s) dans {1} commune(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde chiffrée du coffre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde restaurée. Les sauvegardes automatiques reprendront au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe changée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle clé de secours émise ; coffre rechiffré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de secours non confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La création de ce coffre s&apos;est interrompue avant que vous confirmiez avoir conservé sa clé de secours. Sans elle, le coffre serait perdu si la phrase de passe était oubliée ou le trousseau effacé.

Imprimez maintenant une nouvelle feuille de secours : une nouvelle clé est émise et l&apos;ancienne n&apos;ouvrira plus le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer une nouvelle feuille de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus &amp;tard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Retirer le consentement — dossier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le consentement donné le {0} ({1}) ne couvrira plus aucune transmission à partir de la date du retrait. Les envois déjà faits restent tracés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retiré le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (appel, courrier…) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel du praticien au service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer le consentement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Retrait du consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date du retrait :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date du retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif du retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le &amp;retrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche rechargée : elle montre la version actuelle, votre saisie a été abandonnée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>Axes nationaux (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les signalements de l&apos;année, un par ligne, sur les axes des observatoires nationaux : numéro de dossier, mois et champs codés seulement (ni nom, ni commune, ni texte libre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport annuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque axe des observatoires nationaux comparé à l&apos;année précédente, les mesures du protocole, les conseils, les alertes et la vidéoprotection ; les petits effectifs sont masqués.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produire le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année des faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearlyDocuments</name>
    <message>
        <source>Axes nationaux (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport annuel {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation du rapport annuel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export des axes nationaux…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Égide : erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération annulée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>Égide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Formulaire de consentement au pré-enregistrement 17</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saved</name>
    <message>
        <source>Enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
