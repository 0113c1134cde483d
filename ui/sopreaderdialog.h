#pragma once

#include <QDialog>

class QTextBrowser;

namespace stockroom::domain {
struct SopDocument;
}

namespace stockroom::ui {

/** Shows one SOP version, its Markdown rendered, read-only (until the SOPs page exists). */
class SopReaderDialog : public QDialog
{
    Q_OBJECT

public:
    SopReaderDialog(const domain::SopDocument &sop, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace stockroom::ui
