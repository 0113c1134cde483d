#include "countsession.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QSet>

namespace stockroom::domain {

namespace {

using detail::EnumName;

constexpr std::array<EnumName<CountScopeKind>, 6> scopeKindNames{{
    {CountScopeKind::WholeStore, QLatin1StringView("store")},
    {CountScopeKind::Category, QLatin1StringView("category")},
    {CountScopeKind::Bin, QLatin1StringView("bin")},
    {CountScopeKind::CycleList, QLatin1StringView("cycle")},
    {CountScopeKind::SkuList, QLatin1StringView("skus")},
    {CountScopeKind::AuditSample, QLatin1StringView("audit")},
}};

constexpr std::array<EnumName<CountMode>, 2> modeNames{{
    {CountMode::Blind, QLatin1StringView("blind")},
    {CountMode::Expected, QLatin1StringView("expected")},
}};

constexpr std::array<EnumName<CountState>, 4> stateNames{{
    {CountState::Open, QLatin1StringView("open")},
    {CountState::Submitted, QLatin1StringView("submitted")},
    {CountState::Reviewed, QLatin1StringView("reviewed")},
    {CountState::Posted, QLatin1StringView("posted")},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::CountSession", text);
}

QString validateSkuList(const CountScope &scope)
{
    if (!scope.value.trimmed().isEmpty())
        return tr("A count of listed SKUs takes no category or bin.");
    if (scope.skus.isEmpty()) {
        switch (scope.kind) {
        case CountScopeKind::CycleList:
            return tr("No SKU is due for a cycle count.");
        case CountScopeKind::AuditSample:
            return tr("The audit sample has no SKU.");
        default:
            return tr("Add at least one SKU to count.");
        }
    }
    QSet<QString> seen;
    for (const QString &sku : scope.skus) {
        if (sku.trimmed().isEmpty())
            return tr("The SKU list has an empty entry.");
        if (seen.contains(sku))
            return tr("SKU \"%1\" is listed twice.").arg(sku);
        seen.insert(sku);
    }
    return {};
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

std::optional<ScanInput> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QString countScopeKindName(CountScopeKind kind)
{
    return detail::enumName(scopeKindNames, kind);
}

std::optional<CountScopeKind> countScopeKindFromName(QStringView name)
{
    return detail::enumFromName(scopeKindNames, name);
}

const QList<CountScopeKind> &allCountScopeKinds()
{
    static const QList<CountScopeKind> kinds = detail::enumValues(scopeKindNames);
    return kinds;
}

QString validateCountScope(const CountScope &scope)
{
    switch (scope.kind) {
    case CountScopeKind::WholeStore:
        if (!scope.value.trimmed().isEmpty() || !scope.skus.isEmpty())
            return tr("A whole-store count takes no category, bin or SKU list.");
        return {};
    case CountScopeKind::Category:
        if (scope.value.trimmed().isEmpty())
            return tr("Choose the category to count.");
        if (!scope.skus.isEmpty())
            return tr("A category count takes no SKU list.");
        return {};
    case CountScopeKind::Bin:
        if (scope.value.trimmed().isEmpty())
            return tr("Choose the bin to count.");
        if (!scope.skus.isEmpty())
            return tr("A bin count takes no SKU list.");
        return {};
    case CountScopeKind::CycleList:
    case CountScopeKind::SkuList:
    case CountScopeKind::AuditSample:
        return validateSkuList(scope);
    }
    Q_UNREACHABLE();
}

QString countModeName(CountMode mode)
{
    return detail::enumName(modeNames, mode);
}

std::optional<CountMode> countModeFromName(QStringView name)
{
    return detail::enumFromName(modeNames, name);
}

const QList<CountMode> &allCountModes()
{
    static const QList<CountMode> modes = detail::enumValues(modeNames);
    return modes;
}

QString countStateName(CountState state)
{
    return detail::enumName(stateNames, state);
}

std::optional<CountState> countStateFromName(QStringView name)
{
    return detail::enumFromName(stateNames, name);
}

const QList<CountState> &allCountStates()
{
    static const QList<CountState> states = detail::enumValues(stateNames);
    return states;
}

bool canAdvance(CountState from, CountState to)
{
    return int(to) == int(from) + 1;
}

QString whyCannotAdvance(CountState from, CountState to)
{
    if (canAdvance(from, to))
        return {};
    if (from == CountState::Posted)
        return tr("This count is already posted.");
    if (from == to) {
        switch (from) {
        case CountState::Open:
            return tr("This count is already open.");
        case CountState::Submitted:
            return tr("This count is already submitted.");
        case CountState::Reviewed:
            return tr("This count is already reviewed.");
        case CountState::Posted:
            break;
        }
    }
    switch (to) {
    case CountState::Open:
        return tr("A submitted count cannot be reopened; start a recount instead.");
    case CountState::Submitted:
        return tr("This count is already reviewed.");
    case CountState::Reviewed:
        return tr("This count must be submitted before it is reviewed.");
    case CountState::Posted:
        return tr("This count must be reviewed before it is posted.");
    }
    Q_UNREACHABLE();
}

std::optional<ScanInput> parseScan(QStringView text, QString *error)
{
    const QStringView line = text.trimmed();
    if (line.isEmpty())
        return fail(error, tr("Scan or type a code."));
    const qsizetype star = line.indexOf(u'*');
    if (star < 0)
        return ScanInput{line.toString(), 1};

    const QStringView count = line.left(star).trimmed();
    const QStringView code = line.mid(star + 1).trimmed();
    if (code.contains(u'*'))
        return fail(error, tr("Use only one \"*\" in a scan, as in 12*CODE."));
    if (count.isEmpty())
        return fail(error, tr("Type a quantity before the \"*\", as in 12*CODE."));
    const bool negative = count.startsWith(u'-') && isAsciiDigits(count.mid(1));
    if (!negative && !isAsciiDigits(count)) {
        return fail(error, tr("\"%1\" is not a quantity; type a whole number before the \"*\".")
                               .arg(count.toString()));
    }
    bool ok = false;
    const qint64 multiplier = count.toLongLong(&ok);
    if (negative || (ok && multiplier == 0))
        return fail(error, tr("The quantity before the \"*\" must be at least 1."));
    if (!ok || multiplier > maxScanMultiplier) {
        return fail(
            error,
            tr("The quantity before the \"*\" cannot be more than %1.").arg(maxScanMultiplier));
    }
    if (code.isEmpty()) {
        return fail(error, tr("Now scan or type the code to count %1 times.").arg(multiplier));
    }
    return ScanInput{code.toString(), multiplier};
}

} // namespace stockroom::domain
