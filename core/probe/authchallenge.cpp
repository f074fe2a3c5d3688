#include "probe/authchallenge.h"

namespace PullScope {

namespace {
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArray("!#$%&'*+-.^_`|~/").contains(c);
}

void skipSpaces(const QByteArray &s, int &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
}

QByteArray token(const QByteArray &s, int &i)
{
    const int start = i;
    while (i < s.size() && isTokenChar(s[i]))
        ++i;
    return s.mid(start, i - start);
}
} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QByteArray &value)
{
    QList<AuthChallenge> out;
    int i = 0;
    while (i < value.size()) {
        skipSpaces(value, i);
        while (i < value.size() && value[i] == ',')
            ++i, skipSpaces(value, i);
        const QByteArray name = token(value, i);
        if (name.isEmpty())
            break;
        int j = i;
        skipSpaces(value, j);
        if (j < value.size() && value[j] == '=' && !out.isEmpty()) {
            // A parameter of the current challenge.
            i = j + 1;
            skipSpaces(value, i);
            QByteArray v;
            if (i < value.size() && value[i] == '"') {
                ++i;
                while (i < value.size() && value[i] != '"') {
                    if (value[i] == '\\' && i + 1 < value.size())
                        ++i;
                    v += value[i++];
                }
                ++i; // closing quote
            } else {
                // Lenient: servers send unquoted URLs, which are not RFC 7235 tokens.
                while (i < value.size() && value[i] != ',' && value[i] != ' ' && value[i] != '\t')
                    v += value[i++];
            }
            out.last().params.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(v));
        } else {
            AuthChallenge c;
            c.scheme = QString::fromLatin1(name).toLower();
            out << c;
            i = j;
        }
        skipSpaces(value, i);
        if (i < value.size() && value[i] == ',')
            ++i;
        else if (i < value.size() && !isTokenChar(value[i]))
            break;
    }
    return out;
}

} // namespace PullScope
