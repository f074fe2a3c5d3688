#include "confighighlighter.h"

#include "theme.h"

namespace PullScope {

ConfigHighlighter::ConfigHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(Theme::syntaxKey());
    m_string.setForeground(Theme::syntaxString());
    m_comment.setForeground(Theme::syntaxComment());
    m_comment.setFontItalic(true);
    m_section.setForeground(Theme::syntaxSection());
    m_section.setFontWeight(QFont::Bold);
}

void ConfigHighlighter::setFileName(const QString &fileName)
{
    const QString f = fileName.toLower();
    m_rules.clear();
    const auto add = [this](const char *pattern, const QTextCharFormat &format, int group = 0) {
        m_rules.append({QRegularExpression(QLatin1String(pattern)), format, group});
    };
    if (f.endsWith(QLatin1String(".yaml")) || f.endsWith(QLatin1String(".yml"))) {
        add("^\\s*(?:-\\s+)?([^\\s:#\"'][^:#]*|\"[^\"]*\"):(?=\\s|$)", m_key, 1);
    } else if (f.endsWith(QLatin1String(".json")) || f.endsWith(QLatin1String(".dockerconfigjson"))) {
        add("\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:)", m_key);
    } else if (f.endsWith(QLatin1String(".toml"))) {
        add("^\\s*\\[.*\\]\\s*$", m_section);
        add("^\\s*([A-Za-z0-9_.\\-\"]+)\\s*=", m_key, 1);
    } else if (f.endsWith(QLatin1String(".conf"))) {
        add("^\\s*\\[.*\\]\\s*$", m_section);
        add("^\\s*([A-Za-z]+)=", m_key, 1);
    } else if (f.endsWith(QLatin1String(".sh"))) {
        add("^\\s*(kubectl|systemctl|ctr|crictl|skopeo|read|printf|chmod)\\b", m_key, 1);
    }
    // Strings after keys so that a quoted key keeps the key colour only up to its colon.
    add("\"(?:[^\"\\\\]|\\\\.)*\"(?!\\s*:)", m_string);
    add("'[^']*'", m_string);
    rehighlight();
}

void ConfigHighlighter::highlightBlock(const QString &text)
{
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    // A comment is a line starting with '#' (all these formats); a '#' inside a value is
    // left alone rather than guessed at.
    if (hash >= 0 && text.left(hash).trimmed().isEmpty()) {
        setFormat(0, int(text.size()), m_comment);
        return;
    }
    for (const Rule &r : std::as_const(m_rules)) {
        auto it = r.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(r.group)), int(m.capturedLength(r.group)), r.format);
        }
    }
}

} // namespace PullScope
