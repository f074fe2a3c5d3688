#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace PullScope {

// What the node check script (NodeCheckScript) printed, split into its sections. Reading is
// lenient about what a terminal or an editor does to a file on the way back (CR LF line
// ends, a prompt before the first marker, a cut-off end) and strict about what it is: a file
// without the script's markers is refused with a message naming it.
class NodeCheckOutput
{
    Q_DECLARE_TR_FUNCTIONS(NodeCheckOutput)
public:
    struct Section
    {
        QString name;
        QStringList lines;
        int rc = -1; // -1: the end marker is missing (the script was interrupted)
        int firstLine = 0; // 1-based line of the section marker in the file
        QString text() const { return lines.join(QLatin1Char('\n')); }
    };

    static bool parse(const QByteArray &data, const QString &fileName, NodeCheckOutput *out, QString *error);
    static bool load(const QString &path, NodeCheckOutput *out, QString *error);
    // True when data starts (within its first lines) like a node check output.
    static bool looksLike(const QByteArray &data);

    bool has(const QString &name) const { return m_sections.contains(name); }
    const Section *section(const QString &name) const;
    // key=value lines of the info section: image, registry, host, port, scheme, runtime,
    // certs-dir, arch, node, date, credentials.
    QString info(const QString &key) const { return m_info.value(key); }
    // `key=value` lines of a section (the first of each key).
    static QString value(const Section &section, const QString &key);
    QString fileName() const { return m_fileName; }
    bool complete() const { return m_complete; }
    QStringList sectionNames() const;

private:
    QString m_fileName;
    QMap<QString, Section> m_sections;
    QStringList m_order;
    QMap<QString, QString> m_info;
    bool m_complete = false;
};

} // namespace PullScope
