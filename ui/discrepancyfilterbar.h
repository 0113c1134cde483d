#pragma once

#include "location.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace stockroom::item {
class DiscrepancyFilterProxyModel;
}

namespace stockroom::ui {

/**
 * The Discrepancies page's filter bar: SKU search, status (not closed by default), type,
 * location, assignee, overdue only, and "online first" for ecommerce staff. It holds the
 * choices; the page applies them to its proxy model.
 */
class DiscrepancyFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DiscrepancyFilterBar(QWidget *parent = nullptr);

    /** The locations offered; the chosen one stays chosen while it exists. */
    void setLocations(const QList<domain::Location> &locations);
    /** The people and roles the queue names, offered after "Anyone" and "Unassigned". */
    void setAssignees(QStringList assignees);
    QStringList assignees() const;
    /** "Main Street" for "S01", or "" for an unknown code. */
    QString locationName(const QString &code) const;

    /** Sets the proxy's filters (not its "online first") from the choices made. */
    void applyTo(item::DiscrepancyFilterProxyModel *proxy) const;
    /** Shows everything: every status, no type, location, assignee, overdue or search. */
    void showEverything();

    bool ecommerceFirst() const;
    void setEcommerceFirst(bool on);

    /** Ctrl+F: into the search field, its text selected. */
    void focusSearch();

Q_SIGNALS:
    void filtersChanged();
    void ecommerceFirstToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<domain::Location> m_locations;
    QLineEdit *m_searchEdit;
    QLabel *m_statusLabel;
    QComboBox *m_statusCombo;
    QLabel *m_typeLabel;
    QComboBox *m_typeCombo;
    QLabel *m_locationLabel;
    QComboBox *m_locationCombo;
    QLabel *m_assigneeLabel;
    QComboBox *m_assigneeCombo;
    QCheckBox *m_overdueCheck;
    QCheckBox *m_ecommerceFirstCheck;
};

} // namespace stockroom::ui
