#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <string_view>

namespace simdjson {
class padded_string_view;
}

#include "kube/kuberesource.h"

namespace PullScope {

// One object as the live store keeps it: compact enough, and shaped the way the offline
// ingest reads a `kubectl get -o json` List item (kind and apiVersion on every item; the
// API server leaves them out inside lists).
struct KubeItem
{
    QByteArray key; // metadata.uid, else namespace/name
    QByteArray json;
    QByteArray resourceVersion;
};

struct KubeListPage
{
    QList<KubeItem> items;
    QByteArray continueToken;
    QByteArray resourceVersion;
};

// A line of a watch stream: ADDED, MODIFIED, DELETED, BOOKMARK or ERROR (with a Status).
struct KubeWatchEvent
{
    QByteArray type;
    KubeItem item; // BOOKMARK: only resourceVersion
    int statusCode = 0; // ERROR
    QString statusReason;
    QString statusMessage;
};

// Splits list pages and watch lines with simdjson On-Demand: items are kept as their raw
// JSON text, never decoded into a DOM, so listing 100k pods costs little more than reading.
class KubeListParser
{
public:
    // body is padded in place (capacity grows) so simdjson can read it without a copy.
    static bool parsePage(QByteArray &body, const KubeResource &resource, KubeListPage *out, QString *error);
    static bool parseWatchLine(
        const QByteArray &line, const KubeResource &resource, KubeWatchEvent *out, QString *error);
    // One object's text as the store keeps it.
    static bool normalise(std::string_view raw, const KubeResource &resource, KubeItem *out, QString *error);

private:
    // raw must be readable SIMDJSON_PADDING bytes past its end (a view into a padded page).
    static bool normaliseView(
        simdjson::padded_string_view raw, const KubeResource &resource, KubeItem *out, QString *error);
};

} // namespace PullScope
