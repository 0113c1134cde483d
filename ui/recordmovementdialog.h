#pragma once

#include "inventoryservice.h"
#include "movement.h"
#include "product.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stockroom::ui {

/**
 * Records one stock movement of a product at a location: kind, quantity, reason (adjustments),
 * reference and note. Problems are shown inside the dialog, in the words of the domain's
 * validation or of the service that refused; the dialog closes only once the movement is stored.
 */
class RecordMovementDialog : public QDialog
{
    Q_OBJECT

public:
    RecordMovementDialog(replica::InventoryService &service, const QString &location,
                         const domain::Product &product, QWidget *parent = nullptr);

    domain::MovementKind kind() const;
    void setKind(domain::MovementKind kind);
    /** The movement the input describes (new id, now), as it would be validated. */
    domain::Movement movementFromInput() const;
    /** What the last OK did; result().ok() once the movement was recorded. */
    const replica::RecordResult &result() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void recorded(const stockroom::domain::Movement &movement);

private:
    void updateForKind();
    void showError(const QString &message);

    replica::InventoryService &m_service;
    QString m_location;
    domain::Product m_product;
    replica::RecordResult m_result;

    QFormLayout *m_form;
    QLabel *m_productLabel;
    QLabel *m_levelLabel;
    QComboBox *m_kindCombo;
    QLabel *m_quantityLabel;
    QSpinBox *m_quantitySpin;
    QLabel *m_reasonLabel;
    QComboBox *m_reasonCombo;
    QLineEdit *m_referenceEdit;
    QLineEdit *m_noteEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace stockroom::ui
