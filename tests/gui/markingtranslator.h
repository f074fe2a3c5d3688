#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTranslator>

namespace PullScope::TestSupport {

// Marks every string of the named translation contexts: a text that is not set again on
// a language change keeps its unmarked form, which a test can see without a finished
// catalogue. A context name ending in '*' names every context that begins with it.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(
        QList<QByteArray> contexts, QString prefix = QStringLiteral("ZZ "), QString suffix = QString())
        : m_contexts(std::move(contexts))
        , m_prefix(std::move(prefix))
        , m_suffix(std::move(suffix))
    {
    }
    const QString &mark() const { return m_prefix; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        for (const QByteArray &want : m_contexts) {
            const bool match = want.endsWith('*') ? c.startsWith(want.chopped(1)) : c == want;
            if (match)
                return m_prefix + QString::fromUtf8(source) + m_suffix;
        }
        return QString();
    }

private:
    QList<QByteArray> m_contexts;
    QString m_prefix;
    QString m_suffix;
};

} // namespace PullScope::TestSupport
