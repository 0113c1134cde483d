#include "postgresfixture.h"

#include "benchtools.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace stockroom::bench {

PostgresFixture::PostgresFixture(QString dir)
    : m_dir(std::move(dir))
{}

PostgresFixture::~PostgresFixture()
{
    if (!m_started)
        return;
    try {
        runTool(QStringLiteral("stopping PostgreSQL"), QStringLiteral("bash"),
                {QStringLiteral(STOCKROOM_POSTGRES_FIXTURE), QStringLiteral("stop"), m_dir},
                120000);
    } catch (const Failure &failure) {
        QTextStream(stderr) << "stockroom-bench: " << failure.message << Qt::endl;
    }
}

QString PostgresFixture::start()
{
    m_started = true; // a start that failed half-way is cleaned up by stop too
    runTool(QStringLiteral("starting PostgreSQL"), QStringLiteral("bash"),
            {QStringLiteral(STOCKROOM_POSTGRES_FIXTURE), QStringLiteral("start"), m_dir}, 300000);
    QFile file(QDir(m_dir).filePath(QStringLiteral("url")));
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("the PostgreSQL fixture wrote no %1").arg(file.fileName()));
    return QString::fromUtf8(file.readAll().trimmed());
}

} // namespace stockroom::bench
