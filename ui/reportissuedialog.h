#pragma once

#include "product.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace stockroom::replica {
class DiscrepancyService;
}

namespace stockroom::ui {

/**
 * "Report an issue" with a product at a location (damaged goods, a missing item, a mislabelled
 * shelf …): the kind, the units affected and a note become a staff-report discrepancy in the
 * queue. The service's refusal is shown inside the dialog, which closes once the report is stored.
 */
class ReportIssueDialog : public QDialog
{
    Q_OBJECT

public:
    ReportIssueDialog(replica::DiscrepancyService &service, const QString &location,
                      const domain::Product &product, QWidget *parent = nullptr);

    /** The category name chosen ("damaged", "missing", "mislabelled", "other"). */
    QString category() const;
    void setCategory(const QString &category);
    /** The error shown, or "". */
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    void reported(const QUuid &discrepancy);

private:
    void showError(const QString &message);

    replica::DiscrepancyService &m_service;
    QString m_location;
    domain::Product m_product;

    QLabel *m_productLabel;
    QComboBox *m_categoryCombo;
    QSpinBox *m_quantitySpin;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace stockroom::ui
