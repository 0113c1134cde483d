#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace stockroom::domain {

/**
 * Who has and who has not acknowledged one SOP version, as the SOPs page shows it to managers
 * and trainers: from the central IMS when connected (it knows every user), otherwise only the
 * acknowledgements this replica holds, with an empty pending list.
 */
struct SopAckStatus
{
    struct Acknowledged
    {
        QString user;
        qint64 atMs = 0;

        friend bool operator==(const Acknowledged &, const Acknowledged &) = default;
    };

    struct Pending
    {
        QString user;
        /** A role name of domain::allRoles(). */
        QString role;

        friend bool operator==(const Pending &, const Pending &) = default;
    };

    QList<Acknowledged> acknowledged;
    /** The users the version is meant for who have not acknowledged it; central only. */
    QList<Pending> pending;
    /** True when the lists came from the central IMS, false for the replica's own. */
    bool fromCentral = false;
    /** When the central IMS answered, as the user should read it (empty: unknown). */
    QString asOf;
    /** Why the central IMS could not answer, as a sentence (empty: it answered). */
    QString error;

    friend bool operator==(const SopAckStatus &, const SopAckStatus &) = default;
};

} // namespace stockroom::domain
