#include "statusmessagelabel.h"

namespace stockroom::ui {

StatusMessageLabel::StatusMessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void StatusMessageLabel::showMessage(const QString &message, bool problem)
{
    setText(message);
    setVisible(!message.isEmpty());
    setProperty("problem", problem);
    setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
}

} // namespace stockroom::ui
