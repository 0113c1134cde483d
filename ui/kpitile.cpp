#include "kpitile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stockroom::ui {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_target(new QLabel(this))
    , m_trend(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_value->setObjectName(QStringLiteral("valueLabel"));
    m_target->setObjectName(QStringLiteral("targetLabel"));
    m_trend->setObjectName(QStringLiteral("trendLabel"));
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_title, m_value, m_target, m_trend, m_detail})
        layout->addWidget(label);
    layout->addStretch();
}

void KpiTile::setFigure(const domain::KpiFigure &figure)
{
    m_figure = figure;
    m_title->setText(figure.title);
    m_value->setText(figure.valueText);
    m_target->setText(figure.targetText);
    m_trend->setText(figure.trendText);
    m_detail->setText(figure.detailText);
    QPalette palette = m_value->parentWidget()->palette();
    if (figure.onTarget)
        palette.setColor(QPalette::WindowText, *figure.onTarget ? QColor(0x1b, 0x7f, 0x3b)
                                                                : QColor(0xb3, 0x26, 0x1e));
    m_value->setPalette(palette);
    setToolTip(figure.onTarget ? (*figure.onTarget ? tr("On target") : tr("Off target"))
                               : tr("No data to judge"));
}

} // namespace stockroom::ui
