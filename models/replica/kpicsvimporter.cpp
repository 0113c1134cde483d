#include "kpicsvimporter.h"

#include "csvcolumns.h"
#include "csvreader.h"
#include "csvvalues.h"
#include "kpiservice.h"

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

bool parseDateField(const QString &text, QDate *date, const QString &column, QString *problem)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid() && text.size() == 10)
        return true;
    *problem = text.isEmpty() ? tr("%1 is empty").arg(column)
                              : tr("%1 \"%2\" is not a date like 2026-11-30").arg(column, text);
    return false;
}

} // namespace

std::optional<KpiCsvKind> kpiCsvKindFromName(QStringView name)
{
    if (name == QLatin1String("funnel"))
        return KpiCsvKind::Funnel;
    if (name == QLatin1String("surveys"))
        return KpiCsvKind::Surveys;
    return std::nullopt;
}

KpiCsvImporter::KpiCsvImporter(KpiService &service)
    : m_service(service)
{}

ImportReport KpiCsvImporter::importFile(KpiCsvKind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.errors.append(tr("cannot read %1: %2").arg(path, file.errorString()));
        return report;
    }
    return importData(kind, file.readAll());
}

ImportReport KpiCsvImporter::importData(KpiCsvKind kind, const QByteArray &data)
{
    ImportReport report;
    CsvReader reader;
    QString parseError;
    if (!reader.parse(data, &parseError)) {
        report.errors.append(parseError);
        return report;
    }
    const QStringList funnelCounts{
        QStringLiteral("carts_created"), QStringLiteral("carts_abandoned"),
        QStringLiteral("carts_abandoned_unavailable"), QStringLiteral("checkouts_started"),
        QStringLiteral("checkouts_completed")};
    const QStringList required
        = kind == KpiCsvKind::Funnel
              ? QStringList{QStringLiteral("date"), QStringLiteral("channel")} + funnelCounts
              : QStringList{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("score")};
    const QStringList optional
        = kind == KpiCsvKind::Funnel
              ? QStringList{}
              : QStringList{QStringLiteral("reason"), QStringLiteral("comment"),
                            QStringLiteral("location")};
    const QHash<QString, int> columns
        = checkCsvHeader(reader.header(), required, optional, &report.errors);
    if (!report.errors.isEmpty())
        return report;

    QSet<QString> locations;
    for (const domain::Location &location : m_service.locations())
        locations.insert(location.code);

    const QList<CsvRecord> &records = reader.records();
    report.records = int(records.size());
    CsvLineErrors lineErrors(report);
    const auto fail = [&](int line, const QString &message) {
        lineErrors.add(line, message);
    };
    QList<domain::FunnelDay> days;
    QList<domain::SurveyResponse> responses;
    QHash<QString, int> firstLineOfKey;
    for (const CsvRecord &record : records) {
        if (record.fields.size() != reader.header().size()) {
            fail(record.line, tr("%1 fields, but the header has %2")
                                  .arg(record.fields.size())
                                  .arg(reader.header().size()));
            continue;
        }
        const CsvRow row(columns, record);
        QString problem;
        if (kind == KpiCsvKind::Funnel) {
            domain::FunnelDay day;
            day.channel = row[QStringLiteral("channel")];
            QList<qint64 *> counts{&day.cartsCreated, &day.cartsAbandoned,
                                   &day.cartsAbandonedUnavailable, &day.checkoutsStarted,
                                   &day.checkoutsCompleted};
            bool ok = parseDateField(row[QStringLiteral("date")], &day.date, QStringLiteral("date"),
                                     &problem);
            for (qsizetype i = 0; ok && i < counts.size(); ++i) {
                ok = parseIntegerField(row[funnelCounts.at(i)], std::nullopt, counts.at(i),
                                       funnelCounts.at(i), &problem);
            }
            if (!ok) {
                fail(record.line, problem);
                continue;
            }
            if (const QString invalid = domain::validateFunnelDay(day); !invalid.isEmpty()) {
                fail(record.line, invalid);
                continue;
            }
            const QString key = day.date.toString(Qt::ISODate) + QLatin1Char('\n') + day.channel;
            if (firstLineOfKey.contains(key)) {
                fail(record.line, tr("%1 of channel %2 already appears on line %3")
                                      .arg(day.date.toString(Qt::ISODate), day.channel)
                                      .arg(firstLineOfKey.value(key)));
                continue;
            }
            firstLineOfKey.insert(key, record.line);
            days.append(day);
            continue;
        }

        domain::SurveyResponse response;
        response.id = row[QStringLiteral("id")];
        response.reason = row[QStringLiteral("reason")];
        response.comment = row[QStringLiteral("comment")];
        response.location = row[QStringLiteral("location")];
        qint64 score = 0;
        if (!parseDateField(row[QStringLiteral("date")], &response.date, QStringLiteral("date"),
                            &problem)
            || !parseIntegerField(row[QStringLiteral("score")], std::nullopt, &score,
                                  QStringLiteral("score"), &problem)) {
            fail(record.line, problem);
            continue;
        }
        if (score < 0 || score > 10) {
            fail(record.line, tr("score %1 is not between 0 and 10").arg(score));
            continue;
        }
        response.score = int(score);
        if (const QString invalid = domain::validateSurveyResponse(response); !invalid.isEmpty()) {
            fail(record.line, invalid);
            continue;
        }
        if (!response.location.isEmpty() && !locations.contains(response.location)) {
            fail(record.line, tr("unknown location \"%1\"").arg(response.location));
            continue;
        }
        if (firstLineOfKey.contains(response.id)) {
            fail(record.line, tr("response id %1 already appears on line %2")
                                  .arg(response.id)
                                  .arg(firstLineOfKey.value(response.id)));
            continue;
        }
        firstLineOfKey.insert(response.id, record.line);
        responses.append(response);
    }
    lineErrors.finish();
    if (!report.errors.isEmpty())
        return report;

    QString storeError;
    const bool stored = kind == KpiCsvKind::Funnel
                            ? m_service.storeFunnelDays(days, &storeError)
                            : m_service.storeSurveyResponses(responses, &storeError);
    if (!stored) {
        report.errors.append(tr("nothing was imported: %1").arg(storeError));
        return report;
    }
    report.applied = int(kind == KpiCsvKind::Funnel ? days.size() : responses.size());
    return report;
}

} // namespace stockroom::replica
