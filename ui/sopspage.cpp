#include "sopspage.h"

#include "htmlitemdelegate.h"
#include "rolepolicy.h"
#include "sopackpanel.h"
#include "sopdiffview.h"
#include "soplistmodel.h"
#include "sopreaderview.h"
#include "sopservice.h"
#include "sopstatistics.h"
#include "sopstatisticsview.h"
#include "sopwalkthroughdialog.h"
#include "statusmessagelabel.h"
#include "syncpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace stockroom::ui {

namespace {

using item::SopListEntry;
using item::SopListModel;

QString versionKey(const QString &id, int version)
{
    return QStringLiteral("%1@%2").arg(id).arg(version);
}

/** Roles that read every SOP rather than the ones meant for them: they teach or run it all. */
bool readsEverything(const QString &role)
{
    return role.isEmpty() || role == QLatin1String("trainer") || role == QLatin1String("admin");
}

enum Tab { ReadTab, HistoryTab, AcknowledgementsTab, StatisticsTab };

} // namespace

SopsPage::SopsPage(replica::SopService &sops, QWidget *parent)
    : QWidget(parent)
    , m_sops(sops)
    , m_model(new SopListModel(this))
    , m_roleLabel(new QLabel(this))
    , m_roleCombo(new QComboBox(this))
    , m_tagLabel(new QLabel(this))
    , m_tagCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_banner(new QFrame(this))
    , m_bannerLabel(new QLabel(m_banner))
    , m_readFirstButton(new QPushButton(m_banner))
    , m_statusLabel(new StatusMessageLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_reader(new SopReaderView(this))
    , m_diff(new SopDiffView(this))
    , m_ackPanel(new SopAckPanel(this))
    , m_statisticsView(new SopStatisticsView(this))
{
    setObjectName(QStringLiteral("sopsPage"));
    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    m_roleLabel->setBuddy(m_roleCombo);
    m_tagCombo->setObjectName(QStringLiteral("tagComboBox"));
    m_tagLabel->setBuddy(m_tagCombo);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_banner->setObjectName(QStringLiteral("toReadBannerFrame"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#toReadBannerFrame { background-color: #fff4ce; }"));
    m_bannerLabel->setObjectName(QStringLiteral("toReadLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::RichText);
    m_bannerLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                           | Qt::LinksAccessibleByKeyboard);
    m_readFirstButton->setObjectName(QStringLiteral("readFirstButton"));
    m_statusLabel->setObjectName(QStringLiteral("sopStatusLabel"));

    m_table->setObjectName(QStringLiteral("sopTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(SopListModel::MatchColumn,
                                      new HtmlItemDelegate(SopListModel::SnippetHtmlRole, this));

    m_tabs->setObjectName(QStringLiteral("sopTabWidget"));
    m_tabs->addTab(m_reader, QString());
    m_tabs->addTab(m_diff, QString());
    m_tabs->addTab(m_ackPanel, QString());
    m_tabs->addTab(m_statisticsView, QString());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_roleLabel);
    filters->addWidget(m_roleCombo);
    filters->addWidget(m_tagLabel);
    filters->addWidget(m_tagCombo);
    filters->addWidget(m_searchEdit, 1);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_readFirstButton);
    m_splitter->setObjectName(QStringLiteral("sopsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({480, 620});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_splitter, 1);

    auto *findAction = new QAction(this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &SopsPage::fillList);
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &SopsPage::fillList);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &SopsPage::fillList);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SopsPage::onCurrentRowChanged);
    connect(m_bannerLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (showSop(link.mid(int(qstrlen("sop:")))))
            m_tabs->setCurrentIndex(ReadTab);
    });
    connect(m_readFirstButton, &QPushButton::clicked, this, [this] {
        const QList<replica::StoredSop> toRead = m_sops.toRead(user(), m_role);
        if (!toRead.isEmpty() && showSop(toRead.constFirst().document.id))
            m_tabs->setCurrentIndex(ReadTab);
    });
    connect(m_reader, &SopReaderView::acknowledgeRequested, this, &SopsPage::acknowledge);
    connect(m_reader, &SopReaderView::walkthroughRequested, this, &SopsPage::openWalkthrough);
    connect(m_reader, &SopReaderView::outputFinished, m_statusLabel,
            &StatusMessageLabel::showMessage);
    connect(m_diff, &SopDiffView::versionRequested, this, [this](const QString &id, int version) {
        showVersion(id, version, true);
        m_tabs->setCurrentIndex(ReadTab);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == AcknowledgementsTab)
            updateAckPanel();
    });
    connect(m_statisticsView, &SopStatisticsView::sopRequested, this, [this](const QString &id) {
        if (showSop(id))
            m_tabs->setCurrentIndex(ReadTab);
    });

    retranslate();
    updateRoleOffers();
    reload();
}

SopsPage::~SopsPage() = default;

QString SopsPage::user() const
{
    return m_sops.identity().user;
}

void SopsPage::setRole(const QString &role)
{
    m_role = role;
    {
        const QSignalBlocker blocker(m_roleCombo);
        const int index = m_roleCombo->findData(readsEverything(role) ? QString() : role);
        m_roleCombo->setCurrentIndex(std::max(index, 0));
    }
    updateRoleOffers();
    reload();
}

void SopsPage::setDiscrepancyService(replica::DiscrepancyService *discrepancies)
{
    m_discrepancies = discrepancies;
    m_statistics = discrepancies ? std::make_unique<replica::SopStatistics>(m_sops, *discrepancies)
                                 : nullptr;
    m_statisticsView->setStatistics(m_statistics.get(), [this] { return m_sops.now(); });
    updateRoleOffers();
}

void SopsPage::setAckStatusSource(AckStatusSource source)
{
    m_ackSource = std::move(source);
    updateAckPanel();
}

void SopsPage::updateRoleOffers()
{
    const bool reviews = domain::roleCan(m_role, domain::Capability::ReviewTraining);
    m_tabs->setTabVisible(AcknowledgementsTab, reviews);
    m_tabs->setTabVisible(StatisticsTab, reviews && m_statistics);
    m_reader->setWalkthroughVisible(domain::roleCan(m_role, domain::Capability::TrainStaff));
}

void SopsPage::reload()
{
    fillFilters();
    fillList();
    m_statisticsView->reload();
}

void SopsPage::refreshToRead()
{
    reload();
}

void SopsPage::fillFilters()
{
    const QString tag = m_tagCombo->currentData().toString();
    QStringList tags;
    for (const replica::StoredSop &sop : m_sops.list()) {
        for (const QString &t : sop.document.tags) {
            if (!tags.contains(t))
                tags.append(t);
        }
    }
    std::sort(tags.begin(), tags.end());
    const QSignalBlocker blocker(m_tagCombo);
    m_tagCombo->clear();
    m_tagCombo->addItem(tr("All tags"), QString());
    for (const QString &t : std::as_const(tags))
        m_tagCombo->addItem(t, t);
    m_tagCombo->setCurrentIndex(std::max(m_tagCombo->findData(tag), 0));
}

void SopsPage::fillList()
{
    m_toRead.clear();
    for (const replica::StoredSop &sop : m_sops.toRead(user(), m_role))
        m_toRead.insert(versionKey(sop.document.id, sop.document.version));

    const QString role = m_roleCombo->currentData().toString();
    const QString tag = m_tagCombo->currentData().toString();
    const QList<replica::StoredSop> sops = m_sops.list(role, tag);
    const auto entryOf = [this](const replica::StoredSop &sop) {
        const domain::SopDocument &d = sop.document;
        SopListEntry entry{d.id,
                           d.title,
                           d.version,
                           d.tags,
                           d.roles,
                           sop.publishedAtMs,
                           SopListEntry::ReadState::NotApplicable,
                           {},
                           {}};
        if (m_toRead.contains(versionKey(d.id, d.version))) {
            entry.readState = SopListEntry::ReadState::ToRead;
        } else {
            const QList<replica::SopAcknowledgement> acks = m_sops.whoAcknowledged(d.id, d.version);
            if (std::any_of(acks.cbegin(), acks.cend(),
                            [this](const auto &ack) { return ack.user == user(); }))
                entry.readState = SopListEntry::ReadState::Read;
        }
        return entry;
    };

    QList<SopListEntry> entries;
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        for (const replica::StoredSop &sop : sops)
            entries.append(entryOf(sop));
    } else {
        for (const replica::SopSearchHit &hit : m_sops.search(text)) {
            const auto shown = std::find_if(sops.cbegin(), sops.cend(), [&](const auto &sop) {
                return sop.document.id == hit.id;
            });
            if (shown == sops.cend())
                continue; // hidden by the role or tag filter
            SopListEntry entry = entryOf(*shown);
            entry.snippetText = replica::SopService::highlighted(hit.snippet, {}, {});
            entry.snippetHtml = replica::SopService::highlighted(
                hit.snippet.toHtmlEscaped(),
                QStringLiteral("<b style=\"background-color:#ffe066;\">"), QStringLiteral("</b>"));
            entries.append(entry);
        }
    }
    m_model->setEntries(entries);
    m_table->setColumnHidden(SopListModel::MatchColumn, text.isEmpty());
    m_table->setColumnHidden(SopListModel::TagsColumn, !text.isEmpty());
    m_table->resizeColumnToContents(SopListModel::TitleColumn);
    m_table->setColumnWidth(SopListModel::TitleColumn,
                            std::min(m_table->columnWidth(SopListModel::TitleColumn), 240));
    m_table->resizeColumnToContents(SopListModel::VersionColumn);
    m_table->resizeColumnToContents(SopListModel::StatusColumn);
    if (!text.isEmpty())
        m_table->resizeRowsToContents();
    m_statusLabel->showMessage(
        !text.isEmpty() && entries.isEmpty() ? tr("No SOP matches \"%1\".").arg(text) : QString(),
        false);

    // Keep what was shown; otherwise show the first SOP.
    const int row = m_model->rowOf(m_shownId);
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(row);
        showVersion(m_shownId, m_shownVersion);
    } else if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        m_shownId.clear();
        m_shownVersion = 0;
        m_reader->clear();
        m_diff->clear();
        updateAckPanel();
    }
    updateBanner();
}

void SopsPage::updateBanner()
{
    const QList<replica::StoredSop> toRead = m_sops.toRead(user(), m_role);
    QStringList links;
    for (const replica::StoredSop &sop : toRead) {
        links.append(QStringLiteral("<a href=\"sop:%1\">%2</a>")
                         .arg(sop.document.id.toHtmlEscaped(), sop.document.title.toHtmlEscaped()));
    }
    m_bannerLabel->setText(
        tr("<b>%n SOP(s) to read</b> — please read and acknowledge:", nullptr, int(toRead.size()))
        + QLatin1Char(' ') + links.join(QStringLiteral(" · ")));
    m_banner->setVisible(!toRead.isEmpty());
    Q_EMIT toReadChanged(int(toRead.size()));
}

void SopsPage::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    showVersion(current.data(SopListModel::IdRole).toString(), 0);
}

void SopsPage::showVersion(const QString &id, int version, bool keepHistory)
{
    const auto sop = m_sops.get(id, version);
    if (!sop) {
        m_reader->clear();
        return;
    }
    const bool keep = keepHistory && m_shownId == id;
    m_shownId = id;
    m_shownVersion = sop->document.version;
    m_reader->setSop(*sop);
    if (!keep)
        m_diff->setHistory(m_sops.history(id));
    updateAcknowledge();
    updateAckPanel();
}

bool SopsPage::showSop(const QString &id, int version)
{
    if (m_model->rowOf(id) < 0) {
        m_searchEdit->clear();
        m_tagCombo->setCurrentIndex(0);
        m_roleCombo->setCurrentIndex(0);
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    showVersion(id, version);
    return m_shownId == id;
}

QString SopsPage::currentId() const
{
    return m_shownId;
}

int SopsPage::currentVersion() const
{
    return m_shownVersion;
}

void SopsPage::updateAcknowledge()
{
    const QString readText = tr("I Have Read This Version");
    if (m_shownId.isEmpty()) {
        m_reader->setAcknowledgeState(false, readText, QString());
        return;
    }
    const int latest = m_sops.latestVersion(m_shownId);
    if (m_shownVersion != latest) {
        m_reader->setAcknowledgeState(
            false, readText,
            tr("This is version %1; only the latest version (%2) can be acknowledged.")
                .arg(m_shownVersion)
                .arg(latest));
        return;
    }
    for (const replica::SopAcknowledgement &ack : m_sops.whoAcknowledged(m_shownId, latest)) {
        if (ack.user == user()) {
            m_reader->setAcknowledgeState(
                false, tr("Already Read"),
                tr("You acknowledged version %1 on %2.")
                    .arg(latest)
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(ack.atMs),
                                            QLocale::ShortFormat)));
            return;
        }
    }
    m_reader->setAcknowledgeState(true, readText,
                                  m_toRead.contains(versionKey(m_shownId, latest))
                                      ? tr("You have not acknowledged this version yet.")
                                      : QString());
}

void SopsPage::acknowledge()
{
    if (m_shownId.isEmpty())
        return;
    QString error;
    const QString id = m_shownId;
    const int version = m_shownVersion;
    if (!m_sops.acknowledge(id, version, &error)) {
        m_statusLabel->showMessage(error, true);
        return;
    }
    const auto sop = m_sops.get(id, version);
    reload();
    m_statusLabel->showMessage(
        tr("You acknowledged \"%1\", version %2.").arg(sop ? sop->document.title : id).arg(version),
        false);
    Q_EMIT acknowledgementRecorded(id, version);
}

domain::SopAckStatus SopsPage::localAckStatus(const QString &id, int version) const
{
    domain::SopAckStatus status;
    for (const replica::SopAcknowledgement &ack : m_sops.whoAcknowledged(id, version)) {
        const bool known = std::any_of(status.acknowledged.cbegin(), status.acknowledged.cend(),
                                       [&](const auto &a) { return a.user == ack.user; });
        if (!known)
            status.acknowledged.append({ack.user, ack.atMs});
    }
    return status;
}

void SopsPage::updateAckPanel()
{
    // Asked only while the panel is in front: every question may go to the central IMS.
    if (!m_tabs->isTabVisible(AcknowledgementsTab) || m_tabs->currentWidget() != m_ackPanel)
        return;
    if (m_shownId.isEmpty()) {
        m_ackPanel->clear();
        return;
    }
    // The panel is about the latest version: that is the one people are asked to read.
    const auto sop = m_sops.get(m_shownId);
    if (!sop) {
        m_ackPanel->clear();
        return;
    }
    const QString id = sop->document.id;
    const QString title = sop->document.title;
    const int version = sop->document.version;
    if (!m_ackSource) {
        m_ackPanel->setStatus(title, version, localAckStatus(id, version));
        return;
    }
    m_ackPanel->setLoading(title, version);
    const quint64 request = ++m_ackRequest;
    QPointer<SopsPage> self(this);
    m_ackSource(id, version, [self, request, id, title, version](const domain::SopAckStatus &s) {
        if (!self || self->m_ackRequest != request)
            return; // the page is gone, or another SOP was chosen since
        domain::SopAckStatus status = s;
        if (!status.fromCentral) {
            const QString error = status.error;
            status = self->localAckStatus(id, version);
            status.error = error;
        }
        self->m_ackPanel->setStatus(title, version, status);
    });
}

void SopsPage::openWalkthrough()
{
    const auto sop = m_sops.get(m_shownId, m_shownVersion);
    if (!sop)
        return;
    auto *dialog = new SopWalkthroughDialog(m_sops, *sop,
                                            replica::knownPeople(m_sops, m_discrepancies), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SopWalkthroughDialog::trainingRecorded, this,
            [this, title = sop->document.title](const QUuid &id) {
                m_statusLabel->showMessage(tr("Training session on \"%1\" recorded.").arg(title),
                                           false);
                updateAckPanel();
                Q_EMIT trainingRecorded(id);
            });
    dialog->open();
}

void SopsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopsPage::retranslate()
{
    m_roleLabel->setText(tr("&Role:"));
    m_tagLabel->setText(tr("T&ag:"));
    m_searchEdit->setPlaceholderText(tr("Search the SOPs (Ctrl+F)"));
    m_readFirstButton->setText(tr("Read the First"));
    m_tabs->setTabText(ReadTab, tr("Read"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_tabs->setTabText(AcknowledgementsTab, tr("Who Has Read It"));
    m_tabs->setTabText(StatisticsTab, tr("Training Needs"));
    const QString role = m_roleCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_roleCombo);
        m_roleCombo->clear();
        m_roleCombo->addItem(tr("All roles"), QString());
        for (const QString &r : domain::allRoles())
            m_roleCombo->addItem(SyncPanel::roleTitle(r), r);
        m_roleCombo->setCurrentIndex(std::max(m_roleCombo->findData(role), 0));
    }
    if (m_tagCombo->count() > 0)
        m_tagCombo->setItemText(0, tr("All tags"));
    updateAcknowledge();
}

} // namespace stockroom::ui
