<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>The local replica cannot be opened.</source>
        <translation>Impossible d’ouvrir la réplique locale.</translation>
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
    <message>
        <source>Stockroom: the back-office for retail chains that sell in stores and online.</source>
        <translation>Stockroom : le back-office des enseignes qui vendent en magasin et en ligne.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system's.</source>
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
        <translation><numerusform>%n modification en attente</numerusform><numerusform>%n modifications en attente</numerusform></translation>
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
