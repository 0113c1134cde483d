#include "reasoncode.h"

#include <QCoreApplication>

namespace stockroom::domain {

const QStringList &reasonCodes()
{
    static const QStringList codes{
        QStringLiteral("damaged"),    QStringLiteral("theft"),   QStringLiteral("found"),
        QStringLiteral("correction"), QStringLiteral("expired"), QStringLiteral("sample"),
        QStringLiteral("write_off"),
    };
    return codes;
}

bool isKnownReasonCode(const QString &code)
{
    return reasonCodes().contains(code);
}

QString reasonCodeLabel(const QString &code)
{
    static const char *const context = "stockroom::domain::ReasonCode";
    if (code == QLatin1String("damaged"))
        return QCoreApplication::translate(context, "Damaged");
    if (code == QLatin1String("theft"))
        return QCoreApplication::translate(context, "Theft");
    if (code == QLatin1String("found"))
        return QCoreApplication::translate(context, "Found");
    if (code == QLatin1String("correction"))
        return QCoreApplication::translate(context, "Correction");
    if (code == QLatin1String("expired"))
        return QCoreApplication::translate(context, "Expired");
    if (code == QLatin1String("sample"))
        return QCoreApplication::translate(context, "Sample or display");
    if (code == QLatin1String("write_off"))
        return QCoreApplication::translate(context, "Write-off");
    return code;
}

} // namespace stockroom::domain
