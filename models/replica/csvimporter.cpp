#include "csvimporter.h"

#include "changeid.h"
#include "csvcolumns.h"
#include "csvreader.h"
#include "csvvalues.h"
#include "inventoryservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::CsvImporter", text);
}

struct Format
{
    QStringList required;
    QStringList optional;
};

Format formatOf(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Products:
        return {{QStringLiteral("sku"), QStringLiteral("name")},
                {QStringLiteral("category"), QStringLiteral("barcodes"),
                 QStringLiteral("unit_cost"), QStringLiteral("price"), QStringLiteral("bin"),
                 QStringLiteral("low_stock_threshold"), QStringLiteral("active")}};
    case CsvKind::Levels:
        return {{QStringLiteral("location"), QStringLiteral("sku"), QStringLiteral("on_hand")},
                {QStringLiteral("counted_at"), QStringLiteral("committed"),
                 QStringLiteral("available")}};
    case CsvKind::Movements:
        return {{QStringLiteral("location"), QStringLiteral("sku"), QStringLiteral("kind"),
                 QStringLiteral("quantity"), QStringLiteral("occurred_at")},
                {QStringLiteral("id"), QStringLiteral("reason_code"), QStringLiteral("reference"),
                 QStringLiteral("note"), QStringLiteral("user"), QStringLiteral("device")}};
    }
    Q_UNREACHABLE();
}

} // namespace

std::optional<CsvKind> csvKindFromName(QStringView name)
{
    if (name == QLatin1String("products"))
        return CsvKind::Products;
    if (name == QLatin1String("levels"))
        return CsvKind::Levels;
    if (name == QLatin1String("movements"))
        return CsvKind::Movements;
    return std::nullopt;
}

void CsvLineErrors::add(int line, const QString &message)
{
    if (m_report.errors.size() < CsvImporter::maxListedErrors)
        m_report.errors.append(tr("line %1: %2").arg(line).arg(message));
    else
        ++m_hidden;
}

void CsvLineErrors::finish()
{
    if (m_hidden > 0)
        m_report.errors.append(QCoreApplication::translate("stockroom::replica::CsvImporter",
                                                           "… and %n more line(s) with errors",
                                                           nullptr, m_hidden));
    m_hidden = 0;
}

CsvImporter::CsvImporter(InventoryService &service)
    : m_service(service)
{}

ImportReport CsvImporter::importFile(CsvKind kind, const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.errors.append(tr("cannot read %1: %2").arg(path, file.errorString()));
        return report;
    }
    return importData(kind, file.readAll(), progress);
}

ImportReport CsvImporter::importData(CsvKind kind, const QByteArray &data, const Progress &progress)
{
    ImportReport report;
    CsvReader reader;
    QString parseError;
    if (!reader.parse(data, &parseError)) {
        report.errors.append(parseError);
        return report;
    }

    // Header check: every required column, no unknown or repeated column.
    const Format format = formatOf(kind);
    const QHash<QString, int> columns
        = checkCsvHeader(reader.header(), format.required, format.optional, &report.errors);
    if (!report.errors.isEmpty())
        return report;

    const QList<CsvRecord> &records = reader.records();
    report.records = int(records.size());
    const QChar delimiter = reader.delimiter();
    CsvLineErrors lineErrors(report);
    const auto fail = [&](int line, const QString &message) {
        lineErrors.add(line, message);
    };

    QList<domain::Product> products;
    QList<domain::Movement> movements;
    QHash<QString, int> firstLineOfKey;
    QSet<QString> locations;
    for (const domain::Location &location : m_service.locations())
        locations.insert(location.code);
    const QStringList own = m_service.ownLocations();
    QSet<QString> knownSkus;
    for (const domain::Product &product : m_service.products())
        knownSkus.insert(product.sku);

    const auto checkPosition = [&](const CsvRow &row) {
        if (!locations.contains(row[QStringLiteral("location")])) {
            fail(row.line(), tr("unknown location \"%1\"").arg(row[QStringLiteral("location")]));
            return false;
        }
        if (!own.contains(row[QStringLiteral("location")])) {
            fail(
                row.line(),
                tr("location %1 is not kept on this desktop").arg(row[QStringLiteral("location")]));
            return false;
        }
        if (!knownSkus.contains(row[QStringLiteral("sku")])) {
            fail(row.line(), tr("unknown SKU \"%1\"").arg(row[QStringLiteral("sku")]));
            return false;
        }
        return true;
    };

    for (int i = 0; i < records.size(); ++i) {
        if (progress && i % 500 == 0 && !progress(i, int(records.size()))) {
            report.cancelled = true;
            return report;
        }
        const CsvRecord &record = records.at(i);
        if (record.fields.size() != reader.header().size()) {
            fail(record.line, tr("%1 fields, but the header has %2")
                                  .arg(record.fields.size())
                                  .arg(reader.header().size()));
            continue;
        }
        const CsvRow row(columns, record);
        QString problem;

        if (kind == CsvKind::Products) {
            domain::Product p;
            p.sku = row[QStringLiteral("sku")];
            p.name = row[QStringLiteral("name")];
            p.category = row[QStringLiteral("category")];
            p.bin = row[QStringLiteral("bin")];
            if (!row[QStringLiteral("barcodes")].isEmpty()) {
                for (const QString &code : row[QStringLiteral("barcodes")].split(QLatin1Char('|')))
                    p.barcodes.append(code.trimmed());
            }
            if (!parseMoneyField(row[QStringLiteral("unit_cost")], delimiter, &p.unitCostCents,
                                 QStringLiteral("unit_cost"), &problem)
                || !parseMoneyField(row[QStringLiteral("price")], delimiter, &p.priceCents,
                                    QStringLiteral("price"), &problem)
                || !parseIntegerField(row[QStringLiteral("low_stock_threshold")], 0,
                                      &p.lowStockThreshold, QStringLiteral("low_stock_threshold"),
                                      &problem)
                || !parseBoolField(row[QStringLiteral("active")], true, &p.active,
                                   QStringLiteral("active"), &problem)) {
                fail(record.line, problem);
                continue;
            }
            if (const QString invalid = domain::validateProduct(p); !invalid.isEmpty()) {
                fail(record.line, invalid);
                continue;
            }
            if (firstLineOfKey.contains(p.sku)) {
                fail(record.line, tr("SKU %1 already appears on line %2")
                                      .arg(p.sku)
                                      .arg(firstLineOfKey.value(p.sku)));
                continue;
            }
            firstLineOfKey.insert(p.sku, record.line);
            bool barcodeClash = false;
            for (const QString &code : std::as_const(p.barcodes)) {
                const QString key = QStringLiteral("barcode:") + code;
                if (firstLineOfKey.contains(key)) {
                    fail(record.line, tr("barcode %1 already appears on line %2")
                                          .arg(code)
                                          .arg(firstLineOfKey.value(key)));
                    barcodeClash = true;
                    break;
                }
                firstLineOfKey.insert(key, record.line);
                const auto owner = m_service.findProduct(code);
                if (owner && owner->sku != p.sku) {
                    fail(record.line,
                         tr("barcode %1 already belongs to product %2").arg(code, owner->sku));
                    barcodeClash = true;
                    break;
                }
            }
            if (!barcodeClash)
                products.append(p);
            continue;
        }

        if (!checkPosition(row))
            continue;
        domain::Movement m;
        m.location = row[QStringLiteral("location")];
        m.sku = row[QStringLiteral("sku")];
        m.user = m_service.identity().user;
        m.device = m_service.identity().device;
        if (kind == CsvKind::Levels) {
            m.id = domain::newChangeId();
            m.kind = domain::MovementKind::Count;
            m.reasonCode.clear();
            m.reference = QStringLiteral("opening-levels");
            m.occurredAtMs = m_service.now();
            if (!parseIntegerField(row[QStringLiteral("on_hand")], std::nullopt, &m.quantity,
                                   QStringLiteral("on_hand"), &problem)
                || !parseTimestampField(row[QStringLiteral("counted_at")], m.occurredAtMs,
                                        &m.occurredAtMs, QStringLiteral("counted_at"), &problem)) {
                fail(record.line, problem);
                continue;
            }
            const QString key = m.location + QLatin1Char('\n') + m.sku;
            if (firstLineOfKey.contains(key)) {
                fail(record.line, tr("%1 at %2 already appears on line %3")
                                      .arg(m.sku, m.location)
                                      .arg(firstLineOfKey.value(key)));
                continue;
            }
            firstLineOfKey.insert(key, record.line);
        } else {
            const QString kindName = row[QStringLiteral("kind")];
            const auto movementKind = domain::movementKindFromName(kindName);
            if (!movementKind) {
                fail(record.line, tr("\"%1\" is not a movement kind").arg(kindName));
                continue;
            }
            m.kind = *movementKind;
            m.reasonCode = row[QStringLiteral("reason_code")];
            m.reference = row[QStringLiteral("reference")];
            m.note = row[QStringLiteral("note")];
            if (row.has(QStringLiteral("user")) && !row[QStringLiteral("user")].isEmpty())
                m.user = row[QStringLiteral("user")];
            if (row.has(QStringLiteral("device")) && !row[QStringLiteral("device")].isEmpty())
                m.device = row[QStringLiteral("device")];
            const QString id = row[QStringLiteral("id")];
            m.id = id.isEmpty() ? domain::newChangeId() : QUuid::fromString(id);
            if (m.id.isNull()) {
                fail(record.line, tr("id \"%1\" is not a UUID").arg(id));
                continue;
            }
            if (!parseIntegerField(row[QStringLiteral("quantity")], std::nullopt, &m.quantity,
                                   QStringLiteral("quantity"), &problem)
                || !parseTimestampField(row[QStringLiteral("occurred_at")], std::nullopt,
                                        &m.occurredAtMs, QStringLiteral("occurred_at"), &problem)) {
                fail(record.line, problem);
                continue;
            }
            const QString key = m.id.toString();
            if (firstLineOfKey.contains(key)) {
                fail(record.line, tr("movement id %1 already appears on line %2")
                                      .arg(id)
                                      .arg(firstLineOfKey.value(key)));
                continue;
            }
            firstLineOfKey.insert(key, record.line);
        }
        if (const QString invalid = domain::validateMovement(m); !invalid.isEmpty()) {
            fail(record.line, invalid);
            continue;
        }
        movements.append(m);
    }
    lineErrors.finish();
    if (!report.errors.isEmpty())
        return report;
    if (progress && !progress(int(records.size()), int(records.size()))) {
        report.cancelled = true;
        return report;
    }

    QString applyError;
    const bool applied = kind == CsvKind::Products
                             ? m_service.upsertProducts(products, &applyError)
                             : m_service.recordMovements(movements, &applyError);
    if (!applied) {
        report.errors.append(tr("nothing was imported: %1").arg(applyError));
        return report;
    }
    report.applied = int(kind == CsvKind::Products ? products.size() : movements.size());
    return report;
}

} // namespace stockroom::replica
