#pragma once

// The code each fuzz target runs on one input. tests/core/tst_hostileinput.cpp replays
// tests/data/fuzz-regressions/<target>/ through the same functions, so a crash found
// by a fuzzer stays a test after the fix.

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <cstdlib>
#include <limits>

#include "describeparser.h"
#include "eventtableparser.h"
#include "imagereference.h"
#include "inputloader.h"
#include "yamlloader.h"

namespace PullScope::FuzzEntries {

// Return values follow libFuzzer: 0 keeps the input if it is interesting, -1 tells
// the fuzzer not to add it to the corpus (it does not reach the code under test).

inline int json(const QByteArray &data)
{
    // Only JSON-looking input reaches the JSON loader through the public entry point.
    if (InputLoader::detect(data.left(64 * 1024)) != InputLoader::Format::Json)
        return -1;
    ClusterSnapshot snapshot;
    LoadError error;
    if (!InputLoader::loadData(data, QStringLiteral("fuzz.json"), snapshot, {}, &error))
        (void)error.toString();
    return 0;
}

inline int yaml(const QByteArray &data)
{
    // Straight to the loader: content detection would keep most mutations out. Read
    // twice, serially and cut into items on threads: the two must agree, errors included.
    QByteArray copy = data;
    ClusterSnapshot serial, split;
    LoadError serialError, splitError;
    bool ok[2];
    for (int pass = 0; pass < 2; ++pass) {
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        LoadOptions options;
        options.yamlSplitMinBytes = pass == 0 ? std::numeric_limits<qint64>::max() : 0;
        ok[pass] = YamlLoader::load(buffer, copy.size(), QStringLiteral("fuzz.yaml"), pass == 0 ? serial : split,
            options, pass == 0 ? &serialError : &splitError);
    }
    if (ok[0] != ok[1] || serialError.toString() != splitError.toString() || serial.pods.size() != split.pods.size()
        || serial.events.size() != split.events.size())
        std::abort();
    return 0;
}

inline int describe(const QByteArray &data)
{
    ClusterSnapshot snapshot;
    QString error;
    DescribeParser::parse(data, QStringLiteral("fuzz.txt"), snapshot, &error);
    return 0;
}

inline int eventTable(const QByteArray &data)
{
    ClusterSnapshot snapshot;
    QString error;
    EventTableParser::parse(data, QStringLiteral("fuzz.txt"), snapshot, &error);
    return 0;
}

inline int imageReference(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    const ImageReference ref = ImageReference::parse(text);
    if (ref.isValid()) {
        (void)ref.normalized();
        (void)ref.familiar();
        (void)ref.name();
        (void)ref.effectiveTag();
    } else {
        (void)ref.errorText();
        (void)ImageReference::errorId(ref.error);
    }
    (void)ImageReference::applyDefaultTag(text);
    return 0;
}

// Dispatch by the fuzz target's name (the folder name under fuzz-regressions/).
inline bool run(const QString &target, const QByteArray &data)
{
    if (target == QLatin1String("fuzz_json"))
        json(data);
    else if (target == QLatin1String("fuzz_yaml"))
        yaml(data);
    else if (target == QLatin1String("fuzz_describe"))
        describe(data);
    else if (target == QLatin1String("fuzz_eventtable"))
        eventTable(data);
    else if (target == QLatin1String("fuzz_imagereference"))
        imageReference(data);
    else
        return false;
    return true;
}

} // namespace PullScope::FuzzEntries
