#pragma once
// Shared by the reports: lays an HTML document out on A4 pages (own margins and page
// numbers) and paints it on a PDF writer or a printer.
#include "common/result.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace tracelot::reports {

QPageLayout a4Layout(QPageLayout::Orientation orientation = QPageLayout::Portrait);
Status renderHtml(QPagedPaintDevice& device, const QString& html, const QString& footer);
Status writeHtmlPdf(const QString& path, const QString& title, const QString& html, const QString& footer,
                    QPageLayout::Orientation orientation = QPageLayout::Portrait);

}  // namespace tracelot::reports
