#include "countlinehighlightproxymodel.h"

#include "countlinemodel.h"

#include <QBrush>

namespace stockroom::ui {

CountLineHighlightProxyModel::CountLineHighlightProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QColor CountLineHighlightProxyModel::beyondToleranceColor()
{
    return QColor(0xf8, 0xd3, 0xd5);
}

QColor CountLineHighlightProxyModel::awaitingRecountColor()
{
    return QColor(0xff, 0xee, 0xba);
}

QColor CountLineHighlightProxyModel::highlightOf(const QModelIndex &index) const
{
    if (index.data(item::CountLineModel::BeyondToleranceRole).toBool())
        return beyondToleranceColor();
    if (index.data(item::CountLineModel::AwaitingRecountRole).toBool())
        return awaitingRecountColor();
    return {};
}

QVariant CountLineHighlightProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole) {
        const QColor colour = highlightOf(index);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        // Dark text on the light highlight, also under a dark palette.
        return highlightOf(index).isValid() ? QVariant(QBrush(QColor(0x21, 0x21, 0x21)))
                                            : QVariant();
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace stockroom::ui
