#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <utility>

#include "buildinfo.h"
#include "languagemanager.h"
#include "fixwizard.h"
#include "mainwindow.h"
#include "sanitizerbuild.h"

using namespace PullScope;

namespace {
int runApp(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PullScope"));
    QCoreApplication::setApplicationName(QStringLiteral("PullScope"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    // The installed .desktop file and hicolor icons carry this id (packaging/linux): Wayland
    // compositors match the window to the desktop entry by it, and the theme supplies the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pullscope.PullScope"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.pullscope.PullScope")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("INPUT"), QApplication::translate("Main", "Files or folders to open."),
        QStringLiteral("[INPUT...]"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QApplication::translate("Main", "Language: en or zh_CN."), QStringLiteral("LANG"));
    parser.addOption(lang);
    // For scripts/screenshots.sh: render the window once the input is loaded, then quit.
    const QCommandLineOption shot(QStringLiteral("screenshot"),
        QApplication::translate("Main", "Save a screenshot of the window to FILE once loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
        QApplication::translate("Main", "Select the container NAMESPACE/POD/CONTAINER."),
        QStringLiteral("NS/POD/CONTAINER"));
    const QCommandLineOption fix(QStringLiteral("fix"),
        QApplication::translate("Main", "Open the fix wizard of the selected container's cause."));
    // A live cluster, named as kubectl names it.
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        QApplication::translate("Main", "Watch the cluster of this kubeconfig (default: KUBECONFIG, ~/.kube/config)."),
        QStringLiteral("PATH"));
    const QCommandLineOption context(QStringLiteral("context"),
        QApplication::translate("Main", "The kubeconfig context to watch (default: its current context)."),
        QStringLiteral("NAME"));
    const QCommandLineOption ns(QStringList {QStringLiteral("n"), QStringLiteral("namespace")},
        QApplication::translate("Main", "The namespace to watch (default: the context's)."), QStringLiteral("NS"));
    const QCommandLineOption all(QStringList {QStringLiteral("A"), QStringLiteral("all-namespaces")},
        QApplication::translate("Main", "Watch all namespaces."));
    parser.addOption(shot);
    parser.addOption(select);
    parser.addOption(fix);
    parser.addOption(kubeconfig);
    parser.addOption(context);
    parser.addOption(ns);
    parser.addOption(all);
    parser.process(app);

    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    LanguageManager::instance()->setLanguage(parser.isSet(lang) ? parser.value(lang)
            : !saved.isEmpty()                                  ? saved
                                                                : LanguageManager::systemDefault());

    MainWindow window;
    window.show();
    // A live view reports every refresh; the options act on the first.
    bool handled = false;
    QObject::connect(&window, &MainWindow::reportLoaded, &window, [&]() {
        if (std::exchange(handled, true))
            return;
        if (parser.isSet(select)) {
            const QStringList parts = parser.value(select).split(QLatin1Char('/'));
            if (parts.size() == 3)
                window.selectContainer(parts[0], parts[1], parts[2]);
        }
        QWidget *shown = &window;
        if (parser.isSet(fix)) {
            const ContainerDiagnosis *d = window.selectedContainer();
            if (d && d->hasCause)
                if (FixWizard *w = window.openFixWizard(d->cause.wizard))
                    shown = w;
        }
        if (parser.isSet(shot)) {
            const QString file = parser.value(shot);
            // Let layouts and the flowchart's fit settle before grabbing.
            QTimer::singleShot(600, &window, [shown, file]() {
                shown->grab().save(file);
                QApplication::quit();
            });
        }
    });
    const QStringList inputs = parser.positionalArguments();
    if (parser.isSet(kubeconfig) || parser.isSet(context) || parser.isSet(ns) || parser.isSet(all))
        window.openLiveCluster(parser.value(kubeconfig), parser.value(context), parser.value(ns), parser.isSet(all));
    else if (inputs.isEmpty())
        window.openBundledCluster();
    else
        window.openPaths(inputs);
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    const int code = runApp(argc, argv);
    settleNetworkThreads(); // the window and the application are gone by now
    return code;
}
