#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace stockroom::replica {

class InventoryService;

/** What a CSV file holds; the formats are documented in docs/csv.md. */
enum class CsvKind { Products, Levels, Movements };

/** The CSV kind named on the command line ("products", "levels", "movements"). */
std::optional<CsvKind> csvKindFromName(QStringView name);

struct ImportReport
{
    int records = 0;    ///< data lines read
    int applied = 0;    ///< records stored (0 unless the whole file was accepted)
    QStringList errors; ///< "line N: ..." — any error means nothing was stored
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
};

/**
 * The line errors of one import, into its report: the first CsvImporter::maxListedErrors are
 * listed as "line N: ...", the rest summed up in one line by finish(). Every CSV import uses it.
 */
class CsvLineErrors
{
public:
    explicit CsvLineErrors(ImportReport &report)
        : m_report(report)
    {}
    void add(int line, const QString &message);
    /** Adds "… and N more line(s) with errors" for those not listed. */
    void finish();

private:
    ImportReport &m_report;
    int m_hidden = 0;
};

/**
 * Imports products, opening levels (stored as counts) or movements from CSV through the
 * InventoryService: the header is checked, every line is validated first and all errors are
 * reported with their line numbers; only a file without errors is applied, in one transaction.
 */
class CsvImporter
{
public:
    /** Progress: (lines validated, total lines); returning false cancels, changing nothing. */
    using Progress = std::function<bool(int done, int total)>;

    explicit CsvImporter(InventoryService &service);

    ImportReport importFile(CsvKind kind, const QString &path, const Progress &progress = {});
    ImportReport importData(CsvKind kind, const QByteArray &data, const Progress &progress = {});

    /** At most this many line errors are listed; the rest are summed up in one line. */
    static constexpr int maxListedErrors = 50;

private:
    InventoryService &m_service;
};

} // namespace stockroom::replica
