#pragma once

#include <QStyledItemDelegate>

namespace stockroom::ui {

/**
 * Paints a cell from a role that holds a small piece of HTML (a search snippet with its matches
 * highlighted) instead of the display text; cells whose role is empty are painted as usual.
 */
class HtmlItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HtmlItemDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace stockroom::ui
