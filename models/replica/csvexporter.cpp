#include "csvexporter.h"

#include "csvreader.h"
#include "csvvalues.h"
#include "inventoryservice.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::CsvExporter", text);
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')).toUtf8() + '\n';
}

bool finish(QSaveFile &file, const QString &path, QString *error)
{
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool openForWriting(QSaveFile &file, const QString &path, QString *error)
{
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

CsvExporter::CsvExporter(InventoryService &service)
    : m_service(service)
{}

bool CsvExporter::exportLevels(const QString &path, const QString &location, QString *error)
{
    QStringList codes;
    for (const domain::Location &l : m_service.locations())
        codes.append(l.code);
    if (!location.isEmpty() && !codes.contains(location)) {
        *error = tr("unknown location \"%1\"").arg(location);
        return false;
    }
    QSaveFile file(path);
    if (!openForWriting(file, path, error))
        return false;
    file.write(csvLine({QStringLiteral("location"), QStringLiteral("sku"),
                        QStringLiteral("on_hand"), QStringLiteral("committed"),
                        QStringLiteral("available"), QStringLiteral("counted_at")}));
    for (const QString &code : location.isEmpty() ? codes : QStringList{location}) {
        for (const domain::StockPosition &p : m_service.levelsAt(code)) {
            file.write(
                csvLine({p.location, p.sku, QString::number(p.level.onHand),
                         QString::number(p.level.committed), QString::number(p.level.available()),
                         p.lastCountedAtMs ? formatTimestamp(*p.lastCountedAtMs) : QString()}));
        }
    }
    return finish(file, path, error);
}

bool CsvExporter::exportMovements(const QString &path, const QString &location, QString *error)
{
    const QStringList own = m_service.ownLocations();
    if (!location.isEmpty() && !own.contains(location)) {
        *error = tr("location \"%1\" has no ledger on this desktop").arg(location);
        return false;
    }
    QSaveFile file(path);
    if (!openForWriting(file, path, error))
        return false;
    file.write(
        csvLine({QStringLiteral("id"), QStringLiteral("location"), QStringLiteral("sku"),
                 QStringLiteral("kind"), QStringLiteral("quantity"), QStringLiteral("occurred_at"),
                 QStringLiteral("reason_code"), QStringLiteral("reference"), QStringLiteral("note"),
                 QStringLiteral("user"), QStringLiteral("device")}));
    m_service.forEachMovement(location, [&file](const domain::Movement &m) {
        file.write(csvLine({m.id.toString(QUuid::WithoutBraces), m.location, m.sku,
                            domain::movementKindName(m.kind), QString::number(m.quantity),
                            formatTimestamp(m.occurredAtMs), m.reasonCode, m.reference, m.note,
                            m.user, m.device}));
    });
    return finish(file, path, error);
}

} // namespace stockroom::replica
