#pragma once

#include <QString>
#include <QStringList>

namespace stockroom::domain {

/** Something a signed-in role may or may not do (DESIGN.md §3, users and roles). */
enum class Capability {
    RecordMovements,   ///< sales, receipts, counts, adjustments … (push to the central IMS)
    ImportMovements,   ///< CSV import of opening levels and movements
    ManageCatalogue,   ///< upsert products, user administration
    WorkDiscrepancies, ///< report, acknowledge, comment, resolve … discrepancies
    TrainStaff,        ///< walk staff through SOPs and record training sessions
    PublishSops,       ///< publish SOP versions at the central IMS
    ReviewTraining,    ///< see who has and has not acknowledged an SOP version
    ViewCentralKpis,   ///< the central IMS's KPI figures (chain-wide, or of the own stores)
    PushShopData,      ///< push the web shop's funnel and survey responses to the central IMS
};

/** The roles of DESIGN.md §3: store_manager, ecommerce, trainer, auditor, admin, staff. */
const QStringList &allRoles();

/**
 * The one table of who may do what: the central IMS enforces it, the desktop mirrors it so
 * that nobody is offered a button that will be refused. An empty role is a desktop that is not
 * signed in to a central IMS (a stand-alone replica): it may do everything locally.
 */
bool roleCan(const QString &role, Capability capability);
/** The roles that have the capability (for the server's endpoint checks). */
QStringList rolesWith(Capability capability);
/** Why the role may not do it, as a sentence for a tooltip or an error; empty when it may. */
QString capabilityRefusal(const QString &role, Capability capability);

} // namespace stockroom::domain
