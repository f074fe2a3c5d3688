#include <QApplication>
#include <QLabel>

// Placeholder window until the workbench issue lands; `make run` uses the CLI for now.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QApplication::translate("Main", "PullScope"));
    label.show();
    return app.exec();
}
