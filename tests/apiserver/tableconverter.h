#pragma once

// Server-side printing (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`): the
// column definitions and cells kubectl shows for `kubectl get`. The real server computes
// every column (priority 1 ones are what `-o wide` adds) and kubectl only lays them out, so
// these must be the cells of the real printers (pkg/printers/internalversion) for the
// columns to mean the same thing.
#include <QByteArray>
#include <QJsonObject>

#include <vector>

#include "resourcetype.h"

namespace PullScope::TestApiServer {

// A cell is either fixed JSON, or a duration since an instant ("5m", "3 (2d ago)"), which
// depends on when the table is asked for and so is written per request.
struct TableCell
{
    QByteArray json;
    qint64 sinceMs = 0;
    bool timed = false;
    QByteArray prefix;
    QByteArray suffix;
};

struct TableRow
{
    std::vector<TableCell> cells;
};

class TableConverter
{
public:
    // The `columnDefinitions` JSON array.
    static const QByteArray &columnDefinitions(Resource resource);
    static TableRow row(Resource resource, const QJsonObject &object);
    // Appends the row's `cells` JSON array.
    static void appendCells(QByteArray &out, const TableRow &row, qint64 nowMs);
    // k8s.io/apimachinery duration.HumanDuration: "45s", "3m20s", "5h12m", "297d".
    static QByteArray humanDuration(qint64 ms);
};

} // namespace PullScope::TestApiServer
