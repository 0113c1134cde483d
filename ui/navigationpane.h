#pragma once

#include "pageid.h"

#include <QListWidget>

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

Q_SIGNALS:
    void pageRequested(stockroom::ui::PageId page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace stockroom::ui
