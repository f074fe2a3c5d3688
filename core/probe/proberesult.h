#pragma once

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include "probe/probestep.h"
#include "probe/ratelimitinfo.h"

namespace PullScope {

// The outcome of one RegistryProbe run, shaped as CONTRACT.md's `probe --format json`.
struct ProbeResult
{
    QString image;
    QString registry;
    QString endpoint; // https://host/v2/
    QString proxy; // empty: direct
    QList<ProbeStep> steps;
    QString cause; // CONTRACT cause id; empty when every step passed
    RateLimitInfo rateLimit;
    QStringList platforms; // os/arch[/variant] an index offers
    QStringList warnings; // translated
    bool cancelled = false;

    bool passed() const { return cause.isEmpty() && !cancelled; }
    const ProbeStep *step(const QString &id) const;
    // The first failed step's id, or empty.
    QString failingStep() const;
    // CONTRACT.md's `probe --format json`, keys in its order.
    void writeJson(QIODevice *out) const;
};

} // namespace PullScope
