#pragma once

#include <QString>

class QGraphicsScene;

namespace PullScope {

// The flowchart as a file. Written through QSaveFile: a failure leaves no partial file
// behind (and an existing file untouched). On failure `error` gets a translated message.

// `scale` 2 gives a picture sharp on HiDPI screens and in slides.
bool exportPng(QGraphicsScene *scene, const QString &path, qreal scale = 2.0, QString *error = nullptr);
// Vector, texts as text. `title` goes into the SVG's <title>.
bool exportSvg(QGraphicsScene *scene, const QString &path, QString *error = nullptr, const QString &title = QString());

} // namespace PullScope
