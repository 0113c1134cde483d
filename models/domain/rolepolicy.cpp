#include "rolepolicy.h"

#include <QCoreApplication>

namespace stockroom::domain {

namespace {

const char *const context = "stockroom::domain::RolePolicy";

// Trainers and auditors look and count in their own sessions (issues 6–8); they do not post
// stock changes. Administrators may do everything.
const QStringList &recorders()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("store_manager"),
                                   QStringLiteral("staff"), QStringLiteral("ecommerce")};
    return roles;
}

const QStringList &importers()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("store_manager")};
    return roles;
}

// Auditors comment and dismiss what they find; trainers only read the queue.
const QStringList &discrepancyWorkers()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("store_manager"),
                                   QStringLiteral("staff"), QStringLiteral("ecommerce"),
                                   QStringLiteral("auditor")};
    return roles;
}

const QStringList &trainers()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("trainer"),
                                   QStringLiteral("store_manager")};
    return roles;
}

const QStringList &publishers()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("trainer")};
    return roles;
}

// Managers and trainers follow up on acknowledgements; auditors check them.
const QStringList &trainingReviewers()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("trainer"),
                                   QStringLiteral("store_manager"), QStringLiteral("auditor")};
    return roles;
}

// Head office and managers judge by the central figures; staff and trainers have their desktop's.
const QStringList &kpiViewers()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("store_manager"),
                                   QStringLiteral("auditor"), QStringLiteral("ecommerce")};
    return roles;
}

// The web shop and the survey tool sign in as ecommerce (or an administrator).
const QStringList &shopDataPushers()
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("ecommerce")};
    return roles;
}

const QStringList &administrators()
{
    static const QStringList roles{QStringLiteral("admin")};
    return roles;
}

} // namespace

const QStringList &allRoles()
{
    static const QStringList roles{QStringLiteral("store_manager"), QStringLiteral("ecommerce"),
                                   QStringLiteral("trainer"),       QStringLiteral("auditor"),
                                   QStringLiteral("admin"),         QStringLiteral("staff")};
    return roles;
}

QStringList rolesWith(Capability capability)
{
    switch (capability) {
    case Capability::RecordMovements:
        return recorders();
    case Capability::ImportMovements:
        return importers();
    case Capability::ManageCatalogue:
        return administrators();
    case Capability::WorkDiscrepancies:
        return discrepancyWorkers();
    case Capability::TrainStaff:
        return trainers();
    case Capability::PublishSops:
        return publishers();
    case Capability::ReviewTraining:
        return trainingReviewers();
    case Capability::ViewCentralKpis:
        return kpiViewers();
    case Capability::PushShopData:
        return shopDataPushers();
    }
    return {};
}

bool roleCan(const QString &role, Capability capability)
{
    return role.isEmpty() || rolesWith(capability).contains(role);
}

QString capabilityRefusal(const QString &role, Capability capability)
{
    if (roleCan(role, capability))
        return {};
    switch (capability) {
    case Capability::RecordMovements:
        return QCoreApplication::translate(context,
                                           "Your sign-in (%1) may look at stock but not record "
                                           "movements; the central IMS would refuse them.")
            .arg(role);
    case Capability::ImportMovements:
        return QCoreApplication::translate(context,
                                           "Your sign-in (%1) may not import levels or "
                                           "movements; ask a store manager or an administrator.")
            .arg(role);
    case Capability::ManageCatalogue:
        return QCoreApplication::translate(context,
                                           "Only an administrator may change the catalogue.");
    case Capability::WorkDiscrepancies:
        return QCoreApplication::translate(context,
                                           "Your sign-in (%1) may look at discrepancies but not "
                                           "work on them.")
            .arg(role);
    case Capability::TrainStaff:
        return QCoreApplication::translate(context,
                                           "Your sign-in (%1) may not record training sessions; "
                                           "ask a trainer or a store manager.")
            .arg(role);
    case Capability::PublishSops:
        return QCoreApplication::translate(context,
                                           "Only a trainer or an administrator may publish SOPs.");
    case Capability::ReviewTraining:
        return QCoreApplication::translate(context,
                                           "Your sign-in (%1) may not see who has acknowledged "
                                           "an SOP.")
            .arg(role);
    case Capability::ViewCentralKpis:
        return QCoreApplication::translate(context,
                                           "Your sign-in (%1) sees this desktop's figures only; "
                                           "the central IMS's are for managers and head office.")
            .arg(role);
    case Capability::PushShopData:
        return QCoreApplication::translate(context,
                                           "Only the web shop's (ecommerce) or an administrator's "
                                           "sign-in may send funnel and survey data.");
    }
    return {};
}

} // namespace stockroom::domain
