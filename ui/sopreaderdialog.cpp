#include "sopreaderdialog.h"

#include "sopdocument.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stockroom::ui {

SopReaderDialog::SopReaderDialog(const domain::SopDocument &sop, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sopReaderDialog"));
    setWindowTitle(tr("%1 (version %2)").arg(sop.title).arg(sop.version));
    m_browser->setObjectName(QStringLiteral("sopTextBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setMarkdown(QStringLiteral("# %1\n\n").arg(sop.title) + sop.body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
}

} // namespace stockroom::ui
