#pragma once

#include "kpifigures.h"

#include <QFrame>

class QLabel;

namespace stockroom::ui {

/**
 * One headline figure of the KPIs page: its title, value (green when on target, red when not),
 * target, trend against the previous period and what it is made of.
 */
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget *parent = nullptr);

    void setFigure(const domain::KpiFigure &figure);
    const domain::KpiFigure &figure() const { return m_figure; }

private:
    domain::KpiFigure m_figure;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_target;
    QLabel *m_trend;
    QLabel *m_detail;
};

} // namespace stockroom::ui
