#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace stockroom::replica {

/** A list of strings as the replica stores it in one column: a compact JSON array. */
inline QString jsonListText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

/** The list back from a column written by jsonListText (empty for anything else). */
inline QStringList jsonListFromText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

} // namespace stockroom::replica
