#include "movementhistorymodel.h"

#include "ledgerfold.h"
#include "reasoncode.h"

#include <QDateTime>
#include <QLocale>

namespace stockroom::item {

MovementHistoryModel::MovementHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MovementHistoryModel::setMovements(QList<domain::Movement> movements)
{
    beginResetModel();
    m_movements = std::move(movements);
    endResetModel();
}

QString MovementHistoryModel::kindLabel(domain::MovementKind kind)
{
    using domain::MovementKind;
    switch (kind) {
    case MovementKind::Count:
        return tr("Count");
    case MovementKind::Receipt:
        return tr("Receipt");
    case MovementKind::Return:
        return tr("Customer return");
    case MovementKind::TransferIn:
        return tr("Transfer in");
    case MovementKind::Sale:
        return tr("Sale");
    case MovementKind::TransferOut:
        return tr("Transfer out");
    case MovementKind::Adjustment:
        return tr("Adjustment");
    case MovementKind::Reserve:
        return tr("Reserve for online order");
    case MovementKind::Release:
        return tr("Release reservation");
    case MovementKind::Fulfil:
        return tr("Fulfil online order");
    }
    Q_UNREACHABLE();
}

qint64 MovementHistoryModel::signedQuantity(const domain::Movement &movement)
{
    if (movement.kind == domain::MovementKind::Count)
        return movement.quantity;
    if (const qint64 onHand = domain::onHandDelta(movement); onHand != 0)
        return onHand;
    return domain::committedDelta(movement);
}

QString MovementHistoryModel::quantityText(const domain::Movement &movement)
{
    const QLocale locale;
    const qint64 quantity = signedQuantity(movement);
    if (movement.kind == domain::MovementKind::Count)
        return tr("= %1").arg(locale.toString(quantity));
    if (quantity > 0)
        return locale.positiveSign() + locale.toString(quantity);
    return locale.toString(quantity);
}

int MovementHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_movements.size());
}

int MovementHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovementHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Movement &m = m_movements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case OccurredAtColumn:
            if (role == Qt::EditRole)
                return m.occurredAtMs;
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.occurredAtMs),
                                      QLocale::ShortFormat);
        case KindColumn:
            return kindLabel(m.kind);
        case QuantityColumn:
            if (role == Qt::EditRole)
                return signedQuantity(m);
            return quantityText(m);
        case ReasonColumn:
            return m.reasonCode.isEmpty() ? QString() : domain::reasonCodeLabel(m.reasonCode);
        case UserColumn:
            return m.user;
        case ReferenceColumn:
            return m.reference;
        case NoteColumn:
            return m.note;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OccurredAtColumn) {
            const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.occurredAtMs),
                                                    QLocale::LongFormat);
            return m.serverSeq ? tr("%1, recorded on %2").arg(when, m.device)
                               : tr("%1, recorded on %2; not yet accepted by the central IMS")
                                     .arg(when, m.device);
        }
        if (index.column() == NoteColumn && !m.note.isEmpty())
            return m.note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case MovementIdRole:
        return m.id.toString(QUuid::WithoutBraces);
    case KindRole:
        return domain::movementKindName(m.kind);
    default:
        return {};
    }
}

QVariant MovementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == QuantityColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case OccurredAtColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case QuantityColumn:
        return tr("Quantity");
    case ReasonColumn:
        return tr("Reason");
    case UserColumn:
        return tr("User");
    case ReferenceColumn:
        return tr("Reference");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> MovementHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MovementIdRole, QByteArrayLiteral("movementId"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    return names;
}

} // namespace stockroom::item
