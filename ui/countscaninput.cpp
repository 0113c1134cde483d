#include "countscaninput.h"

#include "barcodescandetector.h"
#include "countsession.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace stockroom::ui {

namespace {

using Feedback = CountScanInput::Feedback;

constexpr int flashMs = 700;

// "12*" (spaces allowed) waiting for the code it multiplies; nothing for "0*" and the like.
std::optional<qint64> pendingMultiplier(const QString &text)
{
    static const QRegularExpression pending(QStringLiteral("^\\s*(\\d{1,9})\\s*\\*\\s*$"));
    const QRegularExpressionMatch match = pending.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 multiplier = match.captured(1).toLongLong();
    if (multiplier < 1 || multiplier > domain::maxScanMultiplier)
        return std::nullopt;
    return multiplier;
}

QString styleFor(Feedback kind, bool flashing)
{
    const QString base = QStringLiteral("padding: 6px 8px; border-radius: 4px;");
    switch (kind) {
    case Feedback::Counted:
        return base
               + (flashing ? QStringLiteral("background-color: #c8efd0; color: #14532d;")
                           : QStringLiteral("color: #1b6e35;"));
    case Feedback::Unknown:
    case Feedback::Problem:
        return base
               + (flashing ? QStringLiteral("background-color: #f8d3d5; color: #7f1d1d;")
                           : QStringLiteral("color: #b3261e;"));
    case Feedback::None:
    case Feedback::Done:
        break;
    }
    return base;
}

QString feedbackName(Feedback kind)
{
    switch (kind) {
    case Feedback::Counted:
        return QStringLiteral("counted");
    case Feedback::Unknown:
        return QStringLiteral("unknown");
    case Feedback::Problem:
        return QStringLiteral("problem");
    case Feedback::Done:
        return QStringLiteral("done");
    case Feedback::None:
        break;
    }
    return {};
}

} // namespace

CountScanInput::CountScanInput(QWidget *parent)
    : QWidget(parent)
    , m_detector(new BarcodeScanDetector(this))
    , m_strayDetector(new BarcodeScanDetector(this))
    , m_flashTimer(new QTimer(this))
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_multiplierLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("countScanInput"));

    m_label->setObjectName(QStringLiteral("scanLabel"));
    m_label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("scanLineEdit"));
    QFont scanFont = m_edit->font();
    scanFont.setPointSizeF(scanFont.pointSizeF() * 1.4);
    m_edit->setFont(scanFont);
    m_edit->setMaxLength(200);
    m_edit->installEventFilter(this);
    m_edit->installEventFilter(m_detector);

    m_multiplierLabel->setObjectName(QStringLiteral("multiplierLabel"));
    QFont multiplierFont = scanFont;
    multiplierFont.setBold(true);
    m_multiplierLabel->setFont(multiplierFont);
    m_multiplierLabel->setStyleSheet(
        QStringLiteral("color: #7a4b00; background-color: #ffeeba; padding: 2px 8px; "
                       "border-radius: 4px;"));
    // Its room is kept while hidden, so that the scan field does not jump as "12*" is typed.
    m_multiplierLabel->setAlignment(Qt::AlignCenter);
    m_multiplierLabel->setMinimumWidth(
        QFontMetrics(multiplierFont).horizontalAdvance(QStringLiteral("× 100,000")) + 20);
    QSizePolicy keepRoom = m_multiplierLabel->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_multiplierLabel->setSizePolicy(keepRoom);
    m_multiplierLabel->hide();

    m_resultLabel->setObjectName(QStringLiteral("scanResultLabel"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    resultFont.setPointSizeF(resultFont.pointSizeF() * 1.25);
    m_resultLabel->setFont(resultFont);
    m_resultLabel->setStyleSheet(styleFor(Feedback::None, false));

    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_multiplierLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_resultLabel);
    setFocusProxy(m_edit);

    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(flashMs);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { enter(m_edit->text(), {}); });
    connect(m_edit, &QLineEdit::textChanged, this, &CountScanInput::updateMultiplier);
    connect(m_detector, &BarcodeScanDetector::scanned, this, &CountScanInput::onScanned);
    connect(m_strayDetector, &BarcodeScanDetector::scanned, this, &CountScanInput::onStrayScan);
    connect(m_flashTimer, &QTimer::timeout, this, &CountScanInput::endFlash);

    retranslate();
}

void CountScanInput::watchForStrayScans(QWidget *widget)
{
    widget->installEventFilter(m_strayDetector);
}

void CountScanInput::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void CountScanInput::setInputEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
}

void CountScanInput::focusInput()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void CountScanInput::clearInput()
{
    m_edit->clear();
}

void CountScanInput::onScanned(const QString &code)
{
    // The scanner typed the code into the field, after whatever was there: "12*" multiplies
    // it, anything else was typed by mistake and must not become part of the code.
    const QString text = m_edit->text();
    if (!text.endsWith(code)) {
        enter(text, {});
        return;
    }
    const QString before = text.left(text.size() - code.size()).trimmed();
    if (before.isEmpty() || before.endsWith(u'*'))
        enter(text, {});
    else
        enter(code, before);
}

void CountScanInput::onStrayScan(const QString &code)
{
    // A scan made while the focus was elsewhere (the lines, the correction box) is a scan all
    // the same; what it typed there is not meant for that widget.
    const QString multiplier = pendingMultiplier(m_edit->text()) ? m_edit->text() : QString();
    focusInput();
    Q_EMIT strayScanned();
    enter(multiplier + code, {});
}

void CountScanInput::enter(const QString &line, const QString &ignored)
{
    // "12*" then Enter keeps its multiplier for the scan that should follow.
    if (!pendingMultiplier(line))
        m_edit->clear();
    Q_EMIT lineEntered(line, ignored);
}

void CountScanInput::updateMultiplier(const QString &text)
{
    const auto multiplier = pendingMultiplier(text);
    m_multiplierLabel->setVisible(multiplier.has_value());
    if (multiplier) {
        const QString times = QLocale().toString(*multiplier);
        m_multiplierLabel->setText(tr("× %1").arg(times));
        m_multiplierLabel->setToolTip(tr("The next scan counts %1 units; Esc cancels.").arg(times));
    }
}

QString CountScanInput::feedbackText() const
{
    return m_resultLabel->text();
}

void CountScanInput::showFeedback(const QString &text, Feedback kind)
{
    m_feedback = kind;
    m_resultLabel->setText(text);
    m_resultLabel->setProperty("feedback", feedbackName(kind));
    // As StatusMessageLabel says it elsewhere, for tests.
    m_resultLabel->setProperty("problem", kind == Feedback::Unknown || kind == Feedback::Problem);
    const bool flash
        = kind == Feedback::Counted || kind == Feedback::Unknown || kind == Feedback::Problem;
    m_resultLabel->setStyleSheet(styleFor(kind, flash));
    if (flash)
        m_flashTimer->start();
    else
        m_flashTimer->stop();
}

void CountScanInput::endFlash()
{
    m_resultLabel->setStyleSheet(styleFor(m_feedback, false));
}

void CountScanInput::alert()
{
    QApplication::beep();
    Q_EMIT alerted();
}

bool CountScanInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
            m_edit->clear(); // drops a pending multiplier
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CountScanInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CountScanInput::retranslate()
{
    m_label->setText(tr("Sc&an:"));
    updateMultiplier(m_edit->text());
}

} // namespace stockroom::ui
