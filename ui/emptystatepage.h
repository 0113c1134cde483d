#pragma once

#include <QWidget>

class QLabel;

namespace stockroom::ui {

/** A page's empty state: its title and what the user will find and do there. */
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString title() const;

private:
    QLabel *m_titleLabel;
    QLabel *m_explanationLabel;
};

} // namespace stockroom::ui
