#pragma once

#include <QObject>

#include <atomic>

#include "probe/authchallenge.h"
#include "probe/hostsconfig.h"
#include "probe/httpconnection.h"
#include "probe/probecredentials.h"
#include "probe/probeoptions.h"
#include "probe/proberesult.h"
#include "probe/proxyselector.h"

namespace PullScope {

// Checks from this machine what a node's pull of an image meets, step by step (dns, tcp,
// tls, api, auth, manifest, platform, ratelimit; CONTRACT.md), each timed and bounded by
// the step timeout, and names the first failure with a cause id. Later steps are skipped.
// run() blocks: call it from a worker thread, or move the object to a QThread and invoke
// start(); cancel() may be called from any thread.
class RegistryProbe : public QObject
{
    Q_OBJECT
public:
    explicit RegistryProbe(const ProbeOptions &options, QObject *parent = nullptr);

    ProbeResult run();
    static QStringList stepIds();
    // The node-side endpoint a registry host is reached at (docker.io is registry-1.docker.io).
    static QString endpointHost(const QString &registry);
    // Matching as containerd's platforms.Only: os and architecture equal; arm64 without a
    // variant is v8; a target without a variant accepts any.
    static bool platformMatches(const QString &offered, const QString &target);
    static QString defaultPlatform();

public Q_SLOTS:
    void start();
    void cancel() { m_cancel.store(true); }

Q_SIGNALS:
    void stepFinished(const QString &id, int status, const QString &detail);
    void finished();

private:
    bool cancelled() const { return m_cancel.load(); }
    // The eight steps against one endpoint; fills m_result's per-endpoint fields.
    void runEndpoint(const HostsEndpoint &endpoint);
    void finishStep(ProbeStep &step, qint64 started);
    bool failStep(ProbeStep &step, const QString &cause, const QString &detail);
    HttpConnection::Settings settingsFor(const QUrl &url) const;
    bool runStep(int index, ProbeStep &step); // by position in stepIds()
    bool stepDns(ProbeStep &step);
    bool stepTcp(ProbeStep &step);
    bool stepTls(ProbeStep &step);
    bool stepApi(ProbeStep &step);
    bool stepAuth(ProbeStep &step);
    bool stepManifest(ProbeStep &step);
    bool stepPlatform(ProbeStep &step);
    bool stepRateLimit(ProbeStep &step);
    bool fetch(
        ProbeStep &step, const QByteArray &method, const QUrl &url, const HttpHeaders &headers, HttpResponse *response);
    bool plainHttpAnswers();
    QUrl apiUrl(const QString &path) const;

    ProbeOptions m_options;
    ProxySelector m_proxySelector;
    QList<QSslCertificate> m_cas;
    std::atomic_bool m_cancel {false};
    ProbeResult m_result;
    QString m_host;
    quint16 m_port = 443;
    QString m_scheme = QStringLiteral("https");
    QString m_apiRoot = QStringLiteral("/v2");
    QString m_namespace; // ?ns= on mirror requests
    bool m_skipVerify = false;
    QList<QSslCertificate> m_endpointCas;
    QString m_repository;
    QString m_reference;
    QUrl m_proxy;
    ProbeCredentials m_credentials;
    QList<AuthChallenge> m_challenges;
    QByteArray m_authorization; // the header value the manifest requests carry
    bool m_hasIndex = false;
    QByteArray m_manifestBody;
    QString m_manifestType;
    std::unique_ptr<HttpConnection> m_connection; // tcp -> tls
};

} // namespace PullScope
