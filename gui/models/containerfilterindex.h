#pragma once

#include <QString>
#include <QStringView>

#include <vector>

#include "diagnosis.h"

namespace PullScope {

// The searchable side of a DiagnosisReport, built once per report so that filtering
// 200k pods stays instant. Every field is dictionary-encoded: its distinct values,
// lower-cased, sit in one buffer separated by '\n', and each container holds the id of
// its value. A filter term is then searched once per distinct value (a single scan of
// the buffer) instead of once per container, and containers only look up flags.
class ContainerFilterIndex
{
public:
    enum Field { Namespace, Pod, Container, Image, Cause, Node, State, FieldCount };

    struct Term
    {
        int field = -1; // -1: any of the generic fields
        QString value; // lower case
    };

    void build(const DiagnosisReport &report);
    void clear();

    int containerCount() const { return m_count; }
    int id(Field f, int container) const { return m_ids[f][size_t(container)]; }
    int valueCount(Field f) const { return int(m_pools[f].offsets.size()) - 1; }
    // The lower-case value of `id` (for Cause: "id\ntitle en\ntitle zh").
    QStringView value(Field f, int id) const;
    // The value of `id` as the report has it (for Cause: the cause id, "" for
    // containers without a cause, id 0).
    const QString &raw(Field f, int id) const { return m_raw[f][size_t(id)]; }
    QString causeId(int id) const { return m_raw[Cause][size_t(id)]; }

    // Space-separated terms, all of which must match; "quoted phrases" keep their
    // spaces; `key:value` restricts a term to one field (ns, pod, container, image,
    // cause, node, state). An unknown key leaves the term whole, so "nginx:1.25" still
    // matches images.
    static std::vector<Term> parse(const QString &filter);

    // Sets visible[c] for every container matching all terms; returns how many match.
    int evaluate(const QString &filter, std::vector<char> &visible) const;

private:
    struct Pool
    {
        QString buffer; // values joined, each followed by '\n'
        std::vector<int> offsets; // start of each value, plus the end
        bool ascii = true; // then a term with other characters cannot match
    };

    // Flags (per value id of `f`) of the values containing `needle`.
    bool matchValues(Field f, const Term &term, std::vector<char> &hits) const;

    Pool m_pools[FieldCount];
    std::vector<int> m_ids[FieldCount];
    std::vector<QString> m_raw[FieldCount];
    int m_count = 0;
};

} // namespace PullScope
