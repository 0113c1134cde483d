#pragma once

#include "replicadatabase.h"

#include <memory>

namespace stockroom::replica {
class DiscrepancyService;
class SopService;
} // namespace stockroom::replica

namespace stockroom::ui {
class DiscrepanciesPage;
class MainWindow;
class SopsPage;
} // namespace stockroom::ui

/**
 * Opens the replica the desktop works on. When it cannot be opened the user may pick another
 * file or quit (interactive), or the reason is printed (non-interactive). A brand-new embedded
 * default replica is seeded with the small demo chain, so that a new user sees a working app.
 */
std::unique_ptr<stockroom::replica::ReplicaDatabase>
openDesktopReplica(const QString &path, bool isEmbeddedDefault, bool interactive);

/**
 * Puts the SOPs page into the window: it follows the signed-in role, its SOPs to read badge the
 * navigation, and the Discrepancies page's SOP links open it. The services are borrowed.
 */
stockroom::ui::SopsPage *installSopsPage(stockroom::ui::MainWindow &window,
                                         stockroom::replica::SopService &sops,
                                         stockroom::replica::DiscrepancyService &discrepancies,
                                         stockroom::ui::DiscrepanciesPage *discrepanciesPage);
