#pragma once

#include "replicadatabase.h"

#include <memory>

/**
 * Opens the replica the desktop works on. When it cannot be opened the user may pick another
 * file or quit (interactive), or the reason is printed (non-interactive). A brand-new embedded
 * default replica is seeded with the small demo chain, so that a new user sees a working app.
 */
std::unique_ptr<stockroom::replica::ReplicaDatabase>
openDesktopReplica(const QString &path, bool isEmbeddedDefault, bool interactive);
