#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace stockroom::resources {

/** One SOP file bundled under :/sops. */
struct BundledFile
{
    /** The resource path, ":/sops/NAME.md". */
    QString path;
    QByteArray bytes;
};

/** The starter SOPs (issue 7) bundled under :/sops, by file name. */
QList<BundledFile> bundledSops();

} // namespace stockroom::resources
