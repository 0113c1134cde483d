<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Stockroom: the back-office for retail chains that sell in stores and online.</source>
        <translation>Stockroom: das Backoffice für Handelsketten, die in Filialen und online verkaufen.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (%1); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>The local replica file (default: %1).</source>
        <translation>Die Datei des lokalen Replikats (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Write a PNG of the main window to this file and exit.</source>
        <translation>Ein PNG des Hauptfensters in diese Datei schreiben und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>stockroom: --lang %1: no such translation; available: en, %2</source>
        <translation>stockroom: --lang %1: keine solche Übersetzung; verfügbar: en, %2</translation>
    </message>
    <message>
        <source>stockroom: cannot write the screenshot to %1</source>
        <translation>stockroom: Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>stockroom::item::AvailabilityModel</name>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
</context>
<context>
    <name>stockroom::item::InventoryTableModel</name>
    <message>
        <source>Never counted at this location</source>
        <translation>An diesem Standort noch nie gezählt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Warengruppe</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation>Zuletzt gezählt</translation>
    </message>
</context>
<context>
    <name>stockroom::item::MovementHistoryModel</name>
    <message>
        <source>Count</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Kundenretoure</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Umlagerung (Eingang)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Umlagerung (Ausgang)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Bestandskorrektur</translation>
    </message>
    <message>
        <source>Reserve for online order</source>
        <translation>Reservierung für Onlinebestellung</translation>
    </message>
    <message>
        <source>Release reservation</source>
        <translation>Freigabe der Reservierung</translation>
    </message>
    <message>
        <source>Fulfil online order</source>
        <translation>Auslieferung der Onlinebestellung</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>%1, recorded on %2</source>
        <translation>%1, erfasst auf %2</translation>
    </message>
    <message>
        <source>%1, recorded on %2; not yet accepted by the central IMS</source>
        <translation>%1, erfasst auf %2; vom zentralen Warenwirtschaftssystem noch nicht bestätigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CsvTransfer</name>
    <message>
        <source>products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>opening levels</source>
        <translation>Anfangsbestände</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import &amp;Products…</source>
        <translation>&amp;Artikel importieren…</translation>
    </message>
    <message>
        <source>Import Opening &amp;Levels…</source>
        <translation>A&amp;nfangsbestände importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Movements…</source>
        <translation>Be&amp;wegungen importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Levels…</source>
        <translation>Bestände &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export M&amp;ovements…</source>
        <translation>Bewegungen ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Checking %1 in %2…</source>
        <translation>%1 in %2 werden geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <source>%1 was not imported: it has errors, and nothing was changed. Correct the lines below and import the file again.</source>
        <translation>%1 wurde nicht importiert: Die Datei enthält Fehler, und es wurde nichts geändert. Korrigieren Sie die unten aufgeführten Zeilen und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n line(s) of %1.</source>
        <translation>
            <numerusform>%1: %n Zeile importiert.</numerusform>
            <numerusform>%1: %n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::InventoryPage</name>
    <message>
        <source>This replica has no locations yet. Set it up with stockroom-cli, or connect it to the central IMS.</source>
        <translation>Dieses Replikat hat noch keine Standorte. Richten Sie es mit stockroom-cli ein oder verbinden Sie es mit dem zentralen Warenwirtschaftssystem.</translation>
    </message>
    <message>
        <source>Unknown code “%1”: no product has this SKU or barcode. Check the label, or add the product to the catalogue.</source>
        <translation>Unbekannter Code „%1“: Kein Artikel hat diese Artikelnummer oder diesen Barcode. Prüfen Sie das Etikett oder legen Sie den Artikel im Artikelstamm an.</translation>
    </message>
    <message>
        <source>%1 is in the catalogue but could not be shown.</source>
        <translation>%1 ist im Artikelstamm vorhanden, konnte aber nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Kein Artikel passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 is not kept on this desktop; its movements are recorded there.</source>
        <translation>Der Bestand von %1 wird nicht an diesem Arbeitsplatz geführt; Bewegungen werden dort gebucht.</translation>
    </message>
    <message>
        <source>Select a product first.</source>
        <translation>Wählen Sie zuerst einen Artikel aus.</translation>
    </message>
    <message>
        <source>Record a receipt, sale, count, adjustment or other movement of the selected product here.</source>
        <translation>Hier einen Wareneingang, Verkauf, eine Zählung, Bestandskorrektur oder eine andere Bewegung des ausgewählten Artikels buchen.</translation>
    </message>
    <message>
        <source>%1 %2 recorded for %3.</source>
        <translation>%1 %2 für %3 gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Search SKU, barcode, name or category — or scan a barcode</source>
        <translation>Artikelnummer, Barcode, Bezeichnung oder Warengruppe suchen — oder Barcode scannen</translation>
    </message>
    <message>
        <source>&amp;Record Movement…</source>
        <translation>Bewegung &amp;buchen…</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::MainWindow</name>
    <message>
        <source>Products with on-hand, committed and available stock for the current location, their movements and availability at nearby stores. Open or create a replica to see its inventory here.</source>
        <translation>Artikel mit Lager-, reserviertem und verfügbarem Bestand am aktuellen Standort, ihre Bewegungen und die Verfügbarkeit in Filialen in der Nähe. Öffnen oder erstellen Sie ein Replikat, um seinen Bestand hier zu sehen.</translation>
    </message>
    <message>
        <source>Count sessions: scan what is on the shelves, review the variance against the system and post the result.</source>
        <translation>Zählungen: erfassen, was in den Regalen steht, die Abweichung zum System prüfen und das Ergebnis buchen.</translation>
    </message>
    <message>
        <source>One queue for every mismatch — count variances, negative stock, oversells, rejected changes — with response targets.</source>
        <translation>Eine Warteschlange für jede Abweichung — Zähldifferenzen, negativer Bestand, Überverkäufe, abgelehnte Änderungen — mit Reaktionszielen.</translation>
    </message>
    <message>
        <source>Standard operating procedures: read, acknowledge and train.</source>
        <translation>Standardarbeitsanweisungen: lesen, bestätigen und schulen.</translation>
    </message>
    <message>
        <source>Inventory accuracy, discrepancy response time, stockouts, cart abandonment, checkout completion and NPS against their targets.</source>
        <translation>Bestandsgenauigkeit, Reaktionszeit auf Abweichungen, Fehlbestände, Warenkorbabbrüche, abgeschlossene Bestellungen und NPS im Vergleich zu ihren Zielen.</translation>
    </message>
    <message>
        <source>The monthly inventory audit: sample, blind count, findings and sign-off.</source>
        <translation>Die monatliche Inventurprüfung: Stichprobe, Blindzählung, Feststellungen und Abnahme.</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Stockroom</source>
        <translation>Ü&amp;ber Stockroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Stockroom</source>
        <translation>Über Stockroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;The back-office for retail chains that sell in stores and online: inventory, counts, discrepancies, SOPs, KPIs and audits, working offline and reconciling with the central IMS.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;Das Backoffice für Handelsketten, die in Filialen und online verkaufen: Bestand, Zählungen, Abweichungen, Arbeitsanweisungen, Kennzahlen und Prüfungen — offline nutzbar und abgeglichen mit dem zentralen Warenwirtschaftssystem.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::NavigationPane</name>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>SOPs</source>
        <translation>Arbeitsanweisungen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::ProductDetailPanel</name>
    <message>
        <source>Select a product, or scan its barcode, to see its movements and what the other locations have.</source>
        <translation>Wählen Sie einen Artikel aus oder scannen Sie seinen Barcode, um seine Bewegungen und die Bestände der anderen Standorte zu sehen.</translation>
    </message>
    <message>
        <source>Movements at %1</source>
        <translation>Bewegungen in %1</translation>
    </message>
    <message>
        <source>Nearby stores</source>
        <translation>Filialen in der Nähe</translation>
    </message>
    <message>
        <source>SKU %1 · %2</source>
        <translation>Artikelnr. %1 · %2</translation>
    </message>
    <message>
        <source>SKU %1 · %2 · bin %3</source>
        <translation>Artikelnr. %1 · %2 · Lagerplatz %3</translation>
    </message>
    <message>
        <source>No barcodes</source>
        <translation>Keine Barcodes</translation>
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation>Barcodes: %1</translation>
    </message>
    <message>
        <source>Price %1 · unit cost %2</source>
        <translation>Preis %1 · Einstandspreis %2</translation>
    </message>
    <message>
        <source>On hand %1 · committed %2 · available %3</source>
        <translation>Bestand %1 · reserviert %2 · verfügbar %3</translation>
    </message>
    <message>
        <source>Nearby stores: %1 available</source>
        <translation>Filialen in der Nähe: %1 verfügbar</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::RecordMovementDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Record Movement</source>
        <translation>Bewegung buchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SKU %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Artikelnr. %2 in %3</translation>
    </message>
    <message>
        <source>Now: on hand %1, committed %2, available %3</source>
        <translation>Aktuell: Bestand %1, reserviert %2, verfügbar %3</translation>
    </message>
    <message>
        <source>No stock recorded here yet.</source>
        <translation>Hier ist noch kein Bestand erfasst.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund auswählen…</translation>
    </message>
    <message>
        <source>Order, transfer or delivery number</source>
        <translation>Bestell-, Umlagerungs- oder Lieferscheinnummer</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>B&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>&amp;Counted quantity:</source>
        <translation>Gezählte &amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Change (+ or −):</source>
        <translation>&amp;Änderung (+ oder −):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SyncStatusLabel</name>
    <message>
        <source>Offline — not connected</source>
        <translation>Offline — nicht verbunden</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>Offline — neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n Änderung ausstehend</numerusform>
            <numerusform>%n Änderungen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzter Abgleich %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
</TS>
