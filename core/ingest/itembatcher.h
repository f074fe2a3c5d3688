#pragma once

#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "loadoptions.h"
#include "mapsink.h"

namespace PullScope {

// `Parser`, one per worker thread: Parser(MapSink &, const QString &file) and
//   void parse(const char *p, size_t len, size_t capacity, qint64 offset, qint64 line,
//              const QString &elementKind)
// which maps one item into its sink or throws StopLoad. `Padding`: the zero bytes a
// batch keeps behind its last item (simdjson reads ahead).
// The items of a list, parsed and mapped on worker threads while the scanner finds
// the next ones: mapping (strings, times) costs several times the scan. The scanner
// copies items into batches of about a MB; each batch is mapped into a part snapshot
// by one worker, and the parts are folded in, in input order, by the loading thread,
// so the result is the one a single pass gives (same order, same pod folding, the
// first error in the input reported). Inputs of one batch are parsed right there.
template<typename Parser, size_t Padding> class ItemBatcher
{
public:
    // `total`: the input's size in bytes, 0 when unknown.
    ItemBatcher(MapSink &sink, Parser &inlineParser, const QString &file, const QString &elementKind, qint64 total)
        : m_batchBytes(batchBytesFor(total))
        , m_sink(sink)
        , m_inline(inlineParser)
        , m_file(file)
        , m_kind(elementKind)
    {
    }
    ~ItemBatcher() { stop(); }

    // `capacity`: the readable bytes from `p` (at least len + Padding).
    void add(const char *p, size_t len, size_t capacity, qint64 offset, qint64 line)
    {
        if (len >= BatchBytes) {
            // A huge item (a 10 MB message) is parsed where it is, once all before it
            // are folded in: a copy, and a parser per thread sized for it, would
            // multiply the memory it takes.
            settle();
            parseHere(p, len, capacity, offset, line);
            return;
        }
        if (!m_current)
            m_current = newBatch();
        Batch &b = *m_current;
        b.items.push_back({b.bytes.size(), len, offset, line});
        b.bytes.insert(b.bytes.end(), p, p + len);
        if (b.bytes.size() >= m_batchBytes)
            dispatch();
    }

    // All items added: waits for the workers and folds in what is left. Throws the
    // first item error.
    void finish()
    {
        settle();
        stop();
    }

    // Loading stopped (a scan error or a cancel) after the items added so far: an
    // error in one of them comes first in the input, so it is the one thrown; else
    // this returns.
    void abandon()
    {
        if (m_failed) // the error thrown was already an item's
            stop();
        else
            finish();
    }

private:
    // Everything added so far is parsed and folded in.
    void settle()
    {
        if (m_threads.empty()) {
            // No batch was full (a small input): no workers, parse here.
            if (m_current) {
                padBatch(*m_current);
                const Batch &b = *m_current;
                for (const Item &it : b.items)
                    parseHere(b.bytes.data() + it.start, it.len, b.bytes.size() - it.start, it.offset, it.line);
                m_current.reset();
            }
            return;
        }
        if (m_current)
            dispatch();
        drain(m_queued);
    }

    void parseHere(const char *p, size_t len, size_t capacity, qint64 offset, qint64 line)
    {
        try {
            m_inline.parse(p, len, capacity, offset, line, m_kind);
        } catch (const StopLoad &) {
            m_failed = true;
            throw;
        }
    }

    static constexpr size_t BatchBytes = size_t(1) << 20;
    // A 10 MB input in 2 MB batches is five: the workers wait for the first 2 MB to be
    // read, and the one that gets the fifth finishes alone. Aim at 16 batches, of 256 KB
    // or more.
    static size_t batchBytesFor(qint64 total)
    {
        if (total < (qint64(1) << 20)) // small: one batch, parsed here
            return BatchBytes;
        return size_t(std::clamp<qint64>(total / 16, qint64(256) << 10, qint64(BatchBytes)));
    }
    const size_t m_batchBytes;
    struct Item
    {
        size_t start;
        size_t len;
        qint64 offset;
        qint64 line;
    };
    struct Batch
    {
        std::vector<char> bytes;
        std::vector<Item> items;
        ClusterSnapshot part;
        qint64 end = 0; // input offset after the last item
        qint64 eventBytes = 0; // bytes of the items that made events
        std::optional<LoadError> error;
        bool done = false;
    };

    static void padBatch(Batch &b) { b.bytes.resize(b.bytes.size() + Padding, '\0'); }

    // Batch byte blocks are reused: a fresh one grown to 2 MB for every batch was
    // copied as it grew and faulted in anew, several percent of a load.
    std::unique_ptr<Batch> newBatch()
    {
        auto b = std::make_unique<Batch>();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_spare.empty()) {
                b->bytes = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        b->bytes.clear();
        if (b->bytes.capacity() == 0)
            b->bytes.reserve(m_batchBytes + m_batchBytes / 4);
        return b;
    }
    void recycle(std::vector<char> &&bytes)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        try {
            if (m_spare.size() < 8)
                m_spare.push_back(std::move(bytes));
        } catch (const std::bad_alloc &) {
            // A block not kept for reuse is only a block allocated again.
        }
        bytes = std::vector<char>();
    }

    void dispatch()
    {
        padBatch(*m_current);
        if (m_threads.empty())
            start();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_batches.push_back(std::move(m_current));
            ++m_queued;
        }
        m_changed.notify_all();
        // Keep a few batches in flight: fold in what is done, wait when too far ahead.
        // One per worker and one more keeps them busy; each further one was 1-2 MB of
        // bytes and parsed part more at the peak of a load.
        const size_t limit = m_threads.size() + 1;
        drain(m_queued > limit ? m_queued - limit : 0);
    }

    // Folds in finished batches in order, waiting until at least `upTo` are folded.
    void drain(size_t upTo)
    {
        for (;;) {
            std::unique_ptr<Batch> b;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                if (m_folded >= upTo && (m_batches.empty() || !m_batches.front()->done))
                    return;
                m_changed.wait(lock, [&] { return m_fatal || (!m_batches.empty() && m_batches.front()->done); });
                if (m_fatal) {
                    m_failed = true;
                    std::rethrow_exception(m_fatal);
                }
                b = std::move(m_batches.front());
                m_batches.pop_front();
                --m_taken;
            }
            ++m_folded;
            m_changed.notify_all();
            if (b->error) {
                m_failed = true;
                throw StopLoad {*b->error};
            }
            m_sink.mergePart(std::move(b->part), b->end, b->eventBytes);
        }
    }

    void start()
    {
        const int n = std::clamp(QThread::idealThreadCount(), 1, 4);
        for (int i = 0; i < n; ++i)
            m_workerSinks.push_back(std::make_unique<MapSink>(m_scratch, m_file));
        for (int i = 0; i < n; ++i)
            m_threads.emplace_back([this, sink = m_workerSinks[size_t(i)].get()] { work(*sink); });
    }

    // A failure outside an item (memory for the parser, between batches) stops the load:
    // escaping the thread, it would end the process.
    void work(MapSink &sink)
    {
        try {
            workOn(sink);
        } catch (...) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                if (!m_fatal)
                    m_fatal = std::current_exception();
            }
            m_changed.notify_all();
        }
    }

    void workOn(MapSink &sink)
    {
        Parser parser(sink, m_file);
        for (;;) {
            Batch *b = nullptr;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || m_taken < m_batches.size(); });
                if (m_stop)
                    return;
                b = m_batches[m_taken++].get();
            }
            sink.setPart(b->part);
            try {
                // Most items of a dump are events: room for all of them up front, or the
                // list is moved event by event each time it grows. Dropped once folded in.
                b->part.events.reserve(qsizetype(b->items.size()));
                for (const Item &it : b->items) {
                    const qsizetype events = b->part.events.size();
                    parser.parse(
                        b->bytes.data() + it.start, it.len, b->bytes.size() - it.start, it.offset, it.line, m_kind);
                    if (b->part.events.size() > events)
                        b->eventBytes += qint64(it.len);
                    b->end = it.offset + qint64(it.len);
                }
            } catch (const StopLoad &stop) {
                b->error = stop.error;
            } catch (const std::exception &e) {
                LoadError err;
                err.file = m_file;
                err.line = b->items.empty() ? 0 : b->items.front().line;
                err.message = LoadError::messageOf(e);
                b->error = err;
            }
            // The batch's bytes are no longer needed; its part waits to be folded in.
            recycle(std::move(b->bytes));
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                b->done = true;
            }
            m_changed.notify_all();
        }
    }

    void stop()
    {
        if (m_threads.empty())
            return;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
        for (const auto &ws : m_workerSinks)
            m_sink.mergeIgnored(*ws);
        m_workerSinks.clear();
    }

    MapSink &m_sink;
    Parser &m_inline;
    QString m_file;
    QString m_kind;
    std::unique_ptr<Batch> m_current;
    // Batches dispatched and not folded in yet, oldest first; the first m_taken of
    // them have been taken by a worker.
    std::deque<std::unique_ptr<Batch>> m_batches;
    std::vector<std::vector<char>> m_spare; // byte blocks of finished batches
    size_t m_taken = 0;
    size_t m_queued = 0; // batches dispatched
    size_t m_folded = 0; // batches folded in
    bool m_stop = false;
    bool m_failed = false; // an item's error was thrown
    std::exception_ptr m_fatal; // a worker's failure outside an item
    std::mutex m_mutex;
    std::condition_variable m_changed;
    ClusterSnapshot m_scratch; // where worker sinks point before their first batch
    std::vector<std::unique_ptr<MapSink>> m_workerSinks;
    std::vector<std::thread> m_threads;
};

} // namespace PullScope
