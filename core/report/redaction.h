#pragma once

#include <QString>

namespace PullScope {

// Masks credentials that kubelet/runtime messages, pasted configs and remediation
// commands can carry, so that a report can be shared: bearer/basic tokens, JSON `auth`
// and `password` fields, `--docker-password`, `login -p`, `--creds`/`-u user:pass`,
// `user:pass@` in URLs, signed-URL query parameters, `.dockerconfigjson` blobs and JWTs.
// Each secret becomes `***`; the key or flag in front of it stays, so the reader still
// sees what was there. `<placeholder>` values of the rule commands are left alone.
QString redactSecrets(const QString &text);

// A message with a span to highlight ([start, end), UTF-16 offsets into `text`), redacted.
// The three pieces are redacted on their own and kept only when together they equal the
// redaction of the whole text, so a secret that straddles the span never leaks; otherwise
// `marked` is false and `before` holds the whole redacted text.
struct RedactedSpan
{
    QString before;
    QString match;
    QString after;
    bool marked = false;
};
RedactedSpan redactWithSpan(const QString &text, int start, int end);

} // namespace PullScope
