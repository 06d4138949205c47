// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/filerelevance.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

FileRelevance FileRelevance::build(const QList<store::FileRecord> &files, const QList<store::ClassificationRecord> &classifications)
{
    QHash<QString, const store::ClassificationRecord *> byPath;
    for (const auto &c : classifications)
        byPath.insert(c.path, &c);
    FileRelevance out;
    out.cells.reserve(files.size());
    for (const auto &f : files) {
        TreemapWidget::Cell cell;
        cell.path = f.path;
        cell.weight = double(std::max<qint64>(f.sizeBytes, 64));
        cell.lines = double(f.lineCount.value_or(0));
        cell.relevance = f.prior;
        QString tip = tr("<b>%1</b><br>%2 · %3 · %4<br>Static ranking: band %5, score %6<br>%7")
                          .arg(f.path.toHtmlEscaped(), store::toString(f.category), f.language.isEmpty() ? tr("unknown language") : f.language,
                               QLocale().formattedDataSize(f.sizeBytes))
                          .arg(f.prior)
                          .arg(QLocale().toString(f.priorScore, 'f', 2))
                          .arg(f.priorReason.toHtmlEscaped().replace(u"; "_s, u"<br>"_s));
        QString label;
        if (const auto *c = byPath.value(f.path); c && c->rating) {
            cell.relevance = *c->rating;
            cell.rated = true;
            cell.inPrompt = c->inPrompt;
            const auto answer = QJsonDocument::fromJson(c->responseJson).object();
            label = answer.value(u"classification"_s).toString();
            tip += tr("<br>Rated %1 by the model: %2 — %3%4")
                       .arg(*c->rating)
                       .arg(label, answer.value(u"description"_s).toString().toHtmlEscaped(),
                            c->inPrompt ? tr("<br><i>in the generation prompt</i>") : QString());
            if (const QString info = answer.value(u"important_information"_s).toString(); !info.isEmpty())
                tip += tr("<br>Setup: %1").arg(info.toHtmlEscaped());
        } else if (!classifications.isEmpty() && !byPath.contains(f.path)) {
            // Classification ran; the ranking kept this file out of the classified set.
            cell.notAsked = true;
            tip += tr("<br><i>Not asked: the model was not asked about this file (below the classified set's "
                      "threshold or its size); the colour is the static ranking's.</i>");
        }
        cell.tooltip = tip;
        out.ratings.insert(f.path, FileTreeModel::Rating{cell.relevance, cell.rated, cell.inPrompt, label, tip, cell.notAsked});
        out.cells << cell;
    }
    return out;
}

} // namespace wb::ui
