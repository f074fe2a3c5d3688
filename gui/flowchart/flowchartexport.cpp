#include "flowchartexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtMath>

#include <cmath>

namespace PullScope {

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool cannotWrite(QString *error, const QString &path, const QString &reason)
{
    return fail(error,
        QCoreApplication::translate("FlowchartExport", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), reason));
}

void renderScene(QGraphicsScene *scene, QPainter &painter, const QRectF &target)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene->render(&painter, target, scene->sceneRect(), Qt::KeepAspectRatio);
}

} // namespace

bool exportPng(QGraphicsScene *scene, const QString &path, qreal scale, QString *error)
{
    const QRectF rect = scene ? scene->sceneRect() : QRectF();
    if (!scene || rect.isEmpty() || !(scale > 0) || !std::isfinite(scale))
        return fail(error, QCoreApplication::translate("FlowchartExport", "Nothing to export."));
    const QSize size(qCeil(rect.width() * scale), qCeil(rect.height() * scale));
    // A slip of the scale must not try to allocate gigabytes.
    if (qint64(size.width()) * size.height() > 200LL * 1000 * 1000)
        return fail(error,
            QCoreApplication::translate("FlowchartExport", "The image would be too large (%1 x %2 pixels).")
                .arg(size.width())
                .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(error,
            QCoreApplication::translate("FlowchartExport", "Not enough memory for a %1 x %2 pixel image.")
                .arg(size.width())
                .arg(size.height()));
    image.fill(Qt::transparent);
    // The resolution tells viewers and office programs the intended size: 96 dpi times the scale.
    const int dotsPerMeter = qRound(96.0 * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        renderScene(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(error, path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return cannotWrite(error, path, writer.errorString());
    }
    if (!file.commit())
        return cannotWrite(error, path, file.errorString());
    return true;
}

bool exportSvg(QGraphicsScene *scene, const QString &path, QString *error, const QString &title)
{
    const QRectF rect = scene ? scene->sceneRect() : QRectF();
    if (!scene || rect.isEmpty())
        return fail(error, QCoreApplication::translate("FlowchartExport", "Nothing to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(error, path, file.errorString());
    const QRectF target(QPointF(0, 0), rect.size());
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        // Scene units are pixels at 96 dpi; the generator's default of 72 dpi would give
        // the drawing a physical size a third too large.
        generator.setResolution(96);
        generator.setSize(rect.size().toSize());
        generator.setViewBox(target);
        generator.setTitle(
            title.isEmpty() ? QCoreApplication::translate("FlowchartExport", "PullScope decision tree") : title);
        generator.setDescription(
            QCoreApplication::translate("FlowchartExport", "Image pull decision tree, exported by PullScope"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return cannotWrite(error, path, file.errorString());
        }
        renderScene(scene, painter, target);
        painter.end();
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return cannotWrite(error, path, file.errorString());
    return true;
}

} // namespace PullScope
