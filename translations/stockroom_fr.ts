<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SyncWiring</name>
    <message>
        <source>resuming sync with %1 as %2</source>
        <translation>reprise de la synchronisation avec %1 en tant que %2</translation>
    </message>
    <message>
        <source>Not signed in to %1: connect again to resume syncing (File → Connect to Central IMS…).</source>
        <translation>Non connecté à %1 : reconnectez-vous pour reprendre la synchronisation (Fichier → Se connecter au système central…).</translation>
    </message>
    <message>
        <source>Sync stopped. Nothing recorded here is lost; use Sync now to carry on.</source>
        <translation>Synchronisation arrêtée. Rien de ce qui a été enregistré ici n’est perdu ; utilisez « Synchroniser maintenant » pour reprendre.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept for the next start: %1</source>
        <translation>Connecté, mais la connexion n’a pas pu être conservée pour le prochain démarrage : %1</translation>
    </message>
    <message>
        <source>signed in to %1 as %2 (%3)</source>
        <translation>connecté à %1 en tant que %2 (%3)</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message numerus="yes">
        <source>pushed %n change(s)</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message numerus="yes">
        <source>downloaded the inventory: %n page(s)</source>
        <translation>
            <numerusform>inventaire téléchargé : %n page</numerusform>
            <numerusform>inventaire téléchargé : %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>download interrupted; it starts again at the next sync</source>
        <translation>téléchargement interrompu ; il recommencera à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>hors ligne : %1</translation>
    </message>
    <message>
        <source>downloading the inventory from the central IMS…</source>
        <translation>téléchargement de l’inventaire depuis le système central…</translation>
    </message>
    <message>
        <source>Downloading the inventory: page %1 of %2</source>
        <translation>Téléchargement de l’inventaire : page %1 sur %2</translation>
    </message>
    <message>
        <source>Downloading the inventory: page %1</source>
        <translation>Téléchargement de l’inventaire : page %1</translation>
    </message>
    <message>
        <source>pulled changes up to #%1</source>
        <translation>modifications récupérées jusqu’à #%1</translation>
    </message>
    <message>
        <source>new SOP versions arrived</source>
        <translation>nouvelles versions de procédures reçues</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stockroom: the back-office for retail chains that sell in stores and online.</source>
        <translation>Stockroom : le back-office des enseignes qui vendent en magasin et en ligne.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system&apos;s.</source>
        <translation>Langue de l’interface (%1) ; par défaut : celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The local replica file (default: %1).</source>
        <translation>Le fichier de la réplique locale (par défaut : %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Write a PNG of the main window to this file and exit.</source>
        <translation>Écrire une image PNG de la fenêtre principale dans ce fichier et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>stockroom: --lang %1: no such translation; available: en, %2</source>
        <translation>stockroom : --lang %1 : traduction inconnue ; disponibles : en, %2</translation>
    </message>
    <message>
        <source>stockroom: cannot write the screenshot to %1</source>
        <translation>stockroom : impossible d’écrire la capture dans %1</translation>
    </message>
    <message>
        <source>The page to open (%1).</source>
        <translation>La page à ouvrir (%1).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>stockroom: --page %1: no such page; the pages are %2</source>
        <translation>stockroom : --page %1 : page inconnue ; pages disponibles : %2</translation>
    </message>
    <message>
        <source>Setting up the demo chain…</source>
        <translation>Mise en place de la chaîne de démonstration…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>the demo chain could not be set up: %1</source>
        <translation>la chaîne de démonstration n’a pas pu être mise en place : %1</translation>
    </message>
    <message>
        <source>the starter SOPs could not be set up: %1</source>
        <translation>les procédures de départ n’ont pas pu être mises en place : %1</translation>
    </message>
    <message>
        <source>The local replica cannot be opened.</source>
        <translation>La réplique locale ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Open or Create Replica</source>
        <translation>Ouvrir ou créer une réplique</translation>
    </message>
    <message>
        <source>Stockroom replica (*.sqlite)</source>
        <translation>Réplique Stockroom (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>stockroom::item::AvailabilityModel</name>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
</context>
<context>
    <name>stockroom::item::CountLineModel</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>Discrepancy raised</source>
        <translation>Écart ouvert</translation>
    </message>
    <message>
        <source>Waiting for its recount: scan it, or set it to 0 if none is there.</source>
        <translation>En attente de recomptage : scannez l’article, ou mettez 0 s’il n’y en a aucun.</translation>
    </message>
    <message>
        <source>Nobody counted it; the count assumes zero.</source>
        <translation>Personne ne l’a compté ; le comptage suppose zéro.</translation>
    </message>
    <message>
        <source>Recounted (blind)</source>
        <translation>Recompté (à l’aveugle)</translation>
    </message>
    <message>
        <source>Stock on hand by the ledger when the line was counted</source>
        <translation>Stock selon les mouvements au moment du comptage</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Dans la tolérance</translation>
    </message>
    <message>
        <source>Beyond tolerance</source>
        <translation>Hors tolérance</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Compté à</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>stockroom::item::CountSessionTableModel</name>
    <message>
        <source>Whole store</source>
        <translation>Tout le magasin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation>Inventaire tournant</translation>
    </message>
    <message>
        <source>List of SKUs</source>
        <translation>Liste de références</translation>
    </message>
    <message>
        <source>Audit sample</source>
        <translation>Échantillon d’audit</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>Emplacement %1</translation>
    </message>
    <message numerus="yes">
        <source>Cycle count, %n SKU(s)</source>
        <translation>
            <numerusform>Inventaire tournant, %n référence</numerusform>
            <numerusform>Inventaire tournant, %n références</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n référence</numerusform>
            <numerusform>%n références</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit sample, %n SKU(s)</source>
        <translation>
            <numerusform>Échantillon d’audit, %n référence</numerusform>
            <numerusform>Échantillon d’audit, %n références</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>À l’aveugle</translation>
    </message>
    <message>
        <source>Expected shown</source>
        <translation>Attendu affiché</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message numerus="yes">
        <source>Recount of %n line(s)</source>
        <translation>
            <numerusform>Recomptage de %n ligne</numerusform>
            <numerusform>Recomptage de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Counters: %1</source>
        <translation>Compteurs : %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>stockroom::item::DiscrepancyTableModel</name>
    <message>
        <source>Count variance</source>
        <translation>Écart d’inventaire</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>Stock négatif</translation>
    </message>
    <message>
        <source>Oversell</source>
        <translation>Survente</translation>
    </message>
    <message>
        <source>Rejected change</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>Replica mismatch</source>
        <translation>Réplique divergente</translation>
    </message>
    <message>
        <source>Transfer not received</source>
        <translation>Transfert non reçu</translation>
    </message>
    <message>
        <source>Staff report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Recount requested</source>
        <translation>Recomptage demandé</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Classé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Adjust to counted</source>
        <translation>Ajuster au comptage</translation>
    </message>
    <message>
        <source>Accept system quantity</source>
        <translation>Accepter la quantité système</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Passer en perte</translation>
    </message>
    <message>
        <source>Transfer correction</source>
        <translation>Correction de transfert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Priority set</source>
        <translation>Priorité définie</translation>
    </message>
    <message>
        <source>Damaged goods</source>
        <translation>Marchandise endommagée</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Article manquant</translation>
    </message>
    <message>
        <source>Mislabelled</source>
        <translation>Mal étiqueté</translation>
    </message>
    <message>
        <source>Other issue</source>
        <translation>Autre problème</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>responded in %1</source>
        <translation>traité en %1</translation>
    </message>
    <message>
        <source>responded late, after %1</source>
        <translation>traité en retard, après %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Open for %1; first response due within %2 of creation.</source>
        <translation>Ouvert depuis %1 ; première réponse attendue dans les %2 suivant la création.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) reported as affected</source>
        <translation>
            <numerusform>%n unité signalée comme touchée</numerusform>
            <numerusform>%n unités signalées comme touchées</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation>Âge / délai</translation>
    </message>
</context>
<context>
    <name>stockroom::item::DiscrepancyTimelineModel</name>
    <message>
        <source>It conflicted with an earlier event.</source>
        <translation>Il contredisait un événement antérieur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Expected %1, found %2</source>
        <translation>%1 attendu(s), %2 trouvé(s)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>%1 · reason: %2</source>
        <translation>%1 · motif : %2</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (non appliqué)</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>stockroom::item::InventoryTableModel</name>
    <message>
        <source>Never counted at this location</source>
        <translation>Jamais compté sur ce site</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation>Dernier comptage</translation>
    </message>
</context>
<context>
    <name>stockroom::item::KpiSeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
</context>
<context>
    <name>stockroom::item::MovementHistoryModel</name>
    <message>
        <source>Count</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfert entrant</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Reserve for online order</source>
        <translation>Réservation pour commande en ligne</translation>
    </message>
    <message>
        <source>Release reservation</source>
        <translation>Libération de réservation</translation>
    </message>
    <message>
        <source>Fulfil online order</source>
        <translation>Exécution de commande en ligne</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1, recorded on %2</source>
        <translation>%1, enregistré sur %2</translation>
    </message>
    <message>
        <source>%1, recorded on %2; not yet accepted by the central IMS</source>
        <translation>%1, enregistré sur %2 ; pas encore accepté par le système central</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>stockroom::item::SopListModel</name>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>À lire</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Extrait</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::ConnectDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connect to Central IMS</source>
        <translation>Connexion au système central</translation>
    </message>
    <message>
        <source>Sign in to the central inventory system. Your changes are kept on this computer and sent whenever the server can be reached.</source>
        <translation>Connectez-vous au système central de gestion des stocks. Vos modifications sont conservées sur cet ordinateur et envoyées dès que le serveur est joignable.</translation>
    </message>
    <message>
        <source>https://ims.example.com:8443</source>
        <translation>https://ims.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter the address of the central IMS, for example https://ims.example.com:8443.</source>
        <translation>Saisissez l’adresse du système central, par exemple https://ims.example.com:8443.</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://, for example https://ims.example.com:8443.</source>
        <translation>L’adresse du serveur doit commencer par https:// ou http://, par exemple https://ims.example.com:8443.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no server after %2://.</source>
        <translation>L’adresse du serveur « %1 » n’indique aucun serveur après %2://.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, &quot;?&quot; or &quot;#&quot;: enter the user and password below.</source>
        <translation>L’adresse du serveur ne doit contenir ni nom d’utilisateur, ni « ? », ni « # » : saisissez l’utilisateur et le mot de passe ci-dessous.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountCorrectionBar</name>
    <message>
        <source>Replace what was counted with this quantity.</source>
        <translation>Remplacer ce qui a été compté par cette quantité.</translation>
    </message>
    <message>
        <source>Co&amp;rrect the selected line to:</source>
        <translation>Co&amp;rriger la ligne sélectionnée à :</translation>
    </message>
    <message>
        <source>Co&amp;rrect %1 to:</source>
        <translation>Co&amp;rriger %1 à :</translation>
    </message>
    <message>
        <source>Set Count</source>
        <translation>Fixer la quantité</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountScanInput</name>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>The next scan counts %1 units; Esc cancels.</source>
        <translation>Le prochain scan compte %1 unités ; Échap annule.</translation>
    </message>
    <message>
        <source>Sc&amp;an:</source>
        <translation>Sc&amp;an :</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountSessionDialog</name>
    <message>
        <source>New Count</source>
        <translation>Nouveau comptage</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SKUs or barcodes, one per line</source>
        <translation>Références ou codes-barres, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Blind: counters do not see the expected quantities</source>
        <translation>À l’a&amp;veugle : les compteurs ne voient pas les quantités attendues</translation>
    </message>
    <message>
        <source> units</source>
        <translation> unités</translation>
    </message>
    <message>
        <source>and at most</source>
        <translation>et au plus</translation>
    </message>
    <message>
        <source>Leave their stock unchanged</source>
        <translation>Laisser leur stock inchangé</translation>
    </message>
    <message>
        <source>Assume zero (they are not there)</source>
        <translation>Supposer zéro (ils ne sont pas là)</translation>
    </message>
    <message>
        <source>User names, separated by commas</source>
        <translation>Noms d’utilisateur, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Compter :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>&amp;SKUs:</source>
        <translation>&amp;Références :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolérance :</translation>
    </message>
    <message>
        <source>&amp;Items not counted:</source>
        <translation>Articles &amp;non comptés :</translation>
    </message>
    <message>
        <source>C&amp;ounters:</source>
        <translation>C&amp;ompteurs :</translation>
    </message>
    <message>
        <source>&amp;Start Count</source>
        <translation>&amp;Démarrer le comptage</translation>
    </message>
    <message>
        <source>B&amp;in:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>The category to count</source>
        <translation>La catégorie à compter</translation>
    </message>
    <message>
        <source>The bin to count</source>
        <translation>L’emplacement à compter</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) due today by stock value (class A every %1 days, B every %2, C every %3).</source>
        <translation>
            <numerusform>%n référence à compter aujourd’hui selon la valeur du stock (classe A tous les %1 jours, B tous les %2, C tous les %3).</numerusform>
            <numerusform>%n références à compter aujourd’hui selon la valeur du stock (classe A tous les %1 jours, B tous les %2, C tous les %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the value tolerance as an amount such as %1.</source>
        <translation>Saisissez la tolérance en valeur sous forme de montant, par exemple %1.</translation>
    </message>
    <message>
        <source>The count could not be started.</source>
        <translation>Le comptage n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>in value (0: no limit on that side; both 0: exact)</source>
        <translation>en valeur (0 : pas de limite sur ce critère ; les deux à 0 : exact)</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountWorkflowBar</name>
    <message>
        <source>Start a count or choose one first.</source>
        <translation>Démarrez ou choisissez d’abord un comptage.</translation>
    </message>
    <message>
        <source>Only a reviewed count can send lines to a recount.</source>
        <translation>Seul un comptage examiné peut envoyer des lignes en recomptage.</translation>
    </message>
    <message>
        <source>Select the lines to recount (those marked Recount).</source>
        <translation>Sélectionnez les lignes à recompter (celles marquées « Recompter »).</translation>
    </message>
    <message>
        <source>Counting is done: hand the count in for review.</source>
        <translation>Le comptage est terminé : le remettre pour examen.</translation>
    </message>
    <message>
        <source>Measure every line against the stock on hand when it was counted.</source>
        <translation>Comparer chaque ligne au stock au moment où elle a été comptée.</translation>
    </message>
    <message>
        <source>Send the selected lines to a second, blind count; their first count no longer counts.</source>
        <translation>Envoyer les lignes sélectionnées à un second comptage à l’aveugle ; leur premier comptage ne compte plus.</translation>
    </message>
    <message>
        <source>Write the count movements; lines beyond tolerance become discrepancies.</source>
        <translation>Enregistrer les mouvements de comptage ; les lignes hors tolérance deviennent des écarts.</translation>
    </message>
    <message numerus="yes">
        <source>Submitted with %n line(s); review it next.</source>
        <translation>
            <numerusform>Remis avec %n ligne ; examinez-le ensuite.</numerusform>
            <numerusform>Remis avec %n lignes ; examinez-le ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown code(s) are kept for follow-up.</source>
        <translation>
            <numerusform>%n code inconnu est conservé pour suivi.</numerusform>
            <numerusform>%n codes inconnus sont conservés pour suivi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n line(s).</source>
        <translation>
            <numerusform>%n ligne examinée.</numerusform>
            <numerusform>%n lignes examinées.</numerusform>
        </translation>
    </message>
    <message>
        <source>All are within tolerance.</source>
        <translation>Toutes sont dans la tolérance.</translation>
    </message>
    <message numerus="yes">
        <source>%n beyond tolerance: recount them, or post to raise discrepancies.</source>
        <translation>
            <numerusform>%n hors tolérance : recomptez-la, ou comptabilisez pour ouvrir un écart.</numerusform>
            <numerusform>%n hors tolérance : recomptez-les, ou comptabilisez pour ouvrir des écarts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recount %1: count them again, blind; then submit.</source>
        <translation>Recomptage %1 : comptez à nouveau, à l’aveugle, puis remettez.</translation>
    </message>
    <message numerus="yes">
        <source>Posting writes %n count movement(s).</source>
        <translation>
            <numerusform>La comptabilisation enregistre %n mouvement de comptage.</numerusform>
            <numerusform>La comptabilisation enregistre %n mouvements de comptage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting writes %1 and raises %2 for the lines beyond tolerance, whose stock stays as it is until each is resolved.</source>
        <translation>La comptabilisation enregistre %1 et ouvre %2 pour les lignes hors tolérance, dont le stock reste inchangé jusqu’à la résolution de chacun.</translation>
    </message>
    <message numerus="yes">
        <source>%n count movement(s)</source>
        <translation>
            <numerusform>%n mouvement de comptage</numerusform>
            <numerusform>%n mouvements de comptage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n écart</numerusform>
            <numerusform>%n écarts</numerusform>
        </translation>
    </message>
    <message>
        <source>Post Count</source>
        <translation>Comptabiliser le comptage</translation>
    </message>
    <message>
        <source>Post this count at %1?</source>
        <translation>Comptabiliser ce comptage à %1 ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Comptabiliser</translation>
    </message>
    <message numerus="yes">
        <source>Posted: %n count movement(s)</source>
        <translation>
            <numerusform>Comptabilisé : %n mouvement de comptage</numerusform>
            <numerusform>Comptabilisé : %n mouvements de comptage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 raised</source>
        <translation>%1, %2 ouvert(s)</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Remettre</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>E&amp;xaminer</translation>
    </message>
    <message>
        <source>Request Re&amp;count</source>
        <translation>Demander un re&amp;comptage</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>Comp&amp;tabiliser…</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountingView</name>
    <message>
        <source>Start a count or choose one before scanning.</source>
        <translation>Démarrez ou choisissez un comptage avant de scanner.</translation>
    </message>
    <message>
        <source>(&quot;%1&quot;, typed before the scan, was ignored.)</source>
        <translation>(« %1 », saisi avant le scan, a été ignoré.)</translation>
    </message>
    <message>
        <source>Unknown code %1: kept for follow-up. Put the item aside.</source>
        <translation>Code inconnu %1 : conservé pour suivi. Mettez l’article de côté.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Select the line to correct.</source>
        <translation>Sélectionnez la ligne à corriger.</translation>
    </message>
    <message>
        <source>%1 corrected to %2.</source>
        <translation>%1 corrigé à %2.</translation>
    </message>
    <message>
        <source>%1 · %2 unit(s)</source>
        <translation>%1 · %2 unité(s)</translation>
    </message>
    <message numerus="yes">
        <source>%1: scanned %n time(s); nobody knows this code. Find the item and add its barcode to the catalogue, or count it under its SKU.</source>
        <translation>
            <numerusform>%1 : scanné %n fois ; personne ne connaît ce code. Trouvez l’article et ajoutez son code-barres au catalogue, ou comptez-le sous sa référence.</numerusform>
            <numerusform>%1 : scanné %n fois ; personne ne connaît ce code. Trouvez l’article et ajoutez son code-barres au catalogue, ou comptez-le sous sa référence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown codes (%n) — follow up</source>
        <translation>
            <numerusform>Codes inconnus (%n) — à suivre</numerusform>
            <numerusform>Codes inconnus (%n) — à suivre</numerusform>
        </translation>
    </message>
    <message>
        <source>No count chosen</source>
        <translation>Aucun comptage choisi</translation>
    </message>
    <message>
        <source>Start one with New Count, or choose one in the list above.</source>
        <translation>Démarrez-en un avec « Nouveau comptage », ou choisissez-en un dans la liste ci-dessus.</translation>
    </message>
    <message>
        <source>Start or choose a count first</source>
        <translation>Démarrez ou choisissez d’abord un comptage</translation>
    </message>
    <message>
        <source>%1 at %2 · %3</source>
        <translation>%1 à %2 · %3</translation>
    </message>
    <message>
        <source>Blind count</source>
        <translation>Comptage à l’aveugle</translation>
    </message>
    <message>
        <source>Expected quantities shown</source>
        <translation>Quantités attendues affichées</translation>
    </message>
    <message>
        <source>tolerance %1 units and %2</source>
        <translation>tolérance %1 unités et %2</translation>
    </message>
    <message>
        <source>items not counted: assumed zero</source>
        <translation>articles non comptés : zéro supposé</translation>
    </message>
    <message>
        <source>items not counted: left unchanged</source>
        <translation>articles non comptés : inchangés</translation>
    </message>
    <message>
        <source>counters: %1</source>
        <translation>compteurs : %1</translation>
    </message>
    <message>
        <source>recount (blind): %1</source>
        <translation>recomptage (à l’aveugle) : %1</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter; type 12* first to count twelve</source>
        <translation>Scannez un code-barres ou tapez une référence, puis Entrée ; tapez d’abord 12* pour en compter douze</translation>
    </message>
    <message>
        <source>Scan the lines being recounted: %1</source>
        <translation>Scannez les lignes en recomptage : %1</translation>
    </message>
    <message>
        <source>Submitted: review it; it takes no more scans</source>
        <translation>Remis : examinez-le ; il n’accepte plus de scans</translation>
    </message>
    <message>
        <source>Reviewed: request a recount of lines to count them again</source>
        <translation>Examiné : demandez un recomptage pour recompter des lignes</translation>
    </message>
    <message>
        <source>Posted: this count is closed</source>
        <translation>Comptabilisé : ce comptage est clos</translation>
    </message>
    <message>
        <source>Start or choose a count first.</source>
        <translation>Démarrez ou choisissez d’abord un comptage.</translation>
    </message>
    <message>
        <source>Only an open count takes corrections.</source>
        <translation>Seul un comptage ouvert accepte des corrections.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) counted</source>
        <translation>
            <numerusform>%n article compté</numerusform>
            <numerusform>%n articles comptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unknown code(s)</source>
        <translation>
            <numerusform>%1 · %n code inconnu</numerusform>
            <numerusform>%1 · %n codes inconnus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountsPage</name>
    <message>
        <source>Count started: scan the first item.</source>
        <translation>Comptage démarré : scannez le premier article.</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s)</source>
        <translation>
            <numerusform>%n comptage</numerusform>
            <numerusform>%n comptages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not posted</source>
        <translation>
            <numerusform> · %n non comptabilisé</numerusform>
            <numerusform> · %n non comptabilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Count…</source>
        <translation>&amp;Nouveau comptage…</translation>
    </message>
    <message>
        <source>Start a count of the store, a category, a bin or a list of SKUs (%1)</source>
        <translation>Démarrer un comptage du magasin, d’une catégorie, d’un emplacement ou d’une liste de références (%1)</translation>
    </message>
    <message>
        <source>New Count</source>
        <translation>Nouveau comptage</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CsvTransfer</name>
    <message>
        <source>products</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>opening levels</source>
        <translation>stocks initiaux</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>mouvements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import &amp;Products…</source>
        <translation>Importer les &amp;articles…</translation>
    </message>
    <message>
        <source>Import Opening &amp;Levels…</source>
        <translation>Importer les &amp;stocks initiaux…</translation>
    </message>
    <message>
        <source>Import &amp;Movements…</source>
        <translation>Importer les &amp;mouvements…</translation>
    </message>
    <message>
        <source>&amp;Export Levels…</source>
        <translation>&amp;Exporter les stocks…</translation>
    </message>
    <message>
        <source>Export M&amp;ovements…</source>
        <translation>Exp&amp;orter les mouvements…</translation>
    </message>
    <message>
        <source>Checking %1 in %2…</source>
        <translation>Vérification des %1 dans %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer les %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’import a été annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>%1 was not imported: it has errors, and nothing was changed. Correct the lines below and import the file again.</source>
        <translation>%1 n’a pas été importé : il contient des erreurs et rien n’a été modifié. Corrigez les lignes ci-dessous et importez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n line(s) of %1.</source>
        <translation>
            <numerusform>%n ligne importée (%1).</numerusform>
            <numerusform>%n lignes importées (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter les %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Import %1 from a CSV file</source>
        <translation>Importer les %1 depuis un fichier CSV</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepanciesPage</name>
    <message>
        <source>Say that you have seen it and are on it; this is the first response.</source>
        <translation>Indiquer que vous l’avez vu et que vous vous en occupez ; c’est la première réponse.</translation>
    </message>
    <message>
        <source>Hand it to a person or a role.</source>
        <translation>Le confier à une personne ou à un rôle.</translation>
    </message>
    <message>
        <source>Add a comment to the timeline.</source>
        <translation>Ajouter un commentaire à l’historique.</translation>
    </message>
    <message>
        <source>Ask for a second, blind count before deciding.</source>
        <translation>Demander un second comptage à l’aveugle avant de décider.</translation>
    </message>
    <message>
        <source>Close it with an action: adjust to the count, accept the system quantity, write off with a reason or correct a transfer.</source>
        <translation>Le clore par une action : ajuster au comptage, accepter la quantité système, passer en perte avec un motif ou corriger un transfert.</translation>
    </message>
    <message>
        <source>Close it without changing stock, saying why.</source>
        <translation>Le clore sans modifier le stock, en disant pourquoi.</translation>
    </message>
    <message>
        <source>Open a closed discrepancy again.</source>
        <translation>Rouvrir un écart clos.</translation>
    </message>
    <message>
        <source>Change how urgent it is.</source>
        <translation>Changer son urgence.</translation>
    </message>
    <message>
        <source>Select a discrepancy first.</source>
        <translation>Sélectionnez d’abord un écart.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>The current filters hide it now.</source>
        <translation>Les filtres actuels le masquent désormais.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancy(ies)</source>
        <translation>
            <numerusform>%Ln écart</numerusform>
            <numerusform>%Ln écarts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 discrepancies</source>
        <translation>%1 écarts sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln overdue</source>
        <translation>
            <numerusform>%1 · %Ln en retard</numerusform>
            <numerusform>%1 · %Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Commenter…</translation>
    </message>
    <message>
        <source>Request Recount</source>
        <translation>Demander un recomptage</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Classer…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Priorité…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepancyActionDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; à %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 à %3</translation>
    </message>
    <message>
        <source>Assign Discrepancy</source>
        <translation>Attribuer l’écart</translation>
    </message>
    <message>
        <source>A user name or a role</source>
        <translation>Un nom d’utilisateur ou un rôle</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Attribuer à :</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>Comment on Discrepancy</source>
        <translation>Commenter l’écart</translation>
    </message>
    <message>
        <source>What you found, asked or did</source>
        <translation>Ce que vous avez trouvé, demandé ou fait</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Add &amp;Comment</source>
        <translation>Ajouter le &amp;commentaire</translation>
    </message>
    <message>
        <source>Resolve Discrepancy</source>
        <translation>Résoudre l’écart</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Dismiss Discrepancy</source>
        <translation>Classer l’écart</translation>
    </message>
    <message>
        <source>Why this needs no action (required)</source>
        <translation>Pourquoi aucune action n’est nécessaire (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Classer</translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation>Définir la priorité</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Set Priority</source>
        <translation>&amp;Définir la priorité</translation>
    </message>
    <message>
        <source>Posts a count of %1 at the time it was counted; later sales stay on top.</source>
        <translation>Enregistre un comptage de %1 à l’heure du comptage ; les ventes ultérieures restent prises en compte.</translation>
    </message>
    <message>
        <source>Keeps the system quantity; posts nothing.</source>
        <translation>Garde la quantité système ; n’enregistre rien.</translation>
    </message>
    <message>
        <source>Posts an adjustment of %1 with the reason below.</source>
        <translation>Enregistre un ajustement de %1 avec le motif ci-dessous.</translation>
    </message>
    <message>
        <source>Posts a transfer in of %1.</source>
        <translation>Enregistre un transfert entrant de %1.</translation>
    </message>
    <message>
        <source>Posts a transfer out of %1.</source>
        <translation>Enregistre un transfert sortant de %1.</translation>
    </message>
    <message>
        <source>The action could not be stored.</source>
        <translation>L’action n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepancyDetailPanel</name>
    <message>
        <source>Select a discrepancy to see its details and timeline, and to work on it.</source>
        <translation>Sélectionnez un écart pour voir ses détails et son historique, et pour le traiter.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Chiffres :</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Première réponse :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 à %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3 at %4</source>
        <translation>%1 · %2 %3 à %4</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) affected · value %1</source>
        <translation>
            <numerusform>%n unité touchée · valeur %1</numerusform>
            <numerusform>%n unités touchées · valeur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected %1 · actual %2 · variance %3 · value %4</source>
        <translation>Attendu %1 · réel %2 · écart %3 · valeur %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 · reason: %2</source>
        <translation>%1 · motif : %2</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Classé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Historique (%n événement)</numerusform>
            <numerusform>Historique (%n événements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s), %1 not applied)</source>
        <translation>
            <numerusform>Historique (%n événement, %1 non appliqué)</numerusform>
            <numerusform>Historique (%n événements, %1 non appliqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procédures :</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepancyFilterBar</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search SKU (Ctrl+F)</source>
        <translation>Rechercher une réf. (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>Respo&amp;nsable :</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>Only discrepancies nobody has responded to within %1.</source>
        <translation>Seulement les écarts sans réponse dans un délai de %1.</translation>
    </message>
    <message>
        <source>Online &amp;first</source>
        <translation>En ligne en &amp;premier</translation>
    </message>
    <message>
        <source>Oversells and online-channel items at the top, whatever the sort.</source>
        <translation>Surventes et articles du canal en ligne en haut, quel que soit le tri.</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::InventoryPage</name>
    <message>
        <source>This replica has no locations yet. Set it up with stockroom-cli, or connect it to the central IMS.</source>
        <translation>Cette réplique n’a encore aucun site. Configurez-la avec stockroom-cli ou connectez-la au système central.</translation>
    </message>
    <message>
        <source>Unknown code “%1”: no product has this SKU or barcode. Check the label, or add the product to the catalogue.</source>
        <translation>Code « %1 » inconnu : aucun article n’a cette référence ni ce code-barres. Vérifiez l’étiquette ou ajoutez l’article au catalogue.</translation>
    </message>
    <message>
        <source>%1 is in the catalogue but could not be shown.</source>
        <translation>%1 figure au catalogue mais n’a pas pu être affiché.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Aucun article ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not kept on this desktop; its movements are recorded there.</source>
        <translation>Le stock de %1 n’est pas tenu sur ce poste ; ses mouvements sont enregistrés sur place.</translation>
    </message>
    <message>
        <source>Select a product first.</source>
        <translation>Sélectionnez d’abord un article.</translation>
    </message>
    <message>
        <source>Record a receipt, sale, count, adjustment or other movement of the selected product here.</source>
        <translation>Enregistrer ici une réception, une vente, un comptage, un ajustement ou un autre mouvement de l’article sélectionné.</translation>
    </message>
    <message>
        <source>%1 %2 recorded for %3.</source>
        <translation>Mouvement enregistré pour %3 : %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 sur %2 articles</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Search SKU, barcode, name or category — or scan a barcode</source>
        <translation>Rechercher une référence, un code-barres, une désignation ou une catégorie — ou scanner un code-barres</translation>
    </message>
    <message>
        <source>&amp;Record Movement…</source>
        <translation>&amp;Enregistrer un mouvement…</translation>
    </message>
    <message>
        <source>%1 is not kept on this desktop; report its issues there.</source>
        <translation>%1 n’est pas tenu sur ce poste ; signalez-y ses problèmes.</translation>
    </message>
    <message>
        <source>Report damaged goods, a missing item or a mislabelled product here; it goes to the discrepancy queue.</source>
        <translation>Signaler ici une marchandise endommagée, un article manquant ou un produit mal étiqueté ; le signalement rejoint la file des écarts.</translation>
    </message>
    <message>
        <source>Issue reported for %1; it is in the Discrepancies queue.</source>
        <translation>Problème signalé pour %1 ; il figure dans la file des écarts.</translation>
    </message>
    <message>
        <source>Report an &amp;Issue…</source>
        <translation>Signaler un &amp;problème…</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::KpiChartView</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export this chart as a PNG image</source>
        <translation>Exporter ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Données (CSV)…</translation>
    </message>
    <message>
        <source>Export the data behind this chart as CSV</source>
        <translation>Exporter les données de ce graphique en CSV</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::KpiTile</name>
    <message>
        <source>On target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Objectif manqué</translation>
    </message>
    <message>
        <source>No data to judge</source>
        <translation>Pas assez de données pour juger</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::KpisPage</name>
    <message>
        <source>Export dashboard (PDF)…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>This desktop (offline)</source>
        <translation>Ce poste (hors ligne)</translation>
    </message>
    <message>
        <source>Central IMS (chain-wide)</source>
        <translation>Système central (toute l’enseigne)</translation>
    </message>
    <message>
        <source>Store figures are computed from this desktop&apos;s replica and work offline; chain-wide figures come from the central IMS while this desktop is connected to it.</source>
        <translation>Les chiffres du magasin sont calculés à partir de la réplique de ce poste et sont disponibles hors ligne ; ceux de toute l’enseigne proviennent du système central tant que ce poste y est connecté.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Asking the central IMS for the figures…</source>
        <translation>Demande des chiffres au système central…</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Aucun chiffre : %1</translation>
    </message>
    <message>
        <source>all locations of this replica</source>
        <translation>tous les sites de cette réplique</translation>
    </message>
    <message>
        <source>Store figures for %1, computed offline from this desktop&apos;s replica (not chain-wide figures from central), as of %2; newest data from %3.</source>
        <translation>Chiffres du magasin pour %1, calculés hors ligne à partir de la réplique de ce poste (et non chiffres de toute l’enseigne issus du système central), état au %2 ; données les plus récentes : %3.</translation>
    </message>
    <message>
        <source>no day yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>Stockroom KPIs %1 – %2</source>
        <translation>Indicateurs Stockroom %1 – %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The central IMS could not give the figures (%1); showing this desktop&apos;s own.</source>
        <translation>Le système central n’a pas pu fournir les indicateurs (%1) ; ceux de ce poste sont affichés.</translation>
    </message>
    <message>
        <source>Chain-wide figures from the central IMS, as of %1.</source>
        <translation>Indicateurs de toute la chaîne fournis par le système central, au %1.</translation>
    </message>
    <message>
        <source>Figures of %1 from the central IMS, as of %2.</source>
        <translation>Indicateurs de %1 fournis par le système central, au %2.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::MainWindow</name>
    <message>
        <source>Products with on-hand, committed and available stock for the current location, their movements and availability at nearby stores. Open or create a replica to see its inventory here.</source>
        <translation>Les articles avec leur stock physique, réservé et disponible pour le site courant, leurs mouvements et leur disponibilité dans les magasins proches. Ouvrez ou créez une réplique pour voir son inventaire ici.</translation>
    </message>
    <message>
        <source>Count sessions: scan what is on the shelves, review the variance against the system and post the result.</source>
        <translation>Sessions de comptage : scanner ce qui est en rayon, examiner l’écart avec le système et valider le résultat.</translation>
    </message>
    <message>
        <source>One queue for every mismatch — count variances, negative stock, oversells, rejected changes — with response targets.</source>
        <translation>Une file pour chaque écart — écarts de comptage, stock négatif, survente, modifications refusées — avec des délais de réponse.</translation>
    </message>
    <message>
        <source>Standard operating procedures: read, acknowledge and train.</source>
        <translation>Procédures opérationnelles : lire, confirmer et former.</translation>
    </message>
    <message>
        <source>Inventory accuracy, discrepancy response time, stockouts, cart abandonment, checkout completion and NPS against their targets.</source>
        <translation>Exactitude des stocks, délai de réponse aux écarts, ruptures, abandons de panier, commandes finalisées et NPS face à leurs objectifs.</translation>
    </message>
    <message>
        <source>The monthly inventory audit: sample, blind count, findings and sign-off.</source>
        <translation>L’audit mensuel des stocks : échantillon, comptage à l’aveugle, constats et validation.</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Stockroom</source>
        <translation>À &amp;propos de Stockroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Stockroom</source>
        <translation>À propos de Stockroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;The back-office for retail chains that sell in stores and online: inventory, counts, discrepancies, SOPs, KPIs and audits, working offline and reconciling with the central IMS.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;Le back-office des enseignes qui vendent en magasin et en ligne : inventaire, comptages, écarts, procédures, indicateurs et audits, utilisable hors ligne et synchronisé avec le système central.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the download. Nothing recorded here is lost; the next sync starts it again.</source>
        <translation>Arrêter le téléchargement. Rien de ce qui a été enregistré ici n’est perdu ; la prochaine synchronisation le relancera.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>Clock off by %n minute(s)</source>
        <translation>
            <numerusform>Horloge décalée de %n minute</numerusform>
            <numerusform>Horloge décalée de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to Central IMS…</source>
        <translation>Se &amp;connecter au système central…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) to read and acknowledge</source>
        <translation>
            <numerusform>%n procédure à lire et à confirmer</numerusform>
            <numerusform>%n procédures à lire et à confirmer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::NavigationPane</name>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>SOPs</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::ProductDetailPanel</name>
    <message>
        <source>Select a product, or scan its barcode, to see its movements and what the other locations have.</source>
        <translation>Sélectionnez un article, ou scannez son code-barres, pour voir ses mouvements et le stock des autres sites.</translation>
    </message>
    <message>
        <source>Movements at %1</source>
        <translation>Mouvements à %1</translation>
    </message>
    <message>
        <source>Nearby stores</source>
        <translation>Magasins proches</translation>
    </message>
    <message>
        <source>SKU %1 · %2</source>
        <translation>Réf. %1 · %2</translation>
    </message>
    <message>
        <source>SKU %1 · %2 · bin %3</source>
        <translation>Réf. %1 · %2 · emplacement %3</translation>
    </message>
    <message>
        <source>No barcodes</source>
        <translation>Aucun code-barres</translation>
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation>Codes-barres : %1</translation>
    </message>
    <message>
        <source>Price %1 · unit cost %2</source>
        <translation>Prix %1 · coût unitaire %2</translation>
    </message>
    <message>
        <source>On hand %1 · committed %2 · available %3</source>
        <translation>En stock %1 · réservé %2 · disponible %3</translation>
    </message>
    <message>
        <source>Nearby stores: %1 available</source>
        <translation>Disponible dans les magasins proches : %1</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::RecordMovementDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Record Movement</source>
        <translation>Enregistrer un mouvement</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SKU %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Réf. %2 à %3</translation>
    </message>
    <message>
        <source>Now: on hand %1, committed %2, available %3</source>
        <translation>Actuellement : en stock %1, réservé %2, disponible %3</translation>
    </message>
    <message>
        <source>No stock recorded here yet.</source>
        <translation>Aucun stock enregistré ici pour l’instant.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>Order, transfer or delivery number</source>
        <translation>Numéro de commande, de transfert ou de livraison</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>&amp;Counted quantity:</source>
        <translation>&amp;Quantité comptée :</translation>
    </message>
    <message>
        <source>&amp;Change (+ or −):</source>
        <translation>&amp;Variation (+ ou −) :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::ReportIssueDialog</name>
    <message>
        <source>Report an Issue</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SKU %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Réf. %2 à %3</translation>
    </message>
    <message>
        <source>Units affected; 0 when the issue is not about a quantity (a wrong shelf label, say).</source>
        <translation>Unités touchées ; 0 si le problème ne porte pas sur une quantité (une mauvaise étiquette de rayon, par exemple).</translation>
    </message>
    <message>
        <source>What you saw, where, and anything the next person needs</source>
        <translation>Ce que vous avez vu, où, et ce dont la personne suivante a besoin</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Signaler</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Problème :</translation>
    </message>
    <message>
        <source>&amp;Units affected:</source>
        <translation>&amp;Unités touchées :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>The report could not be stored.</source>
        <translation>Le signalement n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopAckPanel</name>
    <message>
        <source>Choose an SOP to see who has read it.</source>
        <translation>Choisissez une procédure pour voir qui l’a lue.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Have read it (%1):</source>
        <translation>L’ont lue (%1) :</translation>
    </message>
    <message>
        <source>Not yet (%1):</source>
        <translation>Pas encore (%1) :</translation>
    </message>
    <message>
        <source>Asking the central IMS who has read it…</source>
        <translation>Demande au système central de qui l’a lue…</translation>
    </message>
    <message>
        <source>From the central IMS.</source>
        <translation>Selon le système central.</translation>
    </message>
    <message>
        <source>From the central IMS, as of %1.</source>
        <translation>Selon le système central, état au %1.</translation>
    </message>
    <message>
        <source>The central IMS could not answer (%1); showing the acknowledgements this desktop knows.</source>
        <translation>Le système central n’a pas pu répondre (%1) ; affichage des confirmations de lecture connues de ce poste.</translation>
    </message>
    <message>
        <source>Offline: showing the acknowledgements this desktop knows.</source>
        <translation>Hors ligne : affichage des confirmations de lecture connues de ce poste.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lue le</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Who has not read it yet is known only to the central IMS: connect to see that list. Acknowledgements made on other desktops appear here after a sync.</source>
        <translation>Seul le système central sait qui ne l’a pas encore lue : connectez-vous pour voir cette liste. Les confirmations de lecture faites sur d’autres postes apparaissent ici après une synchronisation.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopDiffView</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged line(s) …</source>
        <translation>
            <numerusform>… %n ligne inchangée …</numerusform>
            <numerusform>… %n lignes inchangées …</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an SOP in the list to see its versions.</source>
        <translation>Choisissez une procédure dans la liste pour voir ses versions.</translation>
    </message>
    <message>
        <source>There is only version %1 of this SOP; nothing to compare yet.</source>
        <translation>Cette procédure n’existe qu’en version %1 ; rien à comparer pour l’instant.</translation>
    </message>
    <message>
        <source>Choose two different versions to see what changed.</source>
        <translation>Choisissez deux versions différentes pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>From version %1 to version %2: %3 added, %4 removed.</source>
        <translation>De la version %1 à la version %2 : ajout de %3, suppression de %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The title changed from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Le titre est passé de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same text.</source>
        <translation>Les versions %1 et %2 ont le même texte.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>Read This Version</source>
        <translation>Lire cette version</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopReaderView</name>
    <message>
        <source>Choose an SOP in the list to read it.</source>
        <translation>Choisissez une procédure dans la liste pour la lire.</translation>
    </message>
    <message>
        <source>I Have Read This Version</source>
        <translation>J’ai lu cette version</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publiée le %1</translation>
    </message>
    <message>
        <source>for everyone</source>
        <translation>pour tous</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>mots-clés : %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; (version %2) to the printer.</source>
        <translation>Impression de « %1 » (version %2) lancée.</translation>
    </message>
    <message>
        <source>There is no SOP to export.</source>
        <translation>Aucune procédure à exporter.</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>Exporter %1 en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Walk Through…</source>
        <translation>Pas à pas…</translation>
    </message>
    <message>
        <source>Teach this SOP one step at a time and record the training session.</source>
        <translation>Enseigner cette procédure étape par étape et enregistrer la session de formation.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopStatisticsView</name>
    <message>
        <source>No discrepancy queue is open on this desktop.</source>
        <translation>Aucune file des écarts n’est ouverte sur ce poste.</translation>
    </message>
    <message>
        <source>Version %1; double-click to read it.</source>
        <translation>Version %1 ; double-cliquez pour la lire.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No discrepancy since %1 is governed by an SOP.</source>
        <translation>Depuis le %1, aucun écart ne relève d’une procédure.</translation>
    </message>
    <message>
        <source>SOPs by the discrepancies they govern that were raised since %1; the ones at the top are where training helps most.</source>
        <translation>Procédures classées selon les écarts ouverts depuis le %1 qui en relèvent ; c’est sur celles du haut que la formation est la plus utile.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopWalkthroughDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Record Training Session</source>
        <translation>&amp;Enregistrer la session de formation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Walkthrough: %1 (version %2)</source>
        <translation>Pas à pas : %1 (version %2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Notes on this step:</source>
        <translation>Notes sur cette étape :</translation>
    </message>
    <message>
        <source>Record the training session</source>
        <translation>Enregistrer la session de formation</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>%1 (recorded when you click Record)</source>
        <translation>%1 (date enregistrée quand vous cliquez sur « Enregistrer »)</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Acquis</translation>
    </message>
    <message>
        <source>Needs pr&amp;actice</source>
        <translation>À &amp;revoir</translation>
    </message>
    <message>
        <source>SOP:</source>
        <translation>Procédure :</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Formateur :</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Part&amp;icipants :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <source>&amp;Finish Steps &gt;</source>
        <translation>&amp;Terminer les étapes &gt;</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Étape %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 of %2 checklist items ticked.</source>
        <translation>Points de la liste cochés : %1 sur %2.</translation>
    </message>
    <message>
        <source>Not ticked: %1.</source>
        <translation>Non cochés : %1.</translation>
    </message>
    <message>
        <source>Name at least one attendee (separate several names with commas).</source>
        <translation>Indiquez au moins un participant (séparez plusieurs noms par des virgules).</translation>
    </message>
    <message>
        <source>Choose the outcome: passed or needs practice.</source>
        <translation>Choisissez le résultat : acquis ou à revoir.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopsPage</name>
    <message>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>No SOP matches &quot;%1&quot;.</source>
        <translation>Aucune procédure ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n SOP(s) to read&lt;/b&gt; — please read and acknowledge:</source>
        <translation>
            <numerusform>&lt;b&gt;%n procédure à lire&lt;/b&gt; — veuillez la lire et la confirmer :</numerusform>
            <numerusform>&lt;b&gt;%n procédures à lire&lt;/b&gt; — veuillez les lire et les confirmer :</numerusform>
        </translation>
    </message>
    <message>
        <source>I Have Read This Version</source>
        <translation>J’ai lu cette version</translation>
    </message>
    <message>
        <source>This is version %1; only the latest version (%2) can be acknowledged.</source>
        <translation>Ceci est la version %1 ; seule la dernière version (%2) peut être confirmée.</translation>
    </message>
    <message>
        <source>Already Read</source>
        <translation>Déjà lue</translation>
    </message>
    <message>
        <source>You acknowledged version %1 on %2.</source>
        <translation>Vous avez confirmé la lecture de la version %1 le %2.</translation>
    </message>
    <message>
        <source>You have not acknowledged this version yet.</source>
        <translation>Vous n’avez pas encore confirmé la lecture de cette version.</translation>
    </message>
    <message>
        <source>You acknowledged &quot;%1&quot;, version %2.</source>
        <translation>Vous avez confirmé la lecture de « %1 », version %2.</translation>
    </message>
    <message>
        <source>Training session on &quot;%1&quot; recorded.</source>
        <translation>Session de formation sur « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Mot-clé :</translation>
    </message>
    <message>
        <source>Search the SOPs (Ctrl+F)</source>
        <translation>Rechercher dans les procédures (Ctrl+F)</translation>
    </message>
    <message>
        <source>Read the First</source>
        <translation>Lire la première</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Who Has Read It</source>
        <translation>Qui l’a lue</translation>
    </message>
    <message>
        <source>Training Needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SyncPanel</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Synchroniser mai&amp;ntenant</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Connecté :</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>En attente :</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation :</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur :</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Horloge :</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n fois)</numerusform>
            <numerusform>(%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Responsable de magasin</translation>
    </message>
    <message>
        <source>Ecommerce staff</source>
        <translation>Employé e-commerce</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>tous les sites</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s; correct it, or changes near a count will be flagged for review.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur retarde de %n minute sur celle du serveur ; corrigez-la, sinon les modifications proches d’un comptage seront signalées pour examen.</numerusform>
            <numerusform>L’horloge de cet ordinateur retarde de %n minutes sur celle du serveur ; corrigez-la, sinon les modifications proches d’un comptage seront signalées pour examen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s; correct it, or changes near a count will be flagged for review.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur avance de %n minute sur celle du serveur ; corrigez-la, sinon les modifications proches d’un comptage seront signalées pour examen.</numerusform>
            <numerusform>L’horloge de cet ordinateur avance de %n minutes sur celle du serveur ; corrigez-la, sinon les modifications proches d’un comptage seront signalées pour examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: this replica works on its own</source>
        <translation>Non connecté : cette réplique fonctionne de manière autonome</translation>
    </message>
    <message>
        <source>Offline: the server does not answer; retrying</source>
        <translation>Hors ligne : le serveur ne répond pas ; nouvelle tentative en cours</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>%1 (%2) at %3, %4</source>
        <translation>%1 (%2) sur %3, %4</translation>
    </message>
    <message>
        <source>no changes waiting to be sent</source>
        <translation>aucune modification en attente d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Connect to the central IMS first.</source>
        <translation>Connectez-vous d’abord au système central.</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Se reconnec&amp;ter…</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SyncStatusLabel</name>
    <message>
        <source>Offline — not connected</source>
        <translation>Hors ligne — non connecté</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>Hors ligne — nouvelle tentative</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
</context>
</TS>
