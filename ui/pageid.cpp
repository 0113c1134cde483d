#include "pageid.h"

namespace stockroom::ui {

const QList<PageId> &allPages()
{
    static const QList<PageId> pages{PageId::Inventory, PageId::Counts, PageId::Discrepancies,
                                     PageId::Sops,      PageId::Kpis,   PageId::Audits};
    return pages;
}

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Inventory:
        return QStringLiteral("inventory");
    case PageId::Counts:
        return QStringLiteral("counts");
    case PageId::Discrepancies:
        return QStringLiteral("discrepancies");
    case PageId::Sops:
        return QStringLiteral("sops");
    case PageId::Kpis:
        return QStringLiteral("kpis");
    case PageId::Audits:
        return QStringLiteral("audits");
    }
    Q_UNREACHABLE();
}

PageId pageFromKey(const QString &key, PageId fallback)
{
    for (PageId page : allPages()) {
        if (pageKey(page) == key)
            return page;
    }
    return fallback;
}

} // namespace stockroom::ui
