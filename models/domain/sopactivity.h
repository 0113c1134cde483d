#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace stockroom::domain {

/** "I have read this version", by one user on one device (DESIGN.md §3, SOPs). */
struct SopAcknowledgement
{
    QUuid id;
    QString sopId;
    int version = 0;
    QString user;
    QString device;
    qint64 atMs = 0;
    std::optional<qint64> serverSeq;

    friend bool operator==(const SopAcknowledgement &, const SopAcknowledgement &) = default;
};

enum class TrainingOutcome {
    Passed,
    NeedsPractice,
};

/** "passed" or "needs_practice". */
QString trainingOutcomeName(TrainingOutcome outcome);
std::optional<TrainingOutcome> trainingOutcomeFromName(QStringView name);

/** A training session a trainer held on one version of an SOP. */
struct TrainingSession
{
    QUuid id;
    QString sopId;
    int version = 0;
    QString trainer;
    QStringList attendees;
    qint64 atMs = 0;
    TrainingOutcome outcome = TrainingOutcome::Passed;
    QString notes;
    std::optional<qint64> serverSeq;

    friend bool operator==(const TrainingSession &, const TrainingSession &) = default;
};

/** At most this many characters of notes on a training session. */
constexpr qsizetype maxTrainingNotesLength = 4000;

/**
 * Why a training session cannot be stored as it is (no SOP, no trainer, no attendee, an
 * attendee twice, notes too long), as a sentence; empty when it is valid. Both the desktop and
 * the central IMS check with it.
 */
QString validateTrainingSession(const TrainingSession &session);

/** Why an acknowledgement is not valid (no SOP, version, user or time); empty when it is. */
QString validateSopAcknowledgement(const SopAcknowledgement &ack);

} // namespace stockroom::domain
