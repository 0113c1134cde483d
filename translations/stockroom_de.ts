<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
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
    <message>
        <source>Stockroom: the back-office for retail chains that sell in stores and online.</source>
        <translation>Stockroom: das Backoffice für Handelsketten, die in Filialen und online verkaufen.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system's.</source>
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
        <translation><numerusform>%n Änderung ausstehend</numerusform><numerusform>%n Änderungen ausstehend</numerusform></translation>
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
