#pragma once

// Boost before Qt: Qt's keyword macros must not meet Asio's headers.
#include "httptestclient.h"
#include "httptestserver.h"

#include "apierror.h"

#include <QTest>

#include <chrono>
#include <stdexcept>

namespace stockroom::test {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

inline std::string get(const std::string &target, const std::string &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

inline std::string post(const std::string &target, const std::string &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
           + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

inline std::string field(const Reply &reply, const char *name)
{
    const auto value = reply[name];
    return std::string(value.data(), value.size());
}

inline long long millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

/** echo (every request field back as a header), later (parked), drop, throw; else 404. */
inline server::Handler testHandler(ParkingLot &lot)
{
    return [&lot](server::HttpRequest request, server::Responder respond) {
        if (request.path == "/later") {
            lot.park(std::move(respond));
            return;
        }
        if (request.path == "/drop")
            return;
        if (request.path == "/throw")
            throw std::runtime_error("handler failure");
        server::HttpResponse response;
        if (request.path.rfind("/echo", 0) != 0) {
            response.status = 404;
            response.body = R"({"error":{"status":404,"code":"not_found","message":"no"}})";
            respond(response);
            return;
        }
        std::string query;
        for (const auto &[key, value] : request.query)
            query += key + "=" + value + ";";
        response.contentType = "text/plain";
        response.body = request.body;
        response.headers = {{"X-Method", request.method},
                            {"X-Path", request.path},
                            {"X-Query", query},
                            {"X-Remote", request.remoteAddress},
                            {"X-Authorization", request.authorization},
                            {"X-Content-Type", request.contentType},
                            {"X-Seen-Id", request.requestId},
                            {"X-Broken", "a\r\nInjected: yes"},
                            {"Content-Length", "999"}};
        response.logUser = "alice\r\n\x1b[31m";
        respond(response);
    };
}

inline server::HttpLimits smallLimits()
{
    server::HttpLimits limits;
    limits.requestDeadline = 1s;
    limits.idleTimeout = 300ms;
    limits.writeTimeout = 2s;
    return limits;
}

/** Checks that a reply is the JSON ApiError of the given status (QTest failures). */
inline void verifyApiError(const std::optional<Reply> &reply, int status)
{
    QVERIFY(reply);
    QCOMPARE(static_cast<int>(reply->result_int()), status);
    QCOMPARE(field(*reply, "Content-Type"), std::string("application/json"));
    protocol::DecodeError error;
    const auto decoded = protocol::decodeApiError(QByteArray::fromStdString(reply->body()), &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->status, status);
}

} // namespace stockroom::test

// verifyApiError returns from itself only; this stops the test too, before the reply is used.
#define VERIFY_API_ERROR(reply, status)                                                            \
    do {                                                                                           \
        stockroom::test::verifyApiError(reply, status);                                            \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
