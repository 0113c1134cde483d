#pragma once

#include "sopackstatus.h"

#include <QSet>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace stockroom::replica {
class DiscrepancyService;
class SopService;
class SopStatistics;
} // namespace stockroom::replica

namespace stockroom::item {
class SopListModel;
}

namespace stockroom::ui {

class SopAckPanel;
class SopDiffView;
class SopReaderView;
class SopStatisticsView;
class StatusMessageLabel;

/**
 * The SOP library (issue 7): the latest SOPs for a role and a tag, ranked full-text search with
 * the matches highlighted, the reader with its table of contents, "I have read this version",
 * the version history with what changed, print and PDF; the SOPs the user still has to read;
 * for managers and trainers who has read a version and which SOPs govern the most
 * discrepancies; for trainers the walkthrough that records a training session.
 */
class SopsPage : public QWidget
{
    Q_OBJECT

public:
    /**
     * Asks the central IMS who has and has not acknowledged an SOP version and calls done with
     * the answer (once, on the GUI thread; it may be later). Without one the page shows the
     * replica's acknowledgements and says that the "not yet" list needs a connection.
     */
    using AckStatusSource = std::function<void(
        const QString &sopId, int version, std::function<void(const domain::SopAckStatus &)> done)>;

    /** The service is borrowed and must outlive the page. */
    explicit SopsPage(replica::SopService &sops, QWidget *parent = nullptr);
    ~SopsPage() override;

    /**
     * The signed-in role (empty: not signed in): the list shows that role's SOPs first, the
     * acknowledgement panel and statistics are offered to roles that review training, the
     * walkthrough to roles that train.
     */
    void setRole(const QString &role);
    /** The discrepancy queue (borrowed, may be null): the trainers' statistics read it. */
    void setDiscrepancyService(replica::DiscrepancyService *discrepancies);
    /** Where "who has and has not read it" comes from; an empty function means offline. */
    void setAckStatusSource(AckStatusSource source);

    /** Selects the SOP (clearing the search and filters that hide it) and shows it. */
    bool showSop(const QString &id, int version = 0);
    QString currentId() const;
    int currentVersion() const;
    /** How many SOPs the user still has to acknowledge. */
    int toReadCount() const { return int(m_toRead.size()); }

    SopReaderView *reader() const { return m_reader; }
    SopDiffView *diffView() const { return m_diff; }
    SopAckPanel *ackPanel() const { return m_ackPanel; }
    SopStatisticsView *statisticsView() const { return m_statisticsView; }

public Q_SLOTS:
    /** Re-reads the library, the selected SOP, and the SOPs to read (after an import). */
    void reload();
    /**
     * The same as reload(), for the sync wiring: a sync brought SOP versions or
     * acknowledgements, so the SOPs to read (banner, badge, list) may have changed.
     */
    void refreshToRead();

Q_SIGNALS:
    /** The number of SOPs the user still has to acknowledge (for the navigation's badge). */
    void toReadChanged(int count);
    /** "I have read this version" was stored (sync may push it). */
    void acknowledgementRecorded(const QString &sopId, int version);
    /** A walkthrough recorded a training session (sync may push it). */
    void trainingRecorded(const QUuid &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void fillList();
    void updateBanner();
    void onCurrentRowChanged(const QModelIndex &current);
    /** Shows a version in the reader; keepHistory leaves the diff's chosen versions alone. */
    void showVersion(const QString &id, int version, bool keepHistory = false);
    void updateAcknowledge();
    void updateAckPanel();
    void updateRoleOffers();
    void acknowledge();
    void openWalkthrough();
    domain::SopAckStatus localAckStatus(const QString &id, int version) const;
    QString user() const;

    replica::SopService &m_sops;
    replica::DiscrepancyService *m_discrepancies = nullptr;
    std::unique_ptr<replica::SopStatistics> m_statistics;
    AckStatusSource m_ackSource;
    quint64 m_ackRequest = 0;
    QString m_role;
    /** "id@version" of each SOP the user still has to read. */
    QSet<QString> m_toRead;
    QString m_shownId;
    int m_shownVersion = 0;

    item::SopListModel *m_model;
    QLabel *m_roleLabel;
    QComboBox *m_roleCombo;
    QLabel *m_tagLabel;
    QComboBox *m_tagCombo;
    QLineEdit *m_searchEdit;
    QFrame *m_banner;
    QLabel *m_bannerLabel;
    QPushButton *m_readFirstButton;
    StatusMessageLabel *m_statusLabel;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTabWidget *m_tabs;
    SopReaderView *m_reader;
    SopDiffView *m_diff;
    SopAckPanel *m_ackPanel;
    SopStatisticsView *m_statisticsView;
};

} // namespace stockroom::ui
