#include "sopactivity.h"

#include <QCoreApplication>
#include <QSet>

namespace stockroom::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::SopActivity", text);
}

} // namespace

QString trainingOutcomeName(TrainingOutcome outcome)
{
    switch (outcome) {
    case TrainingOutcome::Passed:
        return QStringLiteral("passed");
    case TrainingOutcome::NeedsPractice:
        return QStringLiteral("needs_practice");
    }
    return QStringLiteral("passed");
}

std::optional<TrainingOutcome> trainingOutcomeFromName(QStringView name)
{
    if (name == u"passed")
        return TrainingOutcome::Passed;
    if (name == u"needs_practice")
        return TrainingOutcome::NeedsPractice;
    return std::nullopt;
}

QString validateTrainingSession(const TrainingSession &session)
{
    if (session.sopId.isEmpty() || session.version < 1)
        return tr("A training session needs the SOP and version it was held on.");
    const QString trainer = session.trainer.trimmed();
    if (trainer.isEmpty())
        return tr("A training session needs its trainer.");
    QSet<QString> people;
    for (const QString &attendee : session.attendees) {
        const QString name = attendee.trimmed();
        if (name.isEmpty())
            return tr("An attendee's name is empty.");
        if (people.contains(name))
            return tr("Attendee \"%1\" is named twice.").arg(name);
        if (name == trainer)
            return tr("The trainer \"%1\" cannot also be an attendee.").arg(name);
        people.insert(name);
    }
    if (people.isEmpty())
        return tr("A training session needs at least one attendee.");
    if (session.notes.size() > maxTrainingNotesLength)
        return tr("The notes are %1 characters long; at most %2 are kept.")
            .arg(session.notes.size())
            .arg(maxTrainingNotesLength);
    if (session.atMs <= 0)
        return tr("A training session needs its date.");
    return {};
}

QString validateSopAcknowledgement(const SopAcknowledgement &ack)
{
    if (ack.sopId.isEmpty() || ack.version < 1)
        return tr("An acknowledgement needs the SOP and version it confirms.");
    if (ack.user.trimmed().isEmpty())
        return tr("An acknowledgement needs the user who read the SOP.");
    if (ack.atMs <= 0)
        return tr("An acknowledgement needs its time.");
    return {};
}

} // namespace stockroom::domain
