#include "reportissuedialog.h"

#include "discrepancyservice.h"
#include "discrepancytablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

constexpr int maximumQuantity = 1'000'000;

} // namespace

ReportIssueDialog::ReportIssueDialog(replica::DiscrepancyService &service, const QString &location,
                                     const domain::Product &product, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_location(location)
    , m_product(product)
    , m_productLabel(new QLabel(this))
    , m_categoryCombo(new QComboBox(this))
    , m_quantitySpin(new QSpinBox(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reportIssueDialog"));
    setWindowTitle(tr("Report an Issue"));

    m_productLabel->setObjectName(QStringLiteral("productLabel"));
    m_productLabel->setWordWrap(true);
    m_productLabel->setText(tr("<b>%1</b><br>SKU %2 at %3")
                                .arg(m_product.name.toHtmlEscaped(), m_product.sku.toHtmlEscaped(),
                                     m_location.toHtmlEscaped()));

    m_categoryCombo->setObjectName(QStringLiteral("issueKindComboBox"));
    for (const QString &category : item::DiscrepancyTableModel::issueCategories())
        m_categoryCombo->addItem(item::DiscrepancyTableModel::issueCategoryLabel(category),
                                 category);
    m_quantitySpin->setObjectName(QStringLiteral("quantitySpinBox"));
    m_quantitySpin->setRange(0, maximumQuantity);
    m_quantitySpin->setValue(1);
    m_quantitySpin->setAccelerated(true);
    m_quantitySpin->setToolTip(tr("Units affected; 0 when the issue is not about a quantity "
                                  "(a wrong shelf label, say)."));
    m_noteEdit->setObjectName(QStringLiteral("noteTextEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("What you saw, where, and anything the next person needs"));
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&port"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Issue:"), m_categoryCombo);
    form->addRow(tr("&Units affected:"), m_quantitySpin);
    form->addRow(tr("&Note:"), m_noteEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_productLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportIssueDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, [this] { showError({}); });
    connect(m_quantitySpin, &QSpinBox::valueChanged, this, [this] { showError({}); });
    resize(420, sizeHint().height());
}

QString ReportIssueDialog::category() const
{
    return m_categoryCombo->currentData().toString();
}

void ReportIssueDialog::setCategory(const QString &category)
{
    m_categoryCombo->setCurrentIndex(m_categoryCombo->findData(category));
}

QString ReportIssueDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void ReportIssueDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void ReportIssueDialog::accept()
{
    replica::IssueReport report;
    report.location = m_location;
    report.sku = m_product.sku;
    report.category = category();
    report.quantity = m_quantitySpin->value();
    report.note = m_noteEdit->toPlainText();
    QString error;
    const auto id = m_service.report(report, &error);
    if (!id) {
        showError(error.isEmpty() ? tr("The report could not be stored.") : error);
        return;
    }
    Q_EMIT reported(*id);
    QDialog::accept();
}

} // namespace stockroom::ui
