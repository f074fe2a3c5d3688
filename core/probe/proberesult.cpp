#include "probe/proberesult.h"

#include "report/jsonwriter.h"

namespace PullScope {

const ProbeStep *ProbeResult::step(const QString &id) const
{
    for (const ProbeStep &s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString ProbeResult::failingStep() const
{
    for (const ProbeStep &s : steps)
        if (s.status == ProbeStep::Status::Fail)
            return s.id;
    return {};
}

void ProbeResult::writeJson(QIODevice *out) const
{
    JsonWriter w(out);
    w.beginObject();
    w.field("image", image);
    w.field("registry", registry);
    w.field("endpoint", endpoint);
    w.nullable("proxy", proxy);
    w.key("steps");
    w.beginArray();
    for (const ProbeStep &s : steps) {
        w.beginObject();
        w.field("id", s.id);
        w.field("status", ProbeStep::statusId(s.status));
        if (!s.detail.isEmpty())
            w.field("detail", s.detail);
        if (s.ms >= 0)
            w.field("ms", s.ms);
        if (!s.certificate.isNull()) {
            w.key("certificate");
            w.beginObject();
            w.field("subject", s.certificate.subject);
            w.field("issuer", s.certificate.issuer);
            w.field("sans", s.certificate.sans);
            w.nullable("notBefore", s.certificate.notBefore);
            w.nullable("notAfter", s.certificate.notAfter);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    w.nullable("cause", cause);
    w.key("rateLimit");
    if (rateLimit.isPresent()) {
        w.beginObject();
        auto num = [&w](const char *k, int v) {
            if (v < 0) {
                w.key(k);
                w.null();
            } else {
                w.field(k, v);
            }
        };
        num("limit", rateLimit.limit);
        num("remaining", rateLimit.remaining);
        num("windowSeconds",
            rateLimit.limitWindowSeconds >= 0 ? rateLimit.limitWindowSeconds : rateLimit.remainingWindowSeconds);
        w.nullable("source", QString::fromLatin1(rateLimit.source));
        w.endObject();
    } else {
        w.null();
    }
    w.field("platforms", platforms);
    w.field("warnings", warnings);
    w.endObject();
    w.flush();
    out->write("\n");
}

} // namespace PullScope
