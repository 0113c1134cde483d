#pragma once

#include "countservice.h"

#include <QDialog>
#include <QLocale>
#include <QUuid>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace stockroom::ui {

/**
 * "New Count": what to count (the whole store, a category, a bin, a list of SKUs or today's
 * cycle list), blind or with expected quantities, the tolerances, what happens to items nobody
 * counted and who counts. The service validates; its refusal is shown inside the dialog, which
 * closes only once the session is stored.
 */
class CountSessionDialog : public QDialog
{
    Q_OBJECT

public:
    /** Both services are borrowed and must outlive the dialog. */
    CountSessionDialog(replica::InventoryService &inventory, replica::CountService &counts,
                       QWidget *parent = nullptr);

    /** The session started (after a successful OK), or a null id. */
    QUuid countId() const { return m_countId; }
    /** The error shown, or "". */
    QString errorText() const;
    /** The request the form describes, or nothing and *error for what the form cannot say. */
    std::optional<replica::CountStartRequest> request(QString *error) const;

    /** An amount such as "12.50" (or "12,50" where the locale writes so) in cents; no double. */
    static std::optional<qint64> parseMoney(const QString &text, const QLocale &locale = {});
    /** SKUs or barcodes separated by lines, spaces, commas or semicolons. */
    static QStringList parseSkuList(const QString &text);

    void accept() override;

Q_SIGNALS:
    void started(const QUuid &countId);

private:
    void updateForScope();
    void fillCycleList();
    void showError(const QString &message);
    domain::CountScopeKind scopeKind() const;

    replica::InventoryService &m_inventory;
    replica::CountService &m_counts;
    QUuid m_countId;
    QStringList m_categories;
    QStringList m_bins;

    QFormLayout *m_form;
    QComboBox *m_locationCombo;
    QComboBox *m_scopeCombo;
    QComboBox *m_valueCombo;
    QPlainTextEdit *m_skuEdit;
    QLabel *m_cycleLabel;
    QCheckBox *m_blindCheck;
    QSpinBox *m_unitsSpin;
    QLineEdit *m_valueEdit;
    QComboBox *m_uncountedCombo;
    QLineEdit *m_assigneesEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace stockroom::ui
