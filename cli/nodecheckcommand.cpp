#include "nodecheckcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include "probe/nodecheckoutput.h"
#include "probe/nodecheckscript.h"
#include "probe/nodecheckverdict.h"
#include "probecommand.h"

namespace PullScope {

bool NodeCheckCommand::wanted(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--node-script") || a == QLatin1String("--node-output")
            || a.startsWith(QLatin1String("--node-output=")))
            return true;
    }
    return false;
}

int NodeCheckCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The node check. With --node-script, write a shell script to run on the node itself (the machine "
           "running PullScope is not the node: other DNS, proxy, CA store and runtime); with --node-output, read "
           "what it printed and show it as a probe: the same steps, causes and exit codes."));
    p.addPositionalArgument(QStringLiteral("IMAGE"), tr("The image reference, for --node-script."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption script(QStringLiteral("node-script"), tr("Write the node check script for IMAGE."));
    const QCommandLineOption runtime(QStringLiteral("runtime"),
        tr("The node's runtime: auto (detected on the node), containerd, crio or docker."), QStringLiteral("RUNTIME"),
        QStringLiteral("auto"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the script to FILE (mode 0755) instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption nodeOutput(
        QStringLiteral("node-output"), tr("Read what the node check printed on the node."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table or json (default table)."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Output language: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    p.addOptions({help, script, runtime, output, nodeOutput, format, lang});
    if (!p.parse(arguments)) {
        err << "pullscope-cli probe: " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (p.isSet(script) == p.isSet(nodeOutput)) {
        err << tr("pullscope-cli probe: give either --node-script IMAGE or --node-output FILE") << '\n';
        return 2;
    }
    if (p.isSet(script)) {
        if (p.positionalArguments().size() != 1) {
            err << tr("pullscope-cli probe: name exactly one IMAGE") << '\n';
            return 2;
        }
        NodeCheckScript::Options o;
        o.image = p.positionalArguments().first();
        o.runtime = p.value(runtime);
        QByteArray text;
        QString error;
        if (!NodeCheckScript::generate(o, &text, &error)) {
            err << "pullscope-cli probe: " << error << '\n';
            return 2;
        }
        if (!p.isSet(output)) {
            QFile out;
            out.open(stdout, QIODevice::WriteOnly);
            out.write(text);
            return 0;
        }
        if (!NodeCheckScript::save(text, p.value(output), &error)) {
            err << "pullscope-cli probe: " << error << '\n';
            return 2;
        }
        return 0;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        err << tr("pullscope-cli probe: --format takes table or json") << '\n';
        return 2;
    }
    if (!p.positionalArguments().isEmpty()) {
        err << tr("pullscope-cli probe: --node-output takes no IMAGE: the output names it") << '\n';
        return 2;
    }
    NodeCheckOutput parsed;
    QString error;
    if (!NodeCheckOutput::load(p.value(nodeOutput), &parsed, &error)) {
        err << "pullscope-cli probe: " << error << '\n';
        return 2;
    }
    const ProbeResult r = NodeCheckVerdict::evaluate(parsed);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    if (fmt == QLatin1String("json"))
        r.writeJson(&out);
    else
        out.write(ProbeCommand::table(r).toUtf8());
    out.flush();
    return r.passed() ? 0 : 1;
}

} // namespace PullScope
