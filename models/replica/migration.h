#pragma once

#include <QString>
#include <QStringList>

namespace stockroom::replica {

/** One numbered, forward-only schema step: the SQL that takes version - 1 to version. */
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace stockroom::replica
