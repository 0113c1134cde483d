#include "barcodescandetector.h"

#include <QKeyEvent>

namespace stockroom::ui {

BarcodeScanDetector::BarcodeScanDetector(QObject *parent)
    : QObject(parent)
{}

bool BarcodeScanDetector::isQuickAfterLastKey(qint64 timestampMs) const
{
    // A clock that went backwards (or a different event source) starts over.
    return m_haveLastKey && timestampMs >= m_lastKeyMs
           && timestampMs - m_lastKeyMs <= m_maximumInterval;
}

void BarcodeScanDetector::keyTyped(const QString &text, qint64 timestampMs)
{
    if (isQuickAfterLastKey(timestampMs))
        m_burst += text;
    else
        m_burst = text;
    m_lastKeyMs = timestampMs;
    m_haveLastKey = true;
}

QString BarcodeScanDetector::enterPressed(qint64 timestampMs)
{
    const bool scan = isQuickAfterLastKey(timestampMs) && m_burst.size() >= m_minimumLength;
    const QString code = scan ? m_burst : QString();
    reset();
    return code;
}

void BarcodeScanDetector::reset()
{
    m_burst.clear();
    m_haveLastKey = false;
}

bool BarcodeScanDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const auto timestamp = qint64(key->timestamp());
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString code = enterPressed(timestamp);
        if (!code.isEmpty()) {
            Q_EMIT scanned(code);
            return true;
        }
        return false;
    }
    const QString text = key->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint()
                           && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (printable)
        keyTyped(text, timestamp);
    else if (key->key() != Qt::Key_Shift)
        reset(); // Backspace, arrows, shortcuts: what follows is not one clean burst
    return false;
}

} // namespace stockroom::ui
