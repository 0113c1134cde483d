#pragma once

#include "changes.h"
#include "decodeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace stockroom::protocol {

/** POST /api/v1/sops: one SOP file to publish, as Markdown with its front matter. */
struct PublishSopRequest
{
    QString fileName; ///< where the file came from, for error messages ("FILE:LINE: …")
    QString text;
};
QByteArray encodePublishSopRequest(const PublishSopRequest &request);
std::optional<PublishSopRequest> decodePublishSopRequest(const QByteArray &json,
                                                         DecodeError *error);

/** The answer: the stored version, its seq, and whether it was already published as is. */
struct PublishSopResponse
{
    SopVersion sop;
    qint64 seq = 0;
    bool unchanged = false;
};
QByteArray encodePublishSopResponse(const PublishSopResponse &response);
std::optional<PublishSopResponse> decodePublishSopResponse(const QByteArray &json,
                                                           DecodeError *error);

/**
 * GET /api/v1/sops/acknowledgements?sop=ID[&version=N]: who among the users the version is
 * meant for (its roles; in the asker's locations) has acknowledged it, and who has not yet.
 */
struct SopAcknowledgementReport
{
    struct Person
    {
        QString user;
        QString role;
        qint64 atMs = 0; ///< when they acknowledged; 0 for the pending

        friend bool operator==(const Person &, const Person &) = default;
    };
    QString sopId;
    int version = 0;
    QString title;
    QList<Person> acknowledged; ///< by time
    QList<Person> pending;      ///< by name
    qint64 asOfMs = 0;

    friend bool operator==(const SopAcknowledgementReport &,
                           const SopAcknowledgementReport &) = default;
};
QByteArray encodeSopAcknowledgementReport(const SopAcknowledgementReport &report);
std::optional<SopAcknowledgementReport> decodeSopAcknowledgementReport(const QByteArray &json,
                                                                       DecodeError *error);

} // namespace stockroom::protocol
