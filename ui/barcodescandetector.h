#pragma once

#include <QObject>
#include <QString>

namespace stockroom::ui {

/**
 * Tells a barcode scanner from a person typing: a keyboard-wedge scanner types a code's
 * characters within a few milliseconds of each other and ends with Enter. Installed as an event
 * filter on a line edit, it reports such a burst through scanned() and swallows its Enter; the
 * characters still reach the line edit, and hand-typed Enter passes through untouched.
 */
class BarcodeScanDetector : public QObject
{
    Q_OBJECT

public:
    explicit BarcodeScanDetector(QObject *parent = nullptr);

    /** The longest gap between two keys of a scan, Enter included (default 30 ms). */
    void setMaximumInterval(qint64 milliseconds) { m_maximumInterval = milliseconds; }
    qint64 maximumInterval() const { return m_maximumInterval; }
    /** The fewest characters a scan has (default 4): shorter bursts are typing. */
    void setMinimumLength(int length) { m_minimumLength = length; }
    int minimumLength() const { return m_minimumLength; }

    /** Feeds the text of one key press made at a time in milliseconds (any epoch). */
    void keyTyped(const QString &text, qint64 timestampMs);
    /** Feeds Enter; returns the scanned code when the keys before it were a scan, else "". */
    QString enterPressed(qint64 timestampMs);
    /** Forgets the keys so far (after editing keys such as Backspace). */
    void reset();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void scanned(const QString &code);

private:
    bool isQuickAfterLastKey(qint64 timestampMs) const;

    qint64 m_maximumInterval = 30;
    int m_minimumLength = 4;
    QString m_burst;
    qint64 m_lastKeyMs = 0;
    bool m_haveLastKey = false;
};

} // namespace stockroom::ui
