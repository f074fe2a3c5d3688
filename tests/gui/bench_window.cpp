// Responsiveness of the window (issue 3, item 9; not a ctest test):
//   bench_window [FILE]   (default: the bundled training cluster)
// Loads FILE through the window's background job while a 5 ms timer measures how long
// the GUI thread ever went without running its event loop, then selects containers
// and times selection -> flowchart model -> scene drawn -> evidence panel filled.
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include "flowchartscene.h"
#include "languagemanager.h"
#include "mainwindow.h"

using namespace PullScope;

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
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&]() { worstStall = std::max(worstStall, sinceTick.restart()); });
    bool done = false;
    QObject::connect(&window, &MainWindow::reportLoaded, [&]() { done = true; });
    QObject::connect(window.loadJob(), &LoadJob::failed, [&](const QString &m) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(m));
        done = true;
    });
    sinceTick.start();
    total.start();
    ticker.start(5);
    window.openPaths({file});
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ticker.stop();
    const qint64 loadMs = total.elapsed();
    if (!window.report())
        return 2;
    const auto &containers = window.report()->containers;
    std::printf("window: loaded %s: %lld containers in %lld ms; longest GUI-thread stall during the load %lld ms\n",
        qPrintable(file), static_cast<long long>(containers.size()), static_cast<long long>(loadMs),
        static_cast<long long>(worstStall));

    // Selection: every container of a small input, an even sample of a large one.
    const int samples = int(std::min<qsizetype>(containers.size(), 200));
    QList<qint64> times;
    for (int i = 0; i < samples; ++i) {
        const ContainerDiagnosis &c = containers[int(qint64(i) * containers.size() / samples)];
        QElapsedTimer t;
        t.start();
        window.selectContainer(c.namespace_, c.pod, c.container);
        const qint64 selected = t.nsecsElapsed();
        QCoreApplication::processEvents(); // the scene and panel paint
        times << t.nsecsElapsed() / 1000;
        if (qEnvironmentVariableIsSet("PULLSCOPE_BENCH_PAINT"))
            std::printf("select %.1f ms, events and paint %.1f ms\n", double(selected) / 1e6,
                double(t.nsecsElapsed() - selected) / 1e6);
    }
    // Where a repaint goes: each big widget grabbed on its own.
    if (qEnvironmentVariableIsSet("PULLSCOPE_BENCH_PAINT")) {
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
    std::printf("%s: selection under 50 ms (median %.1f ms)\n", median < 50 ? "PASS" : "FAIL", median);
    std::printf("%s: window stays responsive while loading (longest stall %lld ms, limit 250 ms)\n",
        worstStall < 250 ? "PASS" : "FAIL", static_cast<long long>(worstStall));
    return 0;
}
