<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SyncWiring</name>
    <message>
        <source>resuming sync with %1 as %2</source>
        <translation>Abgleich mit %1 als %2 wird fortgesetzt</translation>
    </message>
    <message>
        <source>Not signed in to %1: connect again to resume syncing (File → Connect to Central IMS…).</source>
        <translation>Nicht bei %1 angemeldet: Verbinden Sie sich erneut, um den Abgleich fortzusetzen (Datei → Mit dem zentralen Warenwirtschaftssystem verbinden…).</translation>
    </message>
    <message>
        <source>Sync stopped. Nothing recorded here is lost; use Sync now to carry on.</source>
        <translation>Abgleich angehalten. Nichts, was hier erfasst wurde, geht verloren; mit „Jetzt abgleichen“ geht es weiter.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept for the next start: %1</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht für den nächsten Start gespeichert werden: %1</translation>
    </message>
    <message>
        <source>signed in to %1 as %2 (%3)</source>
        <translation>bei %1 als %2 (%3) angemeldet</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>pushed %n change(s)</source>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message numerus="yes">
        <source>downloaded the inventory: %n page(s)</source>
        <translation>
            <numerusform>Bestand heruntergeladen: %n Seite</numerusform>
            <numerusform>Bestand heruntergeladen: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>download interrupted; it starts again at the next sync</source>
        <translation>Download unterbrochen; er beginnt beim nächsten Abgleich von vorn</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>downloading the inventory from the central IMS…</source>
        <translation>Bestand wird vom zentralen Warenwirtschaftssystem heruntergeladen…</translation>
    </message>
    <message>
        <source>Downloading the inventory: page %1 of %2</source>
        <translation>Bestand wird heruntergeladen: Seite %1 von %2</translation>
    </message>
    <message>
        <source>Downloading the inventory: page %1</source>
        <translation>Bestand wird heruntergeladen: Seite %1</translation>
    </message>
    <message>
        <source>pulled changes up to #%1</source>
        <translation>Änderungen bis #%1 abgerufen</translation>
    </message>
    <message>
        <source>new SOP versions arrived</source>
        <translation>neue Versionen von Arbeitsanweisungen eingegangen</translation>
    </message>
</context>
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
    <message>
        <source>The page to open (%1).</source>
        <translation>Die zu öffnende Seite (%1).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>stockroom: --page %1: no such page; the pages are %2</source>
        <translation>stockroom: --page %1: keine solche Seite; vorhandene Seiten: %2</translation>
    </message>
    <message>
        <source>Setting up the demo chain…</source>
        <translation>Die Demo-Kette wird eingerichtet…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>the demo chain could not be set up: %1</source>
        <translation>die Demo-Kette konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>the starter SOPs could not be set up: %1</source>
        <translation>die Start-Arbeitsanweisungen konnten nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The local replica cannot be opened.</source>
        <translation>Das lokale Replikat kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Open or Create Replica</source>
        <translation>Replikat öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Stockroom replica (*.sqlite)</source>
        <translation>Stockroom-Replikat (*.sqlite)</translation>
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
    <name>stockroom::item::CountLineModel</name>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Nachzählen</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>Discrepancy raised</source>
        <translation>Abweichung angelegt</translation>
    </message>
    <message>
        <source>Waiting for its recount: scan it, or set it to 0 if none is there.</source>
        <translation>Wartet auf die Nachzählung: scannen Sie den Artikel, oder setzen Sie 0, wenn keiner da ist.</translation>
    </message>
    <message>
        <source>Nobody counted it; the count assumes zero.</source>
        <translation>Niemand hat ihn gezählt; die Zählung nimmt null an.</translation>
    </message>
    <message>
        <source>Recounted (blind)</source>
        <translation>Nachgezählt (blind)</translation>
    </message>
    <message>
        <source>Stock on hand by the ledger when the line was counted</source>
        <translation>Bestand laut Buchungen zum Zeitpunkt der Zählung</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Beyond tolerance</source>
        <translation>Außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Gezählt um</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>stockroom::item::CountSessionTableModel</name>
    <message>
        <source>Whole store</source>
        <translation>Ganze Filiale</translation>
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
        <source>Cycle count</source>
        <translation>Rollierende Inventur</translation>
    </message>
    <message>
        <source>List of SKUs</source>
        <translation>Liste von Artikelnummern</translation>
    </message>
    <message>
        <source>Audit sample</source>
        <translation>Prüfstichprobe</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Warengruppe %1</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
    <message numerus="yes">
        <source>Cycle count, %n SKU(s)</source>
        <translation>
            <numerusform>Rollierende Inventur, %n Artikel</numerusform>
            <numerusform>Rollierende Inventur, %n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit sample, %n SKU(s)</source>
        <translation>
            <numerusform>Prüfstichprobe, %n Artikel</numerusform>
            <numerusform>Prüfstichprobe, %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Expected shown</source>
        <translation>Mit Sollbestand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message numerus="yes">
        <source>Recount of %n line(s)</source>
        <translation>
            <numerusform>Nachzählung von %n Position</numerusform>
            <numerusform>Nachzählung von %n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Counters: %1</source>
        <translation>Zähler: %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
</context>
<context>
    <name>stockroom::item::DiscrepancyTableModel</name>
    <message>
        <source>Count variance</source>
        <translation>Zähldifferenz</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>Negativer Bestand</translation>
    </message>
    <message>
        <source>Oversell</source>
        <translation>Überverkauf</translation>
    </message>
    <message>
        <source>Rejected change</source>
        <translation>Abgelehnte Änderung</translation>
    </message>
    <message>
        <source>Replica mismatch</source>
        <translation>Replikat weicht ab</translation>
    </message>
    <message>
        <source>Transfer not received</source>
        <translation>Umlagerung nicht eingegangen</translation>
    </message>
    <message>
        <source>Staff report</source>
        <translation>Mitarbeitermeldung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Recount requested</source>
        <translation>Nachzählung angefordert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Adjust to counted</source>
        <translation>Auf Zählung korrigieren</translation>
    </message>
    <message>
        <source>Accept system quantity</source>
        <translation>Systembestand übernehmen</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <source>Transfer correction</source>
        <translation>Umlagerungskorrektur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Priority set</source>
        <translation>Priorität gesetzt</translation>
    </message>
    <message>
        <source>Damaged goods</source>
        <translation>Beschädigte Ware</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Fehlender Artikel</translation>
    </message>
    <message>
        <source>Mislabelled</source>
        <translation>Falsch etikettiert</translation>
    </message>
    <message>
        <source>Other issue</source>
        <translation>Sonstiges Problem</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>responded in %1</source>
        <translation>beantwortet nach %1</translation>
    </message>
    <message>
        <source>responded late, after %1</source>
        <translation>zu spät beantwortet, nach %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Open for %1; first response due within %2 of creation.</source>
        <translation>Seit %1 offen; erste Reaktion fällig innerhalb von %2 nach Anlage.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) reported as affected</source>
        <translation>
            <numerusform>%n Einheit als betroffen gemeldet</numerusform>
            <numerusform>%n Einheiten als betroffen gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation>Alter / Frist</translation>
    </message>
</context>
<context>
    <name>stockroom::item::DiscrepancyTimelineModel</name>
    <message>
        <source>It conflicted with an earlier event.</source>
        <translation>Es widersprach einem früheren Ereignis.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expected %1, found %2</source>
        <translation>Erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>%1 · reason: %2</source>
        <translation>%1 · Grund: %2</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (nicht wirksam)</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht wirksam: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
    <name>stockroom::item::KpiSeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
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
    <name>stockroom::item::SopListModel</name>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>Zu lesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::ConnectDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect to Central IMS</source>
        <translation>Mit dem zentralen Warenwirtschaftssystem verbinden</translation>
    </message>
    <message>
        <source>Sign in to the central inventory system. Your changes are kept on this computer and sent whenever the server can be reached.</source>
        <translation>Melden Sie sich beim zentralen Warenwirtschaftssystem an. Ihre Änderungen bleiben auf diesem Rechner gespeichert und werden gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>https://ims.example.com:8443</source>
        <translation>https://ims.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the address of the central IMS, for example https://ims.example.com:8443.</source>
        <translation>Geben Sie die Adresse des zentralen Warenwirtschaftssystems ein, zum Beispiel https://ims.example.com:8443.</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://, for example https://ims.example.com:8443.</source>
        <translation>Die Serveradresse muss mit https:// oder http:// beginnen, zum Beispiel https://ims.example.com:8443.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no server after %2://.</source>
        <translation>Die Serveradresse „%1“ enthält nach %2:// keinen Servernamen.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, &quot;?&quot; or &quot;#&quot;: enter the user and password below.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen, kein „?“ und kein „#“ enthalten: Geben Sie Benutzer und Passwort unten ein.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountCorrectionBar</name>
    <message>
        <source>Replace what was counted with this quantity.</source>
        <translation>Das Gezählte durch diese Menge ersetzen.</translation>
    </message>
    <message>
        <source>Co&amp;rrect the selected line to:</source>
        <translation>Gewählte Position &amp;korrigieren auf:</translation>
    </message>
    <message>
        <source>Co&amp;rrect %1 to:</source>
        <translation>%1 &amp;korrigieren auf:</translation>
    </message>
    <message>
        <source>Set Count</source>
        <translation>Menge setzen</translation>
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
        <translation>Der nächste Scan zählt %1 Stück; Esc bricht ab.</translation>
    </message>
    <message>
        <source>Sc&amp;an:</source>
        <translation>Sc&amp;an:</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountSessionDialog</name>
    <message>
        <source>New Count</source>
        <translation>Neue Zählung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SKUs or barcodes, one per line</source>
        <translation>Artikelnummern oder Barcodes, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Blind: counters do not see the expected quantities</source>
        <translation>&amp;Blind: Zähler sehen die erwarteten Mengen nicht</translation>
    </message>
    <message>
        <source> units</source>
        <translation> Stück</translation>
    </message>
    <message>
        <source>and at most</source>
        <translation>und höchstens</translation>
    </message>
    <message>
        <source>Leave their stock unchanged</source>
        <translation>Bestand unverändert lassen</translation>
    </message>
    <message>
        <source>Assume zero (they are not there)</source>
        <translation>Null annehmen (sie sind nicht da)</translation>
    </message>
    <message>
        <source>User names, separated by commas</source>
        <translation>Benutzernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Zählen:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Warengruppe:</translation>
    </message>
    <message>
        <source>&amp;SKUs:</source>
        <translation>&amp;Artikelnummern:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>&amp;Items not counted:</source>
        <translation>&amp;Nicht gezählte Artikel:</translation>
    </message>
    <message>
        <source>C&amp;ounters:</source>
        <translation>Zä&amp;hler:</translation>
    </message>
    <message>
        <source>&amp;Start Count</source>
        <translation>Zählung &amp;starten</translation>
    </message>
    <message>
        <source>B&amp;in:</source>
        <translation>&amp;Lagerplatz:</translation>
    </message>
    <message>
        <source>The category to count</source>
        <translation>Die zu zählende Warengruppe</translation>
    </message>
    <message>
        <source>The bin to count</source>
        <translation>Der zu zählende Lagerplatz</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) due today by stock value (class A every %1 days, B every %2, C every %3).</source>
        <translation>
            <numerusform>%n Artikel heute fällig nach Bestandswert (Klasse A alle %1 Tage, B alle %2, C alle %3).</numerusform>
            <numerusform>%n Artikel heute fällig nach Bestandswert (Klasse A alle %1 Tage, B alle %2, C alle %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the value tolerance as an amount such as %1.</source>
        <translation>Geben Sie die Werttoleranz als Betrag ein, etwa %1.</translation>
    </message>
    <message>
        <source>The count could not be started.</source>
        <translation>Die Zählung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>in value (0: no limit on that side; both 0: exact)</source>
        <translation>im Wert (0: diese Grenze entfällt; beide 0: exakt)</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountWorkflowBar</name>
    <message>
        <source>Start a count or choose one first.</source>
        <translation>Starten oder wählen Sie zuerst eine Zählung.</translation>
    </message>
    <message>
        <source>Only a reviewed count can send lines to a recount.</source>
        <translation>Nur eine geprüfte Zählung kann Positionen zur Nachzählung schicken.</translation>
    </message>
    <message>
        <source>Select the lines to recount (those marked Recount).</source>
        <translation>Wählen Sie die nachzuzählenden Positionen (die mit „Nachzählen“).</translation>
    </message>
    <message>
        <source>Counting is done: hand the count in for review.</source>
        <translation>Die Zählung ist fertig: zur Prüfung abgeben.</translation>
    </message>
    <message>
        <source>Measure every line against the stock on hand when it was counted.</source>
        <translation>Jede Position mit dem Bestand zum Zeitpunkt ihrer Zählung vergleichen.</translation>
    </message>
    <message>
        <source>Send the selected lines to a second, blind count; their first count no longer counts.</source>
        <translation>Die gewählten Positionen ein zweites Mal blind zählen lassen; ihre erste Zählung gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Write the count movements; lines beyond tolerance become discrepancies.</source>
        <translation>Die Zählbuchungen schreiben; Positionen außerhalb der Toleranz werden zu Abweichungen.</translation>
    </message>
    <message numerus="yes">
        <source>Submitted with %n line(s); review it next.</source>
        <translation>
            <numerusform>Mit %n Position abgegeben; jetzt prüfen.</numerusform>
            <numerusform>Mit %n Positionen abgegeben; jetzt prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown code(s) are kept for follow-up.</source>
        <translation>
            <numerusform>%n unbekannter Code bleibt zur Klärung erhalten.</numerusform>
            <numerusform>%n unbekannte Codes bleiben zur Klärung erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n line(s).</source>
        <translation>
            <numerusform>%n Position geprüft.</numerusform>
            <numerusform>%n Positionen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>All are within tolerance.</source>
        <translation>Alle liegen innerhalb der Toleranz.</translation>
    </message>
    <message numerus="yes">
        <source>%n beyond tolerance: recount them, or post to raise discrepancies.</source>
        <translation>
            <numerusform>%n außerhalb der Toleranz: nachzählen, oder buchen, um Abweichungen anzulegen.</numerusform>
            <numerusform>%n außerhalb der Toleranz: nachzählen, oder buchen, um Abweichungen anzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recount %1: count them again, blind; then submit.</source>
        <translation>Nachzählung %1: noch einmal blind zählen, dann abgeben.</translation>
    </message>
    <message numerus="yes">
        <source>Posting writes %n count movement(s).</source>
        <translation>
            <numerusform>Das Buchen schreibt %n Zählbuchung.</numerusform>
            <numerusform>Das Buchen schreibt %n Zählbuchungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting writes %1 and raises %2 for the lines beyond tolerance, whose stock stays as it is until each is resolved.</source>
        <translation>Das Buchen schreibt %1 und legt %2 für die Positionen außerhalb der Toleranz an; deren Bestand bleibt, bis jede gelöst ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n count movement(s)</source>
        <translation>
            <numerusform>%n Zählbuchung</numerusform>
            <numerusform>%n Zählbuchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Post Count</source>
        <translation>Zählung buchen</translation>
    </message>
    <message>
        <source>Post this count at %1?</source>
        <translation>Diese Zählung in %1 buchen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message numerus="yes">
        <source>Posted: %n count movement(s)</source>
        <translation>
            <numerusform>Gebucht: %n Zählbuchung</numerusform>
            <numerusform>Gebucht: %n Zählbuchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 raised</source>
        <translation>%1, %2 angelegt</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Abgeben</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Request Re&amp;count</source>
        <translation>&amp;Nachzählung anfordern</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Buchen…</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountingView</name>
    <message>
        <source>Start a count or choose one before scanning.</source>
        <translation>Starten oder wählen Sie vor dem Scannen eine Zählung.</translation>
    </message>
    <message>
        <source>(&quot;%1&quot;, typed before the scan, was ignored.)</source>
        <translation>(„%1“, vor dem Scan getippt, wurde ignoriert.)</translation>
    </message>
    <message>
        <source>Unknown code %1: kept for follow-up. Put the item aside.</source>
        <translation>Unbekannter Code %1: zur Klärung gespeichert. Legen Sie den Artikel beiseite.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Select the line to correct.</source>
        <translation>Wählen Sie die zu korrigierende Position.</translation>
    </message>
    <message>
        <source>%1 corrected to %2.</source>
        <translation>%1 auf %2 korrigiert.</translation>
    </message>
    <message>
        <source>%1 · %2 unit(s)</source>
        <translation>%1 · %2 Stück</translation>
    </message>
    <message numerus="yes">
        <source>%1: scanned %n time(s); nobody knows this code. Find the item and add its barcode to the catalogue, or count it under its SKU.</source>
        <translation>
            <numerusform>%1: %n-mal gescannt; niemand kennt diesen Code. Suchen Sie den Artikel und ergänzen Sie seinen Barcode im Katalog, oder zählen Sie ihn unter seiner Artikelnummer.</numerusform>
            <numerusform>%1: %n-mal gescannt; niemand kennt diesen Code. Suchen Sie den Artikel und ergänzen Sie seinen Barcode im Katalog, oder zählen Sie ihn unter seiner Artikelnummer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown codes (%n) — follow up</source>
        <translation>
            <numerusform>Unbekannte Codes (%n) — klären</numerusform>
            <numerusform>Unbekannte Codes (%n) — klären</numerusform>
        </translation>
    </message>
    <message>
        <source>No count chosen</source>
        <translation>Keine Zählung gewählt</translation>
    </message>
    <message>
        <source>Start one with New Count, or choose one in the list above.</source>
        <translation>Starten Sie eine mit „Neue Zählung“ oder wählen Sie eine in der Liste oben.</translation>
    </message>
    <message>
        <source>Start or choose a count first</source>
        <translation>Zuerst eine Zählung starten oder wählen</translation>
    </message>
    <message>
        <source>%1 at %2 · %3</source>
        <translation>%1 in %2 · %3</translation>
    </message>
    <message>
        <source>Blind count</source>
        <translation>Blindzählung</translation>
    </message>
    <message>
        <source>Expected quantities shown</source>
        <translation>Erwartete Mengen sichtbar</translation>
    </message>
    <message>
        <source>tolerance %1 units and %2</source>
        <translation>Toleranz %1 Stück und %2</translation>
    </message>
    <message>
        <source>items not counted: assumed zero</source>
        <translation>nicht gezählte Artikel: null angenommen</translation>
    </message>
    <message>
        <source>items not counted: left unchanged</source>
        <translation>nicht gezählte Artikel: unverändert</translation>
    </message>
    <message>
        <source>counters: %1</source>
        <translation>Zähler: %1</translation>
    </message>
    <message>
        <source>recount (blind): %1</source>
        <translation>Nachzählung (blind): %1</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter; type 12* first to count twelve</source>
        <translation>Barcode scannen oder Artikelnummer tippen, dann Enter; vorher 12* tippen, um zwölf zu zählen</translation>
    </message>
    <message>
        <source>Scan the lines being recounted: %1</source>
        <translation>Die nachzuzählenden Positionen scannen: %1</translation>
    </message>
    <message>
        <source>Submitted: review it; it takes no more scans</source>
        <translation>Abgegeben: jetzt prüfen; keine weiteren Scans</translation>
    </message>
    <message>
        <source>Reviewed: request a recount of lines to count them again</source>
        <translation>Geprüft: Nachzählung anfordern, um Positionen erneut zu zählen</translation>
    </message>
    <message>
        <source>Posted: this count is closed</source>
        <translation>Gebucht: diese Zählung ist abgeschlossen</translation>
    </message>
    <message>
        <source>Start or choose a count first.</source>
        <translation>Zuerst eine Zählung starten oder wählen.</translation>
    </message>
    <message>
        <source>Only an open count takes corrections.</source>
        <translation>Nur eine offene Zählung nimmt Korrekturen an.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) counted</source>
        <translation>
            <numerusform>%n Artikel gezählt</numerusform>
            <numerusform>%n Artikel gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unknown code(s)</source>
        <translation>
            <numerusform>%1 · %n unbekannter Code</numerusform>
            <numerusform>%1 · %n unbekannte Codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountsPage</name>
    <message>
        <source>Count started: scan the first item.</source>
        <translation>Zählung gestartet: den ersten Artikel scannen.</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s)</source>
        <translation>
            <numerusform>%n Zählung</numerusform>
            <numerusform>%n Zählungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not posted</source>
        <translation>
            <numerusform> · %n nicht gebucht</numerusform>
            <numerusform> · %n nicht gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Count…</source>
        <translation>&amp;Neue Zählung…</translation>
    </message>
    <message>
        <source>Start a count of the store, a category, a bin or a list of SKUs (%1)</source>
        <translation>Eine Zählung der Filiale, einer Warengruppe, eines Lagerplatzes oder einer Artikelliste starten (%1)</translation>
    </message>
    <message>
        <source>New Count</source>
        <translation>Neue Zählung</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
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
    <message>
        <source>Import %1 from a CSV file</source>
        <translation>%1 aus einer CSV-Datei importieren</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepanciesPage</name>
    <message>
        <source>Say that you have seen it and are on it; this is the first response.</source>
        <translation>Bestätigen, dass Sie es gesehen haben und sich kümmern; das ist die erste Reaktion.</translation>
    </message>
    <message>
        <source>Hand it to a person or a role.</source>
        <translation>An eine Person oder eine Rolle übergeben.</translation>
    </message>
    <message>
        <source>Add a comment to the timeline.</source>
        <translation>Einen Kommentar zum Verlauf hinzufügen.</translation>
    </message>
    <message>
        <source>Ask for a second, blind count before deciding.</source>
        <translation>Vor der Entscheidung eine zweite, blinde Zählung anfordern.</translation>
    </message>
    <message>
        <source>Close it with an action: adjust to the count, accept the system quantity, write off with a reason or correct a transfer.</source>
        <translation>Mit einer Maßnahme abschließen: auf die Zählung korrigieren, den Systembestand übernehmen, mit Grund ausbuchen oder eine Umlagerung korrigieren.</translation>
    </message>
    <message>
        <source>Close it without changing stock, saying why.</source>
        <translation>Ohne Bestandsänderung abschließen, mit Begründung.</translation>
    </message>
    <message>
        <source>Open a closed discrepancy again.</source>
        <translation>Eine abgeschlossene Abweichung wieder öffnen.</translation>
    </message>
    <message>
        <source>Change how urgent it is.</source>
        <translation>Die Dringlichkeit ändern.</translation>
    </message>
    <message>
        <source>Select a discrepancy first.</source>
        <translation>Wählen Sie zuerst eine Abweichung.</translation>
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
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The current filters hide it now.</source>
        <translation>Die aktuellen Filter blenden sie jetzt aus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancy(ies)</source>
        <translation>
            <numerusform>%Ln Abweichung</numerusform>
            <numerusform>%Ln Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 discrepancies</source>
        <translation>%1 von %2 Abweichungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln overdue</source>
        <translation>
            <numerusform>%1 · %Ln überfällig</numerusform>
            <numerusform>%1 · %Ln überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Kommentieren…</translation>
    </message>
    <message>
        <source>Request Recount</source>
        <translation>Nachzählung anfordern</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Priorität…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepancyActionDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 in %3</translation>
    </message>
    <message>
        <source>Assign Discrepancy</source>
        <translation>Abweichung zuweisen</translation>
    </message>
    <message>
        <source>A user name or a role</source>
        <translation>Ein Benutzername oder eine Rolle</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>Comment on Discrepancy</source>
        <translation>Abweichung kommentieren</translation>
    </message>
    <message>
        <source>What you found, asked or did</source>
        <translation>Was Sie gefunden, gefragt oder getan haben</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Add &amp;Comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Resolve Discrepancy</source>
        <translation>Abweichung lösen</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Dismiss Discrepancy</source>
        <translation>Abweichung verwerfen</translation>
    </message>
    <message>
        <source>Why this needs no action (required)</source>
        <translation>Warum nichts zu tun ist (Pflichtangabe)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation>Priorität setzen</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Set Priority</source>
        <translation>Priorität &amp;setzen</translation>
    </message>
    <message>
        <source>Posts a count of %1 at the time it was counted; later sales stay on top.</source>
        <translation>Bucht eine Zählung von %1 zum Zeitpunkt der Zählung; spätere Verkäufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Keeps the system quantity; posts nothing.</source>
        <translation>Behält den Systembestand; bucht nichts.</translation>
    </message>
    <message>
        <source>Posts an adjustment of %1 with the reason below.</source>
        <translation>Bucht eine Korrektur von %1 mit dem Grund unten.</translation>
    </message>
    <message>
        <source>Posts a transfer in of %1.</source>
        <translation>Bucht einen Umlagerungseingang von %1.</translation>
    </message>
    <message>
        <source>Posts a transfer out of %1.</source>
        <translation>Bucht einen Umlagerungsausgang von %1.</translation>
    </message>
    <message>
        <source>The action could not be stored.</source>
        <translation>Die Aktion konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepancyDetailPanel</name>
    <message>
        <source>Select a discrepancy to see its details and timeline, and to work on it.</source>
        <translation>Wählen Sie eine Abweichung, um Details und Verlauf zu sehen und sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Erste Reaktion:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 in %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3 at %4</source>
        <translation>%1 · %2 %3 in %4</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) affected · value %1</source>
        <translation>
            <numerusform>%n Einheit betroffen · Wert %1</numerusform>
            <numerusform>%n Einheiten betroffen · Wert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected %1 · actual %2 · variance %3 · value %4</source>
        <translation>Erwartet %1 · Ist %2 · Differenz %3 · Wert %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · reason: %2</source>
        <translation>%1 · Grund: %2</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Verlauf (%n Ereignis)</numerusform>
            <numerusform>Verlauf (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s), %1 not applied)</source>
        <translation>
            <numerusform>Verlauf (%n Ereignis, %1 nicht wirksam)</numerusform>
            <numerusform>Verlauf (%n Ereignisse, %1 nicht wirksam)</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Arbeitsanweisungen:</translation>
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
        <translation>Artikelnr. suchen (Strg+F)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>Zu&amp;ständig:</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>Only discrepancies nobody has responded to within %1.</source>
        <translation>Nur Abweichungen, auf die innerhalb von %1 niemand reagiert hat.</translation>
    </message>
    <message>
        <source>Online &amp;first</source>
        <translation>Online &amp;zuerst</translation>
    </message>
    <message>
        <source>Oversells and online-channel items at the top, whatever the sort.</source>
        <translation>Überverkäufe und Artikel des Onlinekanals oben, unabhängig von der Sortierung.</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
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
    <message>
        <source>%1 is not kept on this desktop; report its issues there.</source>
        <translation>%1 wird nicht auf diesem Rechner geführt; melden Sie Probleme dort.</translation>
    </message>
    <message>
        <source>Report damaged goods, a missing item or a mislabelled product here; it goes to the discrepancy queue.</source>
        <translation>Beschädigte Ware, einen fehlenden Artikel oder ein falsch etikettiertes Produkt hier melden; die Meldung kommt in die Abweichungsliste.</translation>
    </message>
    <message>
        <source>Issue reported for %1; it is in the Discrepancies queue.</source>
        <translation>Problem zu %1 gemeldet; es steht in der Abweichungsliste.</translation>
    </message>
    <message>
        <source>Report an &amp;Issue…</source>
        <translation>&amp;Problem melden…</translation>
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
        <translation>Dieses Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
    </message>
    <message>
        <source>Export the data behind this chart as CSV</source>
        <translation>Die Daten dieses Diagramms als CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::KpiTile</name>
    <message>
        <source>On target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>No data to judge</source>
        <translation>Keine Daten zur Beurteilung</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::KpisPage</name>
    <message>
        <source>Export dashboard (PDF)…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>This desktop (offline)</source>
        <translation>Dieser Arbeitsplatz (offline)</translation>
    </message>
    <message>
        <source>Central IMS (chain-wide)</source>
        <translation>Zentrale (ganze Kette)</translation>
    </message>
    <message>
        <source>Store figures are computed from this desktop&apos;s replica and work offline; chain-wide figures come from the central IMS while this desktop is connected to it.</source>
        <translation>Filialzahlen werden aus dem Replikat dieses Arbeitsplatzes berechnet und sind auch offline verfügbar; Zahlen für die ganze Kette kommen vom zentralen Warenwirtschaftssystem, solange dieser Arbeitsplatz damit verbunden ist.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Asking the central IMS for the figures…</source>
        <translation>Zahlen werden beim zentralen Warenwirtschaftssystem abgefragt…</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Keine Zahlen: %1</translation>
    </message>
    <message>
        <source>all locations of this replica</source>
        <translation>alle Standorte dieses Replikats</translation>
    </message>
    <message>
        <source>Store figures for %1, computed offline from this desktop&apos;s replica (not chain-wide figures from central), as of %2; newest data from %3.</source>
        <translation>Filialzahlen für %1, offline aus dem Replikat dieses Arbeitsplatzes berechnet (keine Zahlen der ganzen Kette aus der Zentrale), Stand %2; neueste Daten: %3.</translation>
    </message>
    <message>
        <source>no day yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Stockroom KPIs %1 – %2</source>
        <translation>Stockroom-Kennzahlen %1 – %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The central IMS could not give the figures (%1); showing this desktop&apos;s own.</source>
        <translation>Das zentrale Warenwirtschaftssystem konnte die Kennzahlen nicht liefern (%1); angezeigt werden die dieses Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>Chain-wide figures from the central IMS, as of %1.</source>
        <translation>Kennzahlen der ganzen Kette vom zentralen Warenwirtschaftssystem, Stand %1.</translation>
    </message>
    <message>
        <source>Figures of %1 from the central IMS, as of %2.</source>
        <translation>Kennzahlen von %1 vom zentralen Warenwirtschaftssystem, Stand %2.</translation>
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
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the download. Nothing recorded here is lost; the next sync starts it again.</source>
        <translation>Den Download anhalten. Nichts, was hier erfasst wurde, geht verloren; der nächste Abgleich startet ihn neu.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Angemeldet bei %1</translation>
    </message>
    <message numerus="yes">
        <source>Clock off by %n minute(s)</source>
        <translation>
            <numerusform>Uhr weicht %n Minute ab</numerusform>
            <numerusform>Uhr weicht %n Minuten ab</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to Central IMS…</source>
        <translation>Mit dem zentralen Warenwirtschaftssystem &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleich</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) to read and acknowledge</source>
        <translation>
            <numerusform>%n Arbeitsanweisung zu lesen und zu bestätigen</numerusform>
            <numerusform>%n Arbeitsanweisungen zu lesen und zu bestätigen</numerusform>
        </translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>stockroom::ui::ReportIssueDialog</name>
    <message>
        <source>Report an Issue</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SKU %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Artikelnr. %2 in %3</translation>
    </message>
    <message>
        <source>Units affected; 0 when the issue is not about a quantity (a wrong shelf label, say).</source>
        <translation>Betroffene Einheiten; 0, wenn es nicht um eine Menge geht (etwa ein falsches Regaletikett).</translation>
    </message>
    <message>
        <source>What you saw, where, and anything the next person needs</source>
        <translation>Was Sie wo gesehen haben und was die nächste Person wissen muss</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>&amp;Units affected:</source>
        <translation>&amp;Betroffene Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The report could not be stored.</source>
        <translation>Die Meldung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopAckPanel</name>
    <message>
        <source>Choose an SOP to see who has read it.</source>
        <translation>Wählen Sie eine Arbeitsanweisung, um zu sehen, wer sie gelesen hat.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Have read it (%1):</source>
        <translation>Gelesen (%1):</translation>
    </message>
    <message>
        <source>Not yet (%1):</source>
        <translation>Noch nicht (%1):</translation>
    </message>
    <message>
        <source>Asking the central IMS who has read it…</source>
        <translation>Das zentrale Warenwirtschaftssystem wird gefragt, wer sie gelesen hat…</translation>
    </message>
    <message>
        <source>From the central IMS.</source>
        <translation>Vom zentralen Warenwirtschaftssystem.</translation>
    </message>
    <message>
        <source>From the central IMS, as of %1.</source>
        <translation>Vom zentralen Warenwirtschaftssystem, Stand %1.</translation>
    </message>
    <message>
        <source>The central IMS could not answer (%1); showing the acknowledgements this desktop knows.</source>
        <translation>Das zentrale Warenwirtschaftssystem konnte nicht antworten (%1); angezeigt werden die Lesebestätigungen, die dieser Arbeitsplatz kennt.</translation>
    </message>
    <message>
        <source>Offline: showing the acknowledgements this desktop knows.</source>
        <translation>Offline: angezeigt werden die Lesebestätigungen, die dieser Arbeitsplatz kennt.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Gelesen am</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Who has not read it yet is known only to the central IMS: connect to see that list. Acknowledgements made on other desktops appear here after a sync.</source>
        <translation>Wer sie noch nicht gelesen hat, weiß nur das zentrale Warenwirtschaftssystem: Verbinden Sie sich, um diese Liste zu sehen. Lesebestätigungen von anderen Arbeitsplätzen erscheinen hier nach einem Abgleich.</translation>
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
            <numerusform>… %n unveränderte Zeile …</numerusform>
            <numerusform>… %n unveränderte Zeilen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an SOP in the list to see its versions.</source>
        <translation>Wählen Sie eine Arbeitsanweisung in der Liste, um ihre Versionen zu sehen.</translation>
    </message>
    <message>
        <source>There is only version %1 of this SOP; nothing to compare yet.</source>
        <translation>Von dieser Arbeitsanweisung gibt es nur Version %1; noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose two different versions to see what changed.</source>
        <translation>Wählen Sie zwei verschiedene Versionen, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>From version %1 to version %2: %3 added, %4 removed.</source>
        <translation>Von Version %1 zu Version %2: %3 hinzugefügt, %4 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The title changed from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Der Titel wurde von „%1“ in „%2“ geändert.</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same text.</source>
        <translation>Die Versionen %1 und %2 haben denselben Text.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Read This Version</source>
        <translation>Diese Version lesen</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopReaderView</name>
    <message>
        <source>Choose an SOP in the list to read it.</source>
        <translation>Wählen Sie eine Arbeitsanweisung in der Liste, um sie zu lesen.</translation>
    </message>
    <message>
        <source>I Have Read This Version</source>
        <translation>Ich habe diese Version gelesen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>veröffentlicht am %1</translation>
    </message>
    <message>
        <source>for everyone</source>
        <translation>für alle</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; (version %2) to the printer.</source>
        <translation>„%1“ (Version %2) an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>There is no SOP to export.</source>
        <translation>Es gibt keine Arbeitsanweisung zum Exportieren.</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>%1 als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Walk Through…</source>
        <translation>Schritt für Schritt…</translation>
    </message>
    <message>
        <source>Teach this SOP one step at a time and record the training session.</source>
        <translation>Diese Arbeitsanweisung Schritt für Schritt schulen und die Schulung erfassen.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopStatisticsView</name>
    <message>
        <source>No discrepancy queue is open on this desktop.</source>
        <translation>Auf diesem Arbeitsplatz ist keine Abweichungsliste geöffnet.</translation>
    </message>
    <message>
        <source>Version %1; double-click to read it.</source>
        <translation>Version %1; zum Lesen doppelklicken.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No discrepancy since %1 is governed by an SOP.</source>
        <translation>Seit %1 fällt keine Abweichung unter eine Arbeitsanweisung.</translation>
    </message>
    <message>
        <source>SOPs by the discrepancies they govern that were raised since %1; the ones at the top are where training helps most.</source>
        <translation>Arbeitsanweisungen nach den seit %1 angelegten Abweichungen, die unter sie fallen; bei den obersten bringt eine Schulung am meisten.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>Arbeitsanweisung</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Nach Art</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopWalkthroughDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Record Training Session</source>
        <translation>Schulung &amp;erfassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Walkthrough: %1 (version %2)</source>
        <translation>Schritt für Schritt: %1 (Version %2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Notes on this step:</source>
        <translation>Bemerkungen zu diesem Schritt:</translation>
    </message>
    <message>
        <source>Record the training session</source>
        <translation>Schulung erfassen</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>%1 (recorded when you click Record)</source>
        <translation>%1 (wird mit „Schulung erfassen“ gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Bestanden</translation>
    </message>
    <message>
        <source>Needs pr&amp;actice</source>
        <translation>&amp;Nachschulung nötig</translation>
    </message>
    <message>
        <source>SOP:</source>
        <translation>Arbeitsanweisung:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Be&amp;merkungen:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>&amp;Finish Steps &gt;</source>
        <translation>Schritte &amp;abschließen &gt;</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 of %2 checklist items ticked.</source>
        <translation>%1 von %2 Checklistenpunkten abgehakt.</translation>
    </message>
    <message>
        <source>Not ticked: %1.</source>
        <translation>Nicht abgehakt: %1.</translation>
    </message>
    <message>
        <source>Name at least one attendee (separate several names with commas).</source>
        <translation>Nennen Sie mindestens einen Teilnehmer (mehrere Namen durch Kommas trennen).</translation>
    </message>
    <message>
        <source>Choose the outcome: passed or needs practice.</source>
        <translation>Wählen Sie das Ergebnis: bestanden oder Nachschulung nötig.</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopsPage</name>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>No SOP matches &quot;%1&quot;.</source>
        <translation>Keine Arbeitsanweisung passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n SOP(s) to read&lt;/b&gt; — please read and acknowledge:</source>
        <translation>
            <numerusform>&lt;b&gt;%n Arbeitsanweisung zu lesen&lt;/b&gt; — bitte lesen und bestätigen:</numerusform>
            <numerusform>&lt;b&gt;%n Arbeitsanweisungen zu lesen&lt;/b&gt; — bitte lesen und bestätigen:</numerusform>
        </translation>
    </message>
    <message>
        <source>I Have Read This Version</source>
        <translation>Ich habe diese Version gelesen</translation>
    </message>
    <message>
        <source>This is version %1; only the latest version (%2) can be acknowledged.</source>
        <translation>Dies ist Version %1; nur die neueste Version (%2) kann bestätigt werden.</translation>
    </message>
    <message>
        <source>Already Read</source>
        <translation>Bereits gelesen</translation>
    </message>
    <message>
        <source>You acknowledged version %1 on %2.</source>
        <translation>Sie haben Version %1 am %2 bestätigt.</translation>
    </message>
    <message>
        <source>You have not acknowledged this version yet.</source>
        <translation>Sie haben diese Version noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>You acknowledged &quot;%1&quot;, version %2.</source>
        <translation>Sie haben „%1“, Version %2, bestätigt.</translation>
    </message>
    <message>
        <source>Training session on &quot;%1&quot; recorded.</source>
        <translation>Schulung zu „%1“ erfasst.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>Search the SOPs (Ctrl+F)</source>
        <translation>Arbeitsanweisungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Read the First</source>
        <translation>Erste lesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Who Has Read It</source>
        <translation>Wer hat sie gelesen</translation>
    </message>
    <message>
        <source>Training Needs</source>
        <translation>Schulungsbedarf</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SyncPanel</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Verb&amp;inden…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Angemeldet:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Ausstehend:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n-mal)</numerusform>
            <numerusform>(%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Ecommerce staff</source>
        <translation>E-Commerce-Mitarbeiter</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>alle Standorte</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s; correct it, or changes near a count will be flagged for review.</source>
        <translation>
            <numerusform>Die Uhr dieses Rechners geht gegenüber dem Server %n Minute nach; stellen Sie sie richtig, sonst werden Änderungen rund um eine Zählung zur Prüfung markiert.</numerusform>
            <numerusform>Die Uhr dieses Rechners geht gegenüber dem Server %n Minuten nach; stellen Sie sie richtig, sonst werden Änderungen rund um eine Zählung zur Prüfung markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s; correct it, or changes near a count will be flagged for review.</source>
        <translation>
            <numerusform>Die Uhr dieses Rechners geht gegenüber dem Server %n Minute vor; stellen Sie sie richtig, sonst werden Änderungen rund um eine Zählung zur Prüfung markiert.</numerusform>
            <numerusform>Die Uhr dieses Rechners geht gegenüber dem Server %n Minuten vor; stellen Sie sie richtig, sonst werden Änderungen rund um eine Zählung zur Prüfung markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: this replica works on its own</source>
        <translation>Nicht verbunden: Dieses Replikat arbeitet eigenständig</translation>
    </message>
    <message>
        <source>Offline: the server does not answer; retrying</source>
        <translation>Offline: Der Server antwortet nicht; neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 (%2) at %3, %4</source>
        <translation>%1 (%2) bei %3, %4</translation>
    </message>
    <message>
        <source>no changes waiting to be sent</source>
        <translation>keine Änderungen warten auf Übertragung</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf Übertragung</numerusform>
            <numerusform>%n Änderungen warten auf Übertragung</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Connect to the central IMS first.</source>
        <translation>Verbinden Sie sich zuerst mit dem zentralen Warenwirtschaftssystem.</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>&amp;Erneut anmelden…</translation>
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
