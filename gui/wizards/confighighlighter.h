#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace PullScope {

// Colours keys, strings, comments and section headers of what the wizards generate.
// The syntax is told from the file name: .yaml/.yml, .json/.dockerconfigjson, .toml,
// .conf (systemd), .sh, anything else gets comments and strings only.
class ConfigHighlighter : public QSyntaxHighlighter
{
public:
    explicit ConfigHighlighter(QTextDocument *document);
    void setFileName(const QString &fileName);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_key, m_string, m_comment, m_section;
};

} // namespace PullScope
