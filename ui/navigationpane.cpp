#include "navigationpane.h"

#include <QEvent>
#include <QStyle>

namespace stockroom::ui {

namespace {

QStyle::StandardPixmap pageIcon(PageId page)
{
    switch (page) {
    case PageId::Inventory:
        return QStyle::SP_DriveHDIcon;
    case PageId::Counts:
        return QStyle::SP_FileDialogDetailedView;
    case PageId::Discrepancies:
        return QStyle::SP_MessageBoxWarning;
    case PageId::Sops:
        return QStyle::SP_FileDialogInfoView;
    case PageId::Kpis:
        return QStyle::SP_FileDialogContentsView;
    case PageId::Audits:
        return QStyle::SP_DialogApplyButton;
    }
    Q_UNREACHABLE();
}

} // namespace

NavigationPane::NavigationPane(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationListWidget"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setIconSize(QSize(20, 20));
    setSpacing(2);
    for (PageId page : allPages()) {
        auto *item
            = new QListWidgetItem(style()->standardIcon(pageIcon(page)), pageTitle(page), this);
        item->setData(Qt::UserRole, pageKey(page));
        item->setSizeHint(QSize(160, 36));
    }
    setMaximumWidth(220);
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < allPages().size())
            Q_EMIT pageRequested(allPages().at(row));
    });
}

QString NavigationPane::pageTitle(PageId page)
{
    switch (page) {
    case PageId::Inventory:
        return tr("Inventory");
    case PageId::Counts:
        return tr("Counts");
    case PageId::Discrepancies:
        return tr("Discrepancies");
    case PageId::Sops:
        return tr("SOPs");
    case PageId::Kpis:
        return tr("KPIs");
    case PageId::Audits:
        return tr("Audits");
    }
    Q_UNREACHABLE();
}

PageId NavigationPane::currentPage() const
{
    const int row = currentRow();
    return row >= 0 && row < allPages().size() ? allPages().at(row) : PageId::Inventory;
}

void NavigationPane::setCurrentPage(PageId page)
{
    setCurrentRow(int(allPages().indexOf(page)));
}

void NavigationPane::setBadge(PageId page, int count, const QString &toolTip)
{
    if (count > 0)
        m_badges.insert(page, {count, toolTip});
    else
        m_badges.remove(page);
    showBadge(page);
}

void NavigationPane::showBadge(PageId page)
{
    QListWidgetItem *pageItem = item(int(allPages().indexOf(page)));
    if (!pageItem)
        return;
    const auto [count, toolTip] = m_badges.value(page);
    pageItem->setText(count > 0 ? tr("%1 (%2)").arg(pageTitle(page)).arg(count) : pageTitle(page));
    pageItem->setToolTip(count > 0 ? toolTip : QString());
    QFont font = this->font();
    font.setBold(count > 0);
    pageItem->setFont(font);
}

void NavigationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void NavigationPane::retranslate()
{
    for (int row = 0; row < count(); ++row)
        showBadge(allPages().at(row));
}

} // namespace stockroom::ui
