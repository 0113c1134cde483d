#pragma once

#include "csvimporter.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace stockroom::replica {

class KpiService;

/** What a KPI data file holds; the formats are documented in docs/csv.md. */
enum class KpiCsvKind { Funnel, Surveys };

/** The kind named on the command line ("funnel", "surveys"). */
std::optional<KpiCsvKind> kpiCsvKindFromName(QStringView name);

/**
 * Imports ecommerce funnel days or customer survey responses from CSV into the KpiService, with
 * the rules of every import (CsvImporter): the header is checked, every line is validated first
 * and every error is reported with its line number; only a file without errors is stored, in
 * one transaction.
 */
class KpiCsvImporter
{
public:
    explicit KpiCsvImporter(KpiService &service);

    ImportReport importFile(KpiCsvKind kind, const QString &path);
    ImportReport importData(KpiCsvKind kind, const QByteArray &data);

private:
    KpiService &m_service;
};

} // namespace stockroom::replica
