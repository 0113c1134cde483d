#include "movement.h"

#include "reasoncode.h"

#include <QCoreApplication>

#include <array>

namespace stockroom::domain {

namespace {

struct KindName
{
    MovementKind kind;
    QLatin1StringView name;
};

constexpr std::array<KindName, 10> kindNames{{
    {MovementKind::Count, QLatin1StringView("count")},
    {MovementKind::Receipt, QLatin1StringView("receipt")},
    {MovementKind::Return, QLatin1StringView("return")},
    {MovementKind::TransferIn, QLatin1StringView("transfer_in")},
    {MovementKind::Sale, QLatin1StringView("sale")},
    {MovementKind::TransferOut, QLatin1StringView("transfer_out")},
    {MovementKind::Adjustment, QLatin1StringView("adjustment")},
    {MovementKind::Reserve, QLatin1StringView("reserve")},
    {MovementKind::Release, QLatin1StringView("release")},
    {MovementKind::Fulfil, QLatin1StringView("fulfil")},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::Movement", text);
}

} // namespace

QString movementKindName(MovementKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    Q_UNREACHABLE();
}

std::optional<MovementKind> movementKindFromName(QStringView name)
{
    for (const KindName &entry : kindNames) {
        if (name == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

const QList<MovementKind> &allMovementKinds()
{
    static const QList<MovementKind> kinds = [] {
        QList<MovementKind> list;
        for (const KindName &entry : kindNames)
            list.append(entry.kind);
        return list;
    }();
    return kinds;
}

QString validateMovement(const Movement &movement)
{
    if (movement.id.isNull())
        return tr("The movement has no id.");
    if (movement.location.trimmed().isEmpty())
        return tr("The movement has no location.");
    if (movement.sku.trimmed().isEmpty())
        return tr("The movement has no SKU.");
    switch (movement.kind) {
    case MovementKind::Count:
        if (movement.quantity < 0)
            return tr("A counted quantity cannot be negative.");
        break;
    case MovementKind::Adjustment:
        if (movement.quantity == 0)
            return tr("An adjustment must change the quantity.");
        if (movement.reasonCode.trimmed().isEmpty())
            return tr("An adjustment needs a reason code.");
        if (!isKnownReasonCode(movement.reasonCode))
            return tr("\"%1\" is not a known reason code.").arg(movement.reasonCode);
        break;
    default:
        if (movement.quantity <= 0)
            return tr("The quantity must be a positive number of units.");
        break;
    }
    return {};
}

} // namespace stockroom::domain
