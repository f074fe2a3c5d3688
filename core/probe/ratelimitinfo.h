#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace PullScope {

// Docker Hub's pull limit as its headers give it: "ratelimit-limit: 100;w=21600"
// (seed 7.3). Parsed, never assumed: the numbers changed over the years.
struct RateLimitInfo
{
    int limit = -1; // -1: header absent
    int limitWindowSeconds = -1;
    int remaining = -1;
    int remainingWindowSeconds = -1;
    QByteArray source; // docker-ratelimit-source

    bool isPresent() const { return limit >= 0 || remaining >= 0; }
    // Parses "<n>" or "<n>;w=<seconds>"; false when the value is not of that form.
    static bool parseValue(const QByteArray &value, int *count, int *windowSeconds);
    // Header names are compared case-insensitively (older docs wrote RateLimit-Limit).
    static RateLimitInfo fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
};

} // namespace PullScope
