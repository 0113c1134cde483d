#pragma once

#include <QLabel>

namespace stockroom::ui {

/**
 * The one-line outcome a page shows under its table (a scan, an action): hidden while empty,
 * selectable, and red and bold for a problem. Its "problem" property says which, for tests.
 */
class StatusMessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit StatusMessageLabel(QWidget *parent = nullptr);

    void showMessage(const QString &message, bool problem);
};

} // namespace stockroom::ui
