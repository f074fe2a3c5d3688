#pragma once

#include <QString>

#include <stdexcept>

namespace PullScope {

// Thrown by the object mapper when a field has the wrong type or shape. The loader
// turns it into "FILE:LINE: ..." with the field named.
struct MapError
{
    QString field;
    QString message;
    qint64 line = 0; // 0 = the loader supplies the item's location
};

// Limits that keep hostile input bounded (nesting bombs, alias bombs).
namespace Limits {
inline constexpr int MaxDepth = 256;
inline constexpr qint64 MaxYamlNodes = 20'000'000;
inline constexpr qint64 MaxAliasExpansion = 100'000;
} // namespace Limits

} // namespace PullScope
