#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace PullScope {

// The one place that knows the UI language. Installs Qt's own (qtbase) and
// PullScope's translators and switches them at runtime; widgets retranslate on
// QEvent::LanguageChange, and text that comes from data (the cause rules) is looked
// up again in ruleLanguage().
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager *instance();

    // "en" or "zh_CN".
    QString language() const { return m_language; }
    // The language code RuleBook::describe() takes.
    static QString ruleLanguage() { return instance()->m_language; }
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    // The system locale's language when it is one we have, else English.
    static QString systemDefault();

public Q_SLOTS:
    void setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    QString m_language = QStringLiteral("en");
    QTranslator *m_qt = nullptr;
    QTranslator *m_app = nullptr;
};

} // namespace PullScope
