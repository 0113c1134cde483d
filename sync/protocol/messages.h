#pragma once

#include "changes.h"
#include "decodeerror.h"
#include "location.h"
#include "movement.h"
#include "product.h"
#include "stockposition.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace stockroom::protocol {

/** POST /api/v1/login */
struct LoginRequest
{
    QString user;
    QString password;
};
QByteArray encodeLoginRequest(const LoginRequest &request);
std::optional<LoginRequest> decodeLoginRequest(const QByteArray &json, DecodeError *error);

struct LoginResponse
{
    QString token;
    qint64 expiresAtMs = 0;
    QString user;
    QString role;
    QStringList locations; ///< empty: every location (head office roles)
    qint64 serverTimeMs = 0;
};
QByteArray encodeLoginResponse(const LoginResponse &response);
std::optional<LoginResponse> decodeLoginResponse(const QByteArray &json, DecodeError *error);

/** GET /api/v1/locations */
QByteArray encodeLocations(const QList<domain::Location> &locations);
std::optional<QList<domain::Location>> decodeLocations(const QByteArray &json, DecodeError *error);

/** GET /api/v1/catalogue?after=SKU&limit=N — products by SKU, with the catalogue's version. */
struct CataloguePage
{
    qint64 version = 0;
    QList<domain::Product> products;
    QString nextAfter; ///< empty when this was the last page
};
QByteArray encodeCataloguePage(const CataloguePage &page);
std::optional<CataloguePage> decodeCataloguePage(const QByteArray &json, DecodeError *error);

/** PUT /api/v1/catalogue (administrators) */
QByteArray encodeProducts(const QList<domain::Product> &products);
std::optional<QList<domain::Product>> decodeProducts(const QByteArray &json, DecodeError *error);

/** GET /api/v1/digest?location=L */
struct LevelsDigest
{
    QString location;
    qint64 asOfSeq = 0;
    qint64 positions = 0;
    QString digest; ///< domain::levelsDigest of the location's levels
};
QByteArray encodeLevelsDigest(const LevelsDigest &digest);
std::optional<LevelsDigest> decodeLevelsDigest(const QByteArray &json, DecodeError *error);

/**
 * GET /api/v1/snapshot?as_of=SEQ&after=CURSOR&limit=N — the levels of every location and the
 * ledger of the token's locations, as of one seq, page by page.
 */
struct SnapshotPage
{
    qint64 asOfSeq = 0;
    QList<domain::StockPosition> levels;
    QList<domain::Movement> movements;
    /**
     * The discrepancy queue of the scope as of asOfSeq: central's notices and every
     * discrepancy event, in seq order. Only on the first page.
     */
    QList<FeedChange> discrepancies;
    QString nextAfter; ///< empty when this was the last page
    /**
     * More movements of the page as their JSON objects already (server_seq included), written
     * after `movements` as they are: central splices them from its stored bodies
     * (movementJsonWithSeq). Decoding a page fills `movements` only.
     */
    QList<QByteArray> encodedMovements;
};
QByteArray encodeSnapshotPage(const SnapshotPage &page);
std::optional<SnapshotPage> decodeSnapshotPage(const QByteArray &json, DecodeError *error);

} // namespace stockroom::protocol
