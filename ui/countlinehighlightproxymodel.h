#pragma once

#include <QColor>
#include <QIdentityProxyModel>

namespace stockroom::ui {

/**
 * Paints the counting screen's lines: a line review found beyond tolerance gets a soft red
 * background, a line waiting for its recount a soft amber one. item::CountLineModel stays free
 * of QtGui; the colours are decided here.
 */
class CountLineHighlightProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit CountLineHighlightProxyModel(QObject *parent = nullptr);

    static QColor beyondToleranceColor();
    static QColor awaitingRecountColor();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    /** The row's background, or an invalid colour when it needs no highlight. */
    QColor highlightOf(const QModelIndex &index) const;
};

} // namespace stockroom::ui
