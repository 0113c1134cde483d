#pragma once

#include "migration.h"

#include <QList>

namespace stockroom::replica {

/** The replica's schema as code: every numbered migration, oldest first. */
const QList<Migration> &replicaMigrations();

} // namespace stockroom::replica
