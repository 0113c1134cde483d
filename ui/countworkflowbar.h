#pragma once

#include "countservice.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QMessageBox;
class QPushButton;

namespace stockroom::ui {

/**
 * The steps that take a count from counting to stock: Submit, Review, Request Recount (for the
 * selected lines) and Post, each enabled only when the session's state allows it, with the
 * reason as its tooltip. Posting asks first, saying how many count movements and
 * discrepancies it will make.
 */
class CountWorkflowBar : public QWidget
{
    Q_OBJECT

public:
    /** The service is borrowed and must outlive the bar. */
    explicit CountWorkflowBar(replica::CountService &counts, QWidget *parent = nullptr);

    /** The session the buttons work on (nothing: every button is disabled). */
    void setSession(const std::optional<replica::CountSessionInfo> &session);
    /** The lines selected for a recount. */
    void setSelectedSkus(const QStringList &skus);
    /** The signed-in role (empty: not signed in); posting needs the right to record movements. */
    void setRole(const QString &role);

    /** The open confirmation of Post, or null. */
    QMessageBox *postConfirmation() const;

Q_SIGNALS:
    /** The session moved on (submitted, reviewed, sent to a recount, posted). */
    void advanced(const QUuid &countId, const QString &message);
    /** Posting wrote its count movements and raised its discrepancies. */
    void posted(const QUuid &countId);
    /** The service refused a step. */
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *makeButton(const char *objectName);
    void retranslate();
    void updateButtons();
    void submit();
    void review();
    void requestRecount();
    void confirmPost();
    void post();

    replica::CountService &m_counts;
    std::optional<replica::CountSessionInfo> m_session;
    QStringList m_selectedSkus;
    QString m_role;

    QPushButton *m_submitButton;
    QPushButton *m_reviewButton;
    QPushButton *m_recountButton;
    QPushButton *m_postButton;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace stockroom::ui
