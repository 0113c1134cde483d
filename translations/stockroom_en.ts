<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SyncWiring</name>
    <message numerus="yes">
        <source>pushed %n change(s)</source>
        <translation>
            <numerusform>pushed %n change</numerusform>
            <numerusform>pushed %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded the inventory: %n page(s)</source>
        <translation>
            <numerusform>downloaded the inventory: %n page</numerusform>
            <numerusform>downloaded the inventory: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::item::CountSessionTableModel</name>
    <message numerus="yes">
        <source>Cycle count, %n SKU(s)</source>
        <translation>
            <numerusform>Cycle count, %n SKU</numerusform>
            <numerusform>Cycle count, %n SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit sample, %n SKU(s)</source>
        <translation>
            <numerusform>Audit sample, %n SKU</numerusform>
            <numerusform>Audit sample, %n SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recount of %n line(s)</source>
        <translation>
            <numerusform>Recount of %n line</numerusform>
            <numerusform>Recount of %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::item::DiscrepancyTableModel</name>
    <message numerus="yes">
        <source>%n unit(s) reported as affected</source>
        <translation>
            <numerusform>%n unit reported as affected</numerusform>
            <numerusform>%n units reported as affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountSessionDialog</name>
    <message numerus="yes">
        <source>%n SKU(s) due today by stock value (class A every %1 days, B every %2, C every %3).</source>
        <translation>
            <numerusform>%n SKU due today by stock value (class A every %1 days, B every %2, C every %3).</numerusform>
            <numerusform>%n SKUs due today by stock value (class A every %1 days, B every %2, C every %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountWorkflowBar</name>
    <message numerus="yes">
        <source>Submitted with %n line(s); review it next.</source>
        <translation>
            <numerusform>Submitted with %n line; review it next.</numerusform>
            <numerusform>Submitted with %n lines; review it next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown code(s) are kept for follow-up.</source>
        <translation>
            <numerusform>%n unknown code is kept for follow-up.</numerusform>
            <numerusform>%n unknown codes are kept for follow-up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n line(s).</source>
        <translation>
            <numerusform>Reviewed %n line.</numerusform>
            <numerusform>Reviewed %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beyond tolerance: recount them, or post to raise discrepancies.</source>
        <translation>
            <numerusform>%n beyond tolerance: recount them, or post to raise discrepancies.</numerusform>
            <numerusform>%n beyond tolerance: recount them, or post to raise discrepancies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posting writes %n count movement(s).</source>
        <translation>
            <numerusform>Posting writes %n count movement.</numerusform>
            <numerusform>Posting writes %n count movements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n count movement(s)</source>
        <translation>
            <numerusform>%n count movement</numerusform>
            <numerusform>%n count movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n discrepancy</numerusform>
            <numerusform>%n discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posted: %n count movement(s)</source>
        <translation>
            <numerusform>Posted: %n count movement</numerusform>
            <numerusform>Posted: %n count movements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountingView</name>
    <message numerus="yes">
        <source>%1: scanned %n time(s); nobody knows this code. Find the item and add its barcode to the catalogue, or count it under its SKU.</source>
        <translation>
            <numerusform>%1: scanned %n time; nobody knows this code. Find the item and add its barcode to the catalogue, or count it under its SKU.</numerusform>
            <numerusform>%1: scanned %n times; nobody knows this code. Find the item and add its barcode to the catalogue, or count it under its SKU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown codes (%n) — follow up</source>
        <translation>
            <numerusform>Unknown codes (%n) — follow up</numerusform>
            <numerusform>Unknown codes (%n) — follow up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) counted</source>
        <translation>
            <numerusform>%n product counted</numerusform>
            <numerusform>%n products counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unknown code(s)</source>
        <translation>
            <numerusform>%1 · %n unknown code</numerusform>
            <numerusform>%1 · %n unknown codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CountsPage</name>
    <message numerus="yes">
        <source>%n count(s)</source>
        <translation>
            <numerusform>%n count</numerusform>
            <numerusform>%n counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not posted</source>
        <translation>
            <numerusform> · %n not posted</numerusform>
            <numerusform> · %n not posted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::CsvTransfer</name>
    <message numerus="yes">
        <source>Imported %n line(s) of %1.</source>
        <translation>
            <numerusform>Imported %n line of %1.</numerusform>
            <numerusform>Imported %n lines of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepanciesPage</name>
    <message numerus="yes">
        <source>%Ln discrepancy(ies)</source>
        <translation>
            <numerusform>%Ln discrepancy</numerusform>
            <numerusform>%Ln discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln overdue</source>
        <translation>
            <numerusform>%1 · %Ln overdue</numerusform>
            <numerusform>%1 · %Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::DiscrepancyDetailPanel</name>
    <message numerus="yes">
        <source>%n unit(s) affected · value %1</source>
        <translation>
            <numerusform>%n unit affected · value %1</numerusform>
            <numerusform>%n units affected · value %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Timeline (%n event)</numerusform>
            <numerusform>Timeline (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s), %1 not applied)</source>
        <translation>
            <numerusform>Timeline (%n event, %1 not applied)</numerusform>
            <numerusform>Timeline (%n events, %1 not applied)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::InventoryPage</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::MainWindow</name>
    <message numerus="yes">
        <source>Clock off by %n minute(s)</source>
        <translation>
            <numerusform>Clock off by %n minute</numerusform>
            <numerusform>Clock off by %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) to read and acknowledge</source>
        <translation>
            <numerusform>%n SOP to read and acknowledge</numerusform>
            <numerusform>%n SOPs to read and acknowledge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopDiffView</name>
    <message numerus="yes">
        <source>… %n unchanged line(s) …</source>
        <translation>
            <numerusform>… %n unchanged line …</numerusform>
            <numerusform>… %n unchanged lines …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopStatisticsView</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SopsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n SOP(s) to read&lt;/b&gt; — please read and acknowledge:</source>
        <translation>
            <numerusform>&lt;b&gt;%n SOP to read&lt;/b&gt; — please read and acknowledge:</numerusform>
            <numerusform>&lt;b&gt;%n SOPs to read&lt;/b&gt; — please read and acknowledge:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SyncPanel</name>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n time)</numerusform>
            <numerusform>(%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s; correct it, or changes near a count will be flagged for review.</source>
        <translation>
            <numerusform>This computer's clock is %n minute behind the server's; correct it, or changes near a count will be flagged for review.</numerusform>
            <numerusform>This computer's clock is %n minutes behind the server's; correct it, or changes near a count will be flagged for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s; correct it, or changes near a count will be flagged for review.</source>
        <translation>
            <numerusform>This computer's clock is %n minute ahead of the server's; correct it, or changes near a count will be flagged for review.</numerusform>
            <numerusform>This computer's clock is %n minutes ahead of the server's; correct it, or changes near a count will be flagged for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockroom::ui::SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
</context>
</TS>
