#include "probe/ratelimitinfo.h"

namespace PullScope {

bool RateLimitInfo::parseValue(const QByteArray &value, int *count, int *windowSeconds)
{
    const QList<QByteArray> parts = value.trimmed().split(';');
    bool ok = false;
    const int n = parts.value(0).trimmed().toInt(&ok);
    if (!ok || n < 0)
        return false;
    int w = -1;
    for (int i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts[i].trimmed();
        if (p.startsWith("w=")) {
            w = p.mid(2).toInt(&ok);
            if (!ok || w < 0)
                return false;
        }
    }
    *count = n;
    *windowSeconds = w;
    return true;
}

RateLimitInfo RateLimitInfo::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    RateLimitInfo info;
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if (name == "ratelimit-limit")
            parseValue(h.second, &info.limit, &info.limitWindowSeconds);
        else if (name == "ratelimit-remaining")
            parseValue(h.second, &info.remaining, &info.remainingWindowSeconds);
        else if (name == "docker-ratelimit-source")
            info.source = h.second.trimmed();
    }
    return info;
}

} // namespace PullScope
