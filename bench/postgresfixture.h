#pragma once

#include <QString>

namespace stockroom::bench {

/** A throw-away PostgreSQL server (tests/server/postgres-fixture.sh), stopped however we leave. */
class PostgresFixture
{
public:
    explicit PostgresFixture(QString dir);
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    /** Starts the server; returns its postgresql:// URL. */
    QString start();

private:
    QString m_dir;
    bool m_started = false;
};

} // namespace stockroom::bench
