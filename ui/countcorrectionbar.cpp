#include "countcorrectionbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace stockroom::ui {

namespace {

constexpr int maxCorrection = 999'999'999;

} // namespace

CountCorrectionBar::CountCorrectionBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_spin(new QSpinBox(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("countCorrectionBar"));
    m_label->setObjectName(QStringLiteral("correctionLabel"));
    m_label->setBuddy(m_spin);
    m_spin->setObjectName(QStringLiteral("correctionSpinBox"));
    m_spin->setRange(0, maxCorrection);
    m_spin->setGroupSeparatorShown(true);
    m_spin->setMinimumWidth(110);
    m_spin->installEventFilter(this);
    m_button->setObjectName(QStringLiteral("setLineButton"));
    // A click leaves the keyboard (and the scanner) in the scan field.
    m_button->setFocusPolicy(Qt::TabFocus);
    m_button->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_spin);
    layout->addWidget(m_button);

    connect(m_button, &QPushButton::clicked, this, &CountCorrectionBar::request);
    retranslate();
    setLine({}, 0, {});
}

void CountCorrectionBar::setLine(const QString &sku, qint64 counted, const QString &whyNot)
{
    m_sku = sku;
    m_counted = counted;
    const bool enabled = !sku.isEmpty() && whyNot.isEmpty();
    m_spin->setEnabled(enabled);
    m_button->setEnabled(enabled);
    m_button->setToolTip(enabled ? tr("Replace what was counted with this quantity.") : whyNot);
    retranslate();
    // What someone is typing into the box stays until they are done.
    if (!sku.isEmpty() && !m_spin->hasFocus())
        m_spin->setValue(int(qMin<qint64>(counted, maxCorrection)));
}

void CountCorrectionBar::edit()
{
    if (!m_spin->isEnabled())
        return;
    m_spin->setFocus(Qt::OtherFocusReason);
    m_spin->selectAll();
}

void CountCorrectionBar::request()
{
    if (!m_sku.isEmpty())
        Q_EMIT correctionRequested(m_sku, m_spin->value());
}

bool CountCorrectionBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_spin && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            request();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_spin->setValue(int(qMin<qint64>(m_counted, maxCorrection)));
            Q_EMIT cancelled();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CountCorrectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CountCorrectionBar::retranslate()
{
    m_label->setText(m_sku.isEmpty() ? tr("Co&rrect the selected line to:")
                                     : tr("Co&rrect %1 to:").arg(m_sku));
    m_button->setText(tr("Set Count"));
}

} // namespace stockroom::ui
