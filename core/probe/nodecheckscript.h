#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PullScope {

// The node check: a short POSIX sh script to run on the node itself, because the
// workstation running PullScope is not the node (other DNS, proxy, CA store, runtime). It
// records what the node meets for one image (the runtime's proxy environment, its
// certs.d, getent, curl -v, openssl s_client, the pull through crictl, ctr or docker,
// Docker Hub's rate limit) in sections NodeCheckOutput reads back. It holds no secret:
// credentials come from PULL_CREDS at run time and are masked in what it prints.
class NodeCheckScript
{
    Q_DECLARE_TR_FUNCTIONS(NodeCheckScript)
public:
    struct Options
    {
        QString image; // as in the pod spec
        QString runtime = QStringLiteral("auto"); // auto, containerd, crio or docker
    };

    // False with a translated message when the image is not a valid reference or the
    // runtime is unknown.
    static bool generate(const Options &options, QByteArray *script, QString *error);
    // Writes a script complete or not at all (QSaveFile), mode 0755; false with a translated
    // message naming the file.
    static bool save(const QByteArray &script, const QString &path, QString *error);
    // Quotes a value for sh: single quotes, an embedded ' as '\''.
    static QByteArray shellQuote(const QString &value);
    // The file name the script is offered under.
    static QString fileName() { return QStringLiteral("pullscope-node-check.sh"); }
};

} // namespace PullScope
