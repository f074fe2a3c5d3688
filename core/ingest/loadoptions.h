#pragma once

#include <QString>

#include <exception>
#include <functional>

namespace PullScope {

struct LoadOptions
{
    // Called now and then with bytes read so far and the total (-1 when unknown, e.g.
    // standard input). Returning false cancels the load.
    std::function<bool(qint64 done, qint64 total)> progress;
    // YAML files from this size on are cut into items parsed on several threads (when
    // the input can be read again); smaller ones are not worth the threads. Tests lower it.
    qint64 yamlSplitMinBytes = qint64(1) << 20;
    // Set to true when a YAML input was read that way (for tests and benchmarks).
    bool *yamlWasSplit = nullptr;
};

// Reported by loaders; `line` is 1-based, 0 when only a byte offset is known.
struct LoadError
{
    QString file;
    qint64 line = 0;
    qint64 offset = -1;
    QString message;
    bool cancelled = false;
    QString toString() const;
    // What to say of an exception that stopped a load: memory running out in the
    // user's language, anything else in its own words.
    static QString messageOf(const std::exception &e);
};

// Thrown inside the loaders to stop a load with an error (or a cancel).
struct StopLoad
{
    LoadError error;
};

} // namespace PullScope
