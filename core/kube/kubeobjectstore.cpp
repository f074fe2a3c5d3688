#include "kube/kubeobjectstore.h"

namespace PullScope {

void KubeObjectStore::replaceAll(const QString &kind, const QList<KubeItem> &items)
{
    if (!m_kindOrder.contains(kind))
        m_kindOrder << kind;
    QMap<QByteArray, QByteArray> &map = m_objects[kind];
    map.clear();
    for (const KubeItem &i : items)
        map.insert(i.key, i.json);
    ++m_generation;
}

void KubeObjectStore::upsert(const QString &kind, const KubeItem &item)
{
    if (!m_kindOrder.contains(kind))
        m_kindOrder << kind;
    m_objects[kind].insert(item.key, item.json);
    ++m_generation;
}

void KubeObjectStore::remove(const QString &kind, const QByteArray &key)
{
    auto it = m_objects.find(kind);
    if (it != m_objects.end() && it->remove(key) > 0)
        ++m_generation;
}

void KubeObjectStore::clear()
{
    m_objects.clear();
    m_kindOrder.clear();
    ++m_generation;
}

int KubeObjectStore::count(const QString &kind) const
{
    const auto it = m_objects.constFind(kind);
    return it == m_objects.constEnd() ? 0 : int(it->size());
}

int KubeObjectStore::total() const
{
    int n = 0;
    for (const auto &m : m_objects)
        n += int(m.size());
    return n;
}

QByteArray KubeObjectStore::listJson() const
{
    qsizetype size = 64;
    for (const auto &m : m_objects)
        for (const QByteArray &j : m)
            size += j.size() + 2;
    QByteArray out;
    out.reserve(size);
    out += "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[";
    bool first = true;
    for (const QString &kind : m_kindOrder) {
        for (const QByteArray &j : m_objects.value(kind)) {
            if (!first)
                out += ",\n";
            first = false;
            out += j;
        }
    }
    out += "]}\n";
    return out;
}

bool KubeObjectStore::writeListJson(QIODevice *out) const
{
    // Items are gathered into ~1 MB writes: one write per item would cost a call each.
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[";
    bool first = true;
    for (const QString &kind : m_kindOrder) {
        const auto it = m_objects.constFind(kind);
        if (it == m_objects.constEnd())
            continue;
        for (const QByteArray &j : *it) {
            if (!first)
                chunk += ",\n";
            first = false;
            chunk += j;
            if (chunk.size() >= (1 << 20)) {
                if (out->write(chunk) != chunk.size())
                    return false;
                chunk.resize(0);
            }
        }
    }
    chunk += "]}\n";
    return out->write(chunk) == chunk.size();
}

} // namespace PullScope
