#pragma once

#include <QList>
#include <QString>

namespace stockroom::ui {

/** The main window's pages, in navigation order. */
enum class PageId { Inventory, Counts, Discrepancies, Sops, Kpis, Audits };

const QList<PageId> &allPages();
/** Stable key for settings and object names ("inventory", "counts" ...). */
QString pageKey(PageId page);
PageId pageFromKey(const QString &key, PageId fallback);

} // namespace stockroom::ui
