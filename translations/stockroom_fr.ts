<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
