#include "emptystatepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stockroom::ui {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(title, this))
    , m_explanationLabel(new QLabel(explanation, this))
{
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_explanationLabel->setObjectName(QStringLiteral("explanationLabel"));
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_explanationLabel);
    layout->addStretch(1);
}

QString EmptyStatePage::title() const
{
    return m_titleLabel->text();
}

} // namespace stockroom::ui
