#pragma once

#include <QString>

#include <optional>

namespace stockroom::server {

/**
 * Where stockroomd keeps the central database, from --database: "sqlite:PATH" (the embedded
 * default, stockroomd.db in the working directory) or
 * "postgresql://user:password@host:port/database".
 */
struct DatabaseUrl
{
    enum class Driver { Sqlite, Postgresql };

    Driver driver = Driver::Sqlite;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static DatabaseUrl defaultSqlite();
    /** Parses a --database value; nullopt with a message naming what is wrong. */
    static std::optional<DatabaseUrl> parse(const QString &text, QString *errorMessage);

    /** For logs and messages: never contains the password. */
    QString toDisplayString() const;

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;
};

} // namespace stockroom::server
