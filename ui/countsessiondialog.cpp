#include "countsessiondialog.h"

#include "countsessiontablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace stockroom::ui {

namespace {

using domain::CountScopeKind;
using item::CountSessionTableModel;

constexpr qint64 msPerDay = 86'400'000;

// What a person sets up here; audit samples come from the monthly audit.
const QList<CountScopeKind> &offeredScopes()
{
    static const QList<CountScopeKind> scopes{CountScopeKind::WholeStore, CountScopeKind::Category,
                                              CountScopeKind::Bin, CountScopeKind::SkuList,
                                              CountScopeKind::CycleList};
    return scopes;
}

QStringList sortedUnique(QStringList values)
{
    values.removeAll(QString());
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

CountSessionDialog::CountSessionDialog(replica::InventoryService &inventory,
                                       replica::CountService &counts, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_counts(counts)
    , m_form(new QFormLayout)
    , m_locationCombo(new QComboBox(this))
    , m_scopeCombo(new QComboBox(this))
    , m_valueCombo(new QComboBox(this))
    , m_skuEdit(new QPlainTextEdit(this))
    , m_cycleLabel(new QLabel(this))
    , m_blindCheck(new QCheckBox(this))
    , m_unitsSpin(new QSpinBox(this))
    , m_valueEdit(new QLineEdit(this))
    , m_uncountedCombo(new QComboBox(this))
    , m_assigneesEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("countSessionDialog"));
    setWindowTitle(tr("New Count"));

    m_locationCombo->setObjectName(QStringLiteral("locationComboBox"));
    const QStringList own = m_inventory.ownLocations();
    for (const domain::Location &location : m_inventory.locations()) {
        if (own.contains(location.code))
            m_locationCombo->addItem(tr("%1 — %2").arg(location.code, location.name),
                                     location.code);
    }
    if (const int home = m_locationCombo->findData(m_inventory.homeLocation()); home >= 0)
        m_locationCombo->setCurrentIndex(home);

    QStringList categories;
    QStringList bins;
    for (const domain::Product &product : m_inventory.products()) {
        categories.append(product.category);
        bins.append(product.bin);
    }
    m_categories = sortedUnique(categories);
    m_bins = sortedUnique(bins);

    m_scopeCombo->setObjectName(QStringLiteral("scopeComboBox"));
    for (CountScopeKind kind : offeredScopes())
        m_scopeCombo->addItem(CountSessionTableModel::scopeKindLabel(kind), int(kind));
    m_valueCombo->setObjectName(QStringLiteral("scopeValueComboBox"));
    m_valueCombo->setEditable(true);
    m_valueCombo->setInsertPolicy(QComboBox::NoInsert);
    m_skuEdit->setObjectName(QStringLiteral("skuListTextEdit"));
    m_skuEdit->setTabChangesFocus(true);
    m_skuEdit->setPlaceholderText(tr("SKUs or barcodes, one per line"));
    m_skuEdit->setFixedHeight(m_skuEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_cycleLabel->setObjectName(QStringLiteral("cycleInfoLabel"));
    m_cycleLabel->setWordWrap(true);

    m_blindCheck->setObjectName(QStringLiteral("blindCheckBox"));
    m_blindCheck->setText(tr("&Blind: counters do not see the expected quantities"));

    m_unitsSpin->setObjectName(QStringLiteral("toleranceUnitsSpinBox"));
    m_unitsSpin->setRange(0, 1'000'000);
    m_unitsSpin->setSuffix(tr(" units"));
    m_valueEdit->setObjectName(QStringLiteral("toleranceValueLineEdit"));
    m_valueEdit->setText(QStringLiteral("0") + QLocale().decimalPoint() + QStringLiteral("00"));
    m_valueEdit->setMaximumWidth(120);
    m_valueEdit->setAlignment(Qt::AlignRight);
    auto *tolerance = new QHBoxLayout;
    tolerance->addWidget(m_unitsSpin);
    auto *andLabel = new QLabel(tr("and at most"), this);
    tolerance->addWidget(andLabel);
    tolerance->addWidget(m_valueEdit);
    auto *valueHint = new QLabel(tr("in value (0: no limit on that side; both 0: exact)"), this);
    tolerance->addWidget(valueHint);
    tolerance->addStretch(1);

    m_uncountedCombo->setObjectName(QStringLiteral("uncountedComboBox"));
    m_uncountedCombo->addItem(tr("Leave their stock unchanged"),
                              int(replica::UncountedPolicy::Unchanged));
    m_uncountedCombo->addItem(tr("Assume zero (they are not there)"),
                              int(replica::UncountedPolicy::Zero));

    m_assigneesEdit->setObjectName(QStringLiteral("assigneesLineEdit"));
    m_assigneesEdit->setText(m_inventory.identity().user);
    m_assigneesEdit->setPlaceholderText(tr("User names, separated by commas"));

    m_form->addRow(tr("&Location:"), m_locationCombo);
    m_form->addRow(tr("&Count:"), m_scopeCombo);
    m_form->addRow(tr("C&ategory:"), m_valueCombo);
    m_form->addRow(tr("&SKUs:"), m_skuEdit);
    m_form->addRow(QString(), m_cycleLabel);
    m_form->addRow(tr("Mode:"), m_blindCheck);
    auto *toleranceLabel = new QLabel(tr("&Tolerance:"), this);
    toleranceLabel->setBuddy(m_unitsSpin);
    m_form->addRow(toleranceLabel, tolerance);
    m_form->addRow(tr("&Items not counted:"), m_uncountedCombo);
    m_form->addRow(tr("C&ounters:"), m_assigneesEdit);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Count"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this,
            &CountSessionDialog::updateForScope);
    connect(m_locationCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (scopeKind() == CountScopeKind::CycleList)
            fillCycleList();
    });
    for (QComboBox *combo : {m_scopeCombo, m_valueCombo, m_locationCombo, m_uncountedCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { showError({}); });
    connect(m_skuEdit, &QPlainTextEdit::textChanged, this, [this] { showError({}); });
    connect(m_valueEdit, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CountSessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateForScope();
    resize(520, sizeHint().height());
}

CountScopeKind CountSessionDialog::scopeKind() const
{
    return CountScopeKind(m_scopeCombo->currentData().toInt());
}

void CountSessionDialog::updateForScope()
{
    const CountScopeKind kind = scopeKind();
    const bool hasValue = kind == CountScopeKind::Category || kind == CountScopeKind::Bin;
    const bool hasList = kind == CountScopeKind::SkuList || kind == CountScopeKind::CycleList;
    m_form->setRowVisible(m_valueCombo, hasValue);
    m_form->setRowVisible(m_skuEdit, hasList);
    m_form->setRowVisible(m_cycleLabel, kind == CountScopeKind::CycleList);
    if (hasValue) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_valueCombo)))
            label->setText(kind == CountScopeKind::Category ? tr("C&ategory:") : tr("B&in:"));
        m_valueCombo->clear();
        m_valueCombo->addItems(kind == CountScopeKind::Category ? m_categories : m_bins);
        m_valueCombo->lineEdit()->setPlaceholderText(kind == CountScopeKind::Category
                                                         ? tr("The category to count")
                                                         : tr("The bin to count"));
    }
    if (kind == CountScopeKind::CycleList)
        fillCycleList();
    // Rows come and go with the scope: the dialog grows to show them, it never squeezes them.
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

void CountSessionDialog::fillCycleList()
{
    const QString location = m_locationCombo->currentData().toString();
    const replica::CycleFrequency frequency;
    const QStringList due
        = m_counts.cycleCountDue(location, int(m_inventory.now() / msPerDay), frequency);
    m_skuEdit->setPlainText(due.join(QLatin1Char('\n')));
    m_cycleLabel->setText(
        tr("%n SKU(s) due today by stock value (class A every %1 days, B every %2, C every %3).",
           nullptr, int(due.size()))
            .arg(frequency.everyDaysA)
            .arg(frequency.everyDaysB)
            .arg(frequency.everyDaysC));
}

QStringList CountSessionDialog::parseSkuList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

std::optional<qint64> CountSessionDialog::parseMoney(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QString point = QRegularExpression::escape(locale.decimalPoint());
    const QRegularExpression amount(
        QStringLiteral("^(\\d{1,12})(?:(?:\\.|%1)(\\d{1,2}))?$").arg(point));
    const QRegularExpressionMatch match = amount.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return whole * 100 + fraction.toLongLong();
}

std::optional<replica::CountStartRequest> CountSessionDialog::request(QString *error) const
{
    replica::CountStartRequest request;
    request.location = m_locationCombo->currentData().toString();
    const CountScopeKind kind = scopeKind();
    request.scope.kind = kind;
    if (kind == CountScopeKind::Category || kind == CountScopeKind::Bin)
        request.scope.value = m_valueCombo->currentText().trimmed();
    if (kind == CountScopeKind::SkuList || kind == CountScopeKind::CycleList)
        request.scope.skus = parseSkuList(m_skuEdit->toPlainText());
    request.mode
        = m_blindCheck->isChecked() ? domain::CountMode::Blind : domain::CountMode::Expected;
    request.tolerance.units = m_unitsSpin->value();
    const auto cents = parseMoney(m_valueEdit->text());
    if (!cents) {
        *error = tr("Type the value tolerance as an amount such as %1.")
                     .arg(QStringLiteral("5") + QLocale().decimalPoint() + QStringLiteral("00"));
        return std::nullopt;
    }
    request.tolerance.valueCents = *cents;
    request.uncounted = replica::UncountedPolicy(m_uncountedCombo->currentData().toInt());
    for (const QString &assignee : m_assigneesEdit->text().split(QLatin1Char(','))) {
        if (!assignee.trimmed().isEmpty())
            request.assignees.append(assignee.trimmed());
    }
    return request;
}

QString CountSessionDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void CountSessionDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void CountSessionDialog::accept()
{
    QString error;
    const auto startRequest = request(&error);
    if (!startRequest) {
        showError(error);
        return;
    }
    const QUuid id = m_counts.start(*startRequest, &error);
    if (id.isNull()) {
        showError(error.isEmpty() ? tr("The count could not be started.") : error);
        return;
    }
    m_countId = id;
    showError({});
    Q_EMIT started(id);
    QDialog::accept();
}

} // namespace stockroom::ui
