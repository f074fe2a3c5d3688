#pragma once

// Shared by the tests: the bundled training cluster, loaded and diagnosed as the
// window and the CLI do (relative ages read against the newest timestamp).
#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include "diagnosisengine.h"
#include "inputloader.h"

namespace PullScope::TestSupport {

inline DiagnosisReport diagnoseFile(const QString &path)
{
    ClusterSnapshot snap;
    LoadError e;
    if (!InputLoader::loadPath(path, snap, {}, &e))
        qFatal("%s", qPrintable(e.toString()));
    DiagnosisOptions o;
    o.now = DiagnosisEngine::defaultNow(snap);
    DiagnosisEngine::resolveRelativeAges(snap, o.now);
    return DiagnosisEngine::diagnose(snap, o);
}

inline DiagnosisReport bundledCluster()
{
    return diagnoseFile(QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/samples/training-cluster.json"));
}

// The rows of tests/data/samples/expected.tsv: namespace, pod, container, type, state,
// failing step, cause, forms.
inline QList<QStringList> expectedSampleRows()
{
    QList<QStringList> rows;
    QFile f(QStringLiteral(PULLSCOPE_TEST_DATA "/samples/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(f.fileName()));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#') || line.startsWith("namespace\t"))
            continue;
        rows << QString::fromUtf8(line).split(QLatin1Char('\t'));
    }
    return rows;
}

inline QByteArray readFixture(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return f.readAll();
}

// Parses text that must parse with a text parser (DescribeParser, EventTableParser);
// the running test fails on an error.
template<typename Parser> ClusterSnapshot parseOrFail(const QString &name, const QByteArray &data)
{
    ClusterSnapshot snap;
    QString error;
    const bool ok = Parser::parse(data, name, snap, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    [&] { QVERIFY2(ok, qPrintable(error)); }();
    return snap;
}

// Hostile variants of text fixtures for the parsers' robustness tests: every prefix cut
// at `cutStep` bytes, each fixture with `flips` random printable bytes, and 50 blobs of
// random bytes (fixed seeds, so a failure reproduces).
inline QList<QByteArray> mangledInputs(const QList<QByteArray> &fixtures, int cutStep, int flips, quint32 noiseSeed)
{
    QList<QByteArray> inputs;
    for (const QByteArray &data : fixtures) {
        for (int cut = 0; cut < data.size(); cut += cutStep)
            inputs.append(data.left(cut));
        QByteArray shuffled = data;
        QRandomGenerator rng(42);
        for (int i = 0; i < flips; ++i)
            shuffled[rng.bounded(int(shuffled.size()))] = char(rng.bounded(32, 127));
        inputs.append(shuffled);
    }
    QRandomGenerator rng(noiseSeed);
    for (int i = 0; i < 50; ++i) {
        QByteArray noise(rng.bounded(1, 400), '\0');
        for (char &c : noise)
            c = char(rng.bounded(256));
        inputs.append(noise);
    }
    return inputs;
}

} // namespace PullScope::TestSupport
