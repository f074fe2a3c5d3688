#include "clilanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace PullScope {

QString installCliLanguage(const QStringList &arguments)
{
    QString lang = QStringLiteral("en");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments[i + 1];
        else if (a.startsWith(QLatin1String("--lang=")))
            lang = a.mid(7);
    }
    if (lang == QLatin1String("zh") || lang == QLatin1String("zh-CN"))
        lang = QStringLiteral("zh_CN");
    if (lang != QLatin1String("en") && lang != QLatin1String("zh_CN"))
        return {};
    if (lang == QLatin1String("zh_CN")) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/pullscope_zh_CN.qm")))
            QCoreApplication::installTranslator(translator);
    }
    return lang;
}

} // namespace PullScope
