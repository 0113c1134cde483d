#include "bundledsops.h"

#include <QDir>
#include <QFile>

namespace stockroom::resources {

QList<BundledFile> bundledSops()
{
    const QDir dir(QStringLiteral(":/sops"));
    QList<BundledFile> files;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), file.readAll()});
    }
    return files;
}

} // namespace stockroom::resources
