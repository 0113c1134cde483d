#pragma once

#include <QString>
#include <QUuid>
#include <QtGlobal>

#include <optional>

namespace stockroom::domain {

/** The kinds of stock movement of DESIGN.md section 3; the only ways stock changes. */
enum class MovementKind {
    Count,
    Receipt,
    Return,
    TransferIn,
    Sale,
    TransferOut,
    Adjustment,
    Reserve,
    Release,
    Fulfil,
};

/** The stable wire and storage name of a kind ("count", "transfer_in" ...). */
QString movementKindName(MovementKind kind);
std::optional<MovementKind> movementKindFromName(QStringView name);
/** Every kind, in declaration order. */
const QList<MovementKind> &allMovementKinds();

/** One immutable stock movement, identified by its client-made UUID (its idempotency key). */
struct Movement
{
    QUuid id;
    QString location;
    QString sku;
    MovementKind kind = MovementKind::Receipt;
    /** Units; positive, except for adjustments (signed) and counts (absolute, >= 0). */
    qint64 quantity = 0;
    /** Device clock, UTC, milliseconds since the epoch. */
    qint64 occurredAtMs = 0;
    QString user;
    QString device;
    QString reasonCode;
    QString reference;
    QString note;
    /** Set once the central IMS accepted the movement. */
    std::optional<qint64> serverSeq;

    friend bool operator==(const Movement &, const Movement &) = default;
};

/** Why a movement is not acceptable, as a user-readable sentence; empty when it is valid. */
QString validateMovement(const Movement &movement);

} // namespace stockroom::domain
