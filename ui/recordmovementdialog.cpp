#include "recordmovementdialog.h"

#include "changeid.h"
#include "movementhistorymodel.h"
#include "reasoncode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

constexpr int maximumQuantity = 1'000'000;

} // namespace

RecordMovementDialog::RecordMovementDialog(replica::InventoryService &service,
                                           const QString &location, const domain::Product &product,
                                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_location(location)
    , m_product(product)
    , m_form(new QFormLayout)
    , m_productLabel(new QLabel(this))
    , m_levelLabel(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_quantityLabel(new QLabel(this))
    , m_quantitySpin(new QSpinBox(this))
    , m_reasonLabel(new QLabel(tr("&Reason:"), this))
    , m_reasonCombo(new QComboBox(this))
    , m_referenceEdit(new QLineEdit(this))
    , m_noteEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recordMovementDialog"));
    setWindowTitle(tr("Record Movement"));

    m_productLabel->setObjectName(QStringLiteral("productLabel"));
    m_productLabel->setText(tr("<b>%1</b><br>SKU %2 at %3")
                                .arg(m_product.name.toHtmlEscaped(), m_product.sku.toHtmlEscaped(),
                                     m_location.toHtmlEscaped()));
    m_levelLabel->setObjectName(QStringLiteral("levelLabel"));
    if (const auto position = m_service.level(m_location, m_product.sku)) {
        const QLocale locale;
        m_levelLabel->setText(tr("Now: on hand %1, committed %2, available %3")
                                  .arg(locale.toString(position->level.onHand),
                                       locale.toString(position->level.committed),
                                       locale.toString(position->level.available())));
    } else {
        m_levelLabel->setText(tr("No stock recorded here yet."));
    }

    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    for (domain::MovementKind kind : domain::allMovementKinds())
        m_kindCombo->addItem(item::MovementHistoryModel::kindLabel(kind), int(kind));

    m_quantityLabel->setObjectName(QStringLiteral("quantityLabel"));
    m_quantitySpin->setObjectName(QStringLiteral("quantitySpinBox"));
    m_quantitySpin->setAccelerated(true);
    m_quantityLabel->setBuddy(m_quantitySpin);

    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonCombo->setObjectName(QStringLiteral("reasonComboBox"));
    m_reasonCombo->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : domain::reasonCodes())
        m_reasonCombo->addItem(domain::reasonCodeLabel(code), code);
    m_reasonLabel->setBuddy(m_reasonCombo);

    m_referenceEdit->setObjectName(QStringLiteral("referenceLineEdit"));
    m_referenceEdit->setPlaceholderText(tr("Order, transfer or delivery number"));
    m_referenceEdit->setMaxLength(120);
    m_noteEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteEdit->setMaxLength(500);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rec&ord"));

    m_form->addRow(tr("&Kind:"), m_kindCombo);
    m_form->addRow(m_quantityLabel, m_quantitySpin);
    m_form->addRow(m_reasonLabel, m_reasonCombo);
    m_form->addRow(tr("R&eference:"), m_referenceEdit);
    m_form->addRow(tr("&Note:"), m_noteEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_productLabel);
    layout->addWidget(m_levelLabel);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordMovementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            &RecordMovementDialog::updateForKind);
    const auto clearError = [this] {
        showError({});
    };
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, clearError);
    connect(m_quantitySpin, &QSpinBox::valueChanged, this, clearError);
    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, clearError);

    setKind(domain::MovementKind::Receipt);
    m_quantitySpin->setValue(1);
    updateForKind();
    resize(420, sizeHint().height());
}

domain::MovementKind RecordMovementDialog::kind() const
{
    return domain::MovementKind(m_kindCombo->currentData().toInt());
}

void RecordMovementDialog::setKind(domain::MovementKind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
}

void RecordMovementDialog::updateForKind()
{
    using domain::MovementKind;
    const MovementKind current = kind();
    switch (current) {
    case MovementKind::Count:
        m_quantityLabel->setText(tr("&Counted quantity:"));
        m_quantitySpin->setRange(0, maximumQuantity);
        break;
    case MovementKind::Adjustment:
        m_quantityLabel->setText(tr("&Change (+ or −):"));
        m_quantitySpin->setRange(-maximumQuantity, maximumQuantity);
        break;
    default:
        m_quantityLabel->setText(tr("&Quantity:"));
        m_quantitySpin->setRange(1, maximumQuantity);
        break;
    }
    const bool needsReason = current == MovementKind::Adjustment;
    m_form->setRowVisible(m_reasonCombo, needsReason);
    m_reasonCombo->setEnabled(needsReason);
}

domain::Movement RecordMovementDialog::movementFromInput() const
{
    domain::Movement m;
    m.id = domain::newChangeId();
    m.location = m_location;
    m.sku = m_product.sku;
    m.kind = kind();
    m.quantity = m_quantitySpin->value();
    m.occurredAtMs = m_service.now();
    m.user = m_service.identity().user;
    m.device = m_service.identity().device;
    if (m.kind == domain::MovementKind::Adjustment)
        m.reasonCode = m_reasonCombo->currentData().toString();
    m.reference = m_referenceEdit->text().trimmed();
    m.note = m_noteEdit->text().trimmed();
    return m;
}

void RecordMovementDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void RecordMovementDialog::accept()
{
    const domain::Movement m = movementFromInput();
    if (const QString invalid = domain::validateMovement(m); !invalid.isEmpty()) {
        showError(invalid);
        return;
    }
    replica::RecordRequest request;
    request.kind = m.kind;
    request.location = m.location;
    request.product = m.sku;
    request.quantity = m.quantity;
    request.reasonCode = m.reasonCode;
    request.reference = m.reference;
    request.note = m.note;
    m_result = m_service.record(request);
    if (!m_result.ok()) {
        showError(m_result.error);
        return;
    }
    Q_EMIT recorded(m_result.movement);
    QDialog::accept();
}

} // namespace stockroom::ui
