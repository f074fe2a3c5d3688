#pragma once

#include <QString>
#include <QStringList>

namespace PullScope {

// Picks the --lang value out of the arguments and installs the matching translator,
// before any translated text is produced. Returns "en" or "zh_CN"; empty when the
// value is not one of them.
QString installCliLanguage(const QStringList &arguments);

} // namespace PullScope
