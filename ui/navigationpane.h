#pragma once

#include "pageid.h"

#include <QHash>
#include <QListWidget>

#include <utility>

namespace stockroom::ui {

/** The list on the left of the main window through which the user moves between pages. */
class NavigationPane : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationPane(QWidget *parent = nullptr);

    static QString pageTitle(PageId page);

    PageId currentPage() const;
    void setCurrentPage(PageId page);

    /**
     * A count after the page's title ("SOPs (3)"), bold, with a tooltip saying what it counts;
     * 0 removes it.
     */
    void setBadge(PageId page, int count, const QString &toolTip);
    int badge(PageId page) const { return m_badges.value(page).first; }

Q_SIGNALS:
    void pageRequested(stockroom::ui::PageId page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showBadge(PageId page);

    QHash<PageId, std::pair<int, QString>> m_badges;
};

} // namespace stockroom::ui
