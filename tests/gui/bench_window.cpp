// Responsiveness of the window (issue 3, item 9; not a ctest test):
//   bench_window [FILE]   (default: the bundled training cluster)
// Loads FILE through the window's background job while a 5 ms timer measures how long
// the GUI thread ever went without running its event loop (during the load, and when
// the result arrives and is shown), then selects containers and times selection ->
// flowchart model -> scene drawn -> evidence panel filled. Besides wall time it prints
// the GUI thread's own CPU time, which other processes on a busy machine do not inflate.
#include <QApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "flowchartscene.h"
#include "languagemanager.h"
#include "mainwindow.h"

using namespace PullScope;

namespace {

// CPU time of the calling thread in microseconds (wall time where there is no such clock).
qint64 threadCpuMicros()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
#else
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    return wall.nsecsElapsed() / 1000;
#endif
}

// Counts paint and resize events per widget (PULLSCOPE_BENCH_PAINT): what one selection repaints.
class PaintCounter : public QObject
{
public:
    QMap<QString, int> counts;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if ((e->type() == QEvent::Paint || e->type() == QEvent::Resize) && o->isWidgetType()) {
            QString name = QString::fromLatin1(e->type() == QEvent::Paint ? "paint " : "resize ")
                + QString::fromLatin1(o->metaObject()->className());
            for (QObject *p = o; p; p = p->parent())
                if (!p->objectName().isEmpty()) {
                    name += QLatin1Char(' ') + p->objectName();
                    break;
                }
            ++counts[name];
        }
        return false;
    }
};

double medianMs(QList<qint64> micros)
{
    std::sort(micros.begin(), micros.end());
    return micros.isEmpty() ? 0 : double(micros[micros.size() / 2]) / 1000.0;
}

double worstMs(const QList<qint64> &micros)
{
    return micros.isEmpty() ? 0 : double(*std::max_element(micros.begin(), micros.end())) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(":/samples/training-cluster.json");

    MainWindow window;
    window.resize(1600, 960);
    window.show();

    QElapsedTimer sinceTick, total;
    qint64 worstStall = 0;
    // From the result's arrival (LoadJob::finished; the window's handler runs first, so
    // the next tick spans it) to a second after the window says it is shown: showing
    // it, the first paint of the new list, the first selection.
    qint64 completionStall = 0, completionCpu = 0;
    qint64 cpuAtTick = threadCpuMicros();
    bool arrived = false, done = false;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        const qint64 gap = sinceTick.restart();
        const qint64 cpu = threadCpuMicros();
        if (arrived) {
            completionStall = std::max(completionStall, gap);
            completionCpu = std::max(completionCpu, cpu - cpuAtTick);
        } else {
            worstStall = std::max(worstStall, gap);
        }
        cpuAtTick = cpu;
    });
    QObject::connect(&window, &MainWindow::reportLoaded, [&]() { done = true; });
    QObject::connect(window.loadJob(), &LoadJob::finished, [&]() { arrived = true; });
    QObject::connect(window.loadJob(), &LoadJob::failed, [&](const QString &m) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(m));
        done = true;
    });
    sinceTick.start();
    total.start();
    ticker.start(5);
    window.openPaths({file});
    // Without a time limit: processEvents(flags, ms) drops WaitForMoreEvents and would
    // spin, taking a core from the load. The ticker wakes the loop every 5 ms.
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 loadMs = total.elapsed();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    ticker.stop();
    if (!window.report())
        return 2;
    const auto &containers = window.report()->containers;
    std::printf("window: loaded %s: %lld containers in %lld ms; longest GUI-thread stall during the load %lld ms\n",
        qPrintable(file), static_cast<long long>(containers.size()), static_cast<long long>(loadMs),
        static_cast<long long>(worstStall));

    // Selection: every container of a small input, an even sample of a large one.
    std::printf("window: GUI-thread stall on load completion %lld ms (GUI-thread CPU %.1f ms)\n",
        static_cast<long long>(completionStall), double(completionCpu) / 1000.0);
    const int samples = int(std::min<qsizetype>(containers.size(), 200));
    QList<qint64> times, cpuTimes;
    PaintCounter paints;
    if (qEnvironmentVariableIsSet("PULLSCOPE_BENCH_PAINT"))
        app.installEventFilter(&paints);
    for (int i = 0; i < samples; ++i) {
        const ContainerDiagnosis &c = containers[int(qint64(i) * containers.size() / samples)];
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuMicros();
        window.selectContainer(c.namespace_, c.pod, c.container);
        const qint64 selected = t.nsecsElapsed();
        QCoreApplication::processEvents(); // the scene and panel paint
        times << t.nsecsElapsed() / 1000;
        cpuTimes << threadCpuMicros() - cpu0;
        if (qEnvironmentVariableIsSet("PULLSCOPE_BENCH_PAINT"))
            std::printf("select %.1f ms, events and paint %.1f ms\n", double(selected) / 1e6,
                double(t.nsecsElapsed() - selected) / 1e6);
    }
    // Where a repaint goes: each big widget grabbed on its own.
    if (qEnvironmentVariableIsSet("PULLSCOPE_BENCH_PAINT")) {
        app.removeEventFilter(&paints);
        for (auto it = paints.counts.constBegin(); it != paints.counts.constEnd(); ++it)
            std::printf("%s events: %.1f per selection\n", qPrintable(it.key()), double(*it) / samples);
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (w->objectName().isEmpty() || !w->isVisible())
                continue;
            QElapsedTimer t;
            t.start();
            for (int k = 0; k < 10; ++k)
                w->grab();
            std::printf("paint %s: %.1f ms\n", qPrintable(w->objectName()), double(t.nsecsElapsed()) / 1e7);
        }
    }
    std::sort(times.begin(), times.end());
    const double median = times.isEmpty() ? 0 : double(times[times.size() / 2]) / 1000.0;
    const double worst = times.isEmpty() ? 0 : double(times.last()) / 1000.0;
    std::printf("window: selection to drawn flowchart over %d containers: median %.1f ms, worst %.1f ms\n", samples,
        median, worst);
    std::printf("window: selection to drawn flowchart, GUI-thread CPU: median %.1f ms, worst %.1f ms\n",
        medianMs(cpuTimes), worstMs(cpuTimes));
    std::printf("%s: selection under 50 ms (median %.1f ms)\n", median < 50 ? "PASS" : "FAIL", median);
    std::printf("%s: window stays responsive while loading (longest stall %lld ms, limit 250 ms)\n",
        worstStall < 250 ? "PASS" : "FAIL", static_cast<long long>(worstStall));
    return 0;
}
