#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace PullScope {

LanguageManager *LanguageManager::instance()
{
    static LanguageManager *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QString LanguageManager::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString &language)
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    m_language = lang;
    if (lang != QLatin1String("en")) {
        // Qt's own dialogs (file dialogs, message box buttons) come from qtbase_<lang>.
        m_qt = new QTranslator(this);
        if (m_qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
        m_app = new QTranslator(this);
        if (m_app->load(QStringLiteral(":/i18n/pullscope_") + lang))
            QCoreApplication::installTranslator(m_app);
    }
    // installTranslator() sends LanguageChange only when a translator is added; switching
    // back to English removes them, so tell every widget ourselves.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    Q_EMIT languageChanged(lang);
}

} // namespace PullScope
