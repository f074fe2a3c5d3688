#pragma once

#include <QString>

namespace PullScope {

// The input rules of CONTRACT.md ("Generators"), shared by every generator, the CLI and
// the wizards. Each check takes the field's name as the user sees it ("--server", or a
// wizard label) and returns an empty string when the value is acceptable, else a
// translated message that names the field. Values are quoted in messages with control
// characters made visible; a password is never checked for content and never quoted.
class FieldValidator
{
public:
    // Control characters (C0, DEL, C1, U+2028/U+2029) are refused in every field but a password.
    static QString noControlCharacters(const QString &field, const QString &value);
    // Non-empty after the control-character check.
    static QString required(const QString &field, const QString &value);

    // metadata.name of Secrets, ServiceAccounts, Deployments, ...: DNS-1123 subdomain.
    static QString kubernetesName(const QString &field, const QString &value);
    // Namespaces: DNS-1123 label.
    static QString kubernetesLabel(const QString &field, const QString &value);

    // host[:port]: a DNS name, an IPv4 address or a bracketed IPv6 address, port 1-65535.
    static QString registryHost(const QString &field, const QString &value);
    // A docker config "auths" key: optional http:// or https://, a host (labels may hold
    // '*' globs such as *.example.com, as the kubelet allows), optional :port and path.
    static QString registryServer(const QString &field, const QString &value);

    enum UrlOption {
        NoUrlOption = 0,
        AllowCredentials = 1, // user:password@ (percent-encoded)
        AllowPath = 2, // a path after the authority
    };
    // http:// or https:// URL with a host (as registryHost), an optional port and, where
    // the options say, user info and a path. Query strings and fragments are refused.
    static QString url(const QString &field, const QString &value, int options);

    // An IPv4 or IPv6 CIDR such as 10.244.0.0/16 or fd00::/108.
    static QString cidr(const QString &field, const QString &value);
    // A DNS domain such as cluster.local (no leading dot, no port).
    static QString domain(const QString &field, const QString &value);
    // A NO_PROXY entry as Go reads it: *, an IP, a CIDR, a domain with optional leading "."
    // or "*.", each host form with an optional :port.
    static QString noProxyItem(const QString &field, const QString &value);
    // A systemd service name without the ".service" suffix, e.g. containerd.
    static QString systemdServiceName(const QString &field, const QString &value);
    // An e-mail for a docker config entry: free text without control characters (kubectl checks no more).
    static QString email(const QString &field, const QString &value);
    // A registry user name: no control characters and no ':' (the auth field is "user:password").
    static QString registryUsername(const QString &field, const QString &value);

    // Building blocks, also used by the generators themselves.
    static bool isDnsName(const QString &value, bool allowGlobLabels = false);
    static bool isIPv4(const QString &value);
    static bool isIPv6(const QString &value);
    static bool isPort(const QString &value);
    // Splits "host:port" / "[v6]:port"; returns false when the form is wrong.
    static bool splitHostPort(const QString &value, QString *host, QString *port);
    // The value as shown in a message: control characters escaped, long values shortened.
    static QString displayValue(const QString &value);
};

} // namespace PullScope
