#include "csvcolumns.h"

#include <QCoreApplication>

namespace stockroom::replica {

QHash<QString, int> checkCsvHeader(const QStringList &header, const QStringList &required,
                                   const QStringList &optional, QStringList *errors)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("stockroom::replica::CsvImporter", text);
    };
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString &name = header.at(i);
        if (!required.contains(name) && !optional.contains(name)) {
            errors->append(tr("line 1: unknown column \"%1\"; the columns are %2")
                               .arg(name, (required + optional).join(QStringLiteral(", "))));
        } else if (columns.contains(name)) {
            errors->append(tr("line 1: column \"%1\" appears twice").arg(name));
        }
        columns.insert(name, i);
    }
    for (const QString &name : required) {
        if (!columns.contains(name))
            errors->append(tr("line 1: the required column \"%1\" is missing").arg(name));
    }
    return columns;
}

} // namespace stockroom::replica
