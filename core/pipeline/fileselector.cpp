// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/fileselector.h"

#include "repo/notebook.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::FileSelector)
};

bool classifiable(const store::FileRecord &f)
{
    using C = store::FileCategory;
    return f.kind == store::FileKind::File && !f.isBinary && !f.isLfsPointer && !f.contentSkipped
           && (f.category == C::Code || f.category == C::Docs || f.category == C::Script || f.category == C::Notebook);
}

QString fenceLanguage(const QString &path)
{
    if (path.endsWith(u".py"_s) || path.endsWith(u".ipynb"_s)) return u"python"_s;
    if (path.endsWith(u".sh"_s)) return u"bash"_s;
    if (path.endsWith(u".md"_s)) return u"markdown"_s;
    return {};
}
} // namespace

qint64 FileSelector::estimateTokens(const QString &text, llm::ContentKind kind)
{
    return llm::TokenEstimator::instance().estimate(text, kind);
}

QString FileSelector::truncate(const QString &text, qint64 maxTokens, QString *note, llm::ContentKind kind)
{
    if (note)
        note->clear();
    const qint64 tokens = estimateTokens(text, kind);
    if (tokens <= maxTokens)
        return text;
    const qsizetype keep = qsizetype(double(maxTokens) * llm::TokenEstimator::instance().charsPerToken(kind));
    if (note)
        *note = QStringLiteral(", truncated from about %1 to %2 tokens").arg(tokens).arg(maxTokens);
    return text.left(keep) + QStringLiteral("\n[… long file truncated here: about %1 more tokens not shown …]").arg(tokens - maxTokens);
}

QList<FileSelector::PlannedFile> FileSelector::classificationPlan(const QList<store::FileRecord> &files,
                                                                  const QByteArray &summaryJson, const CampaignConfig &config,
                                                                  qint64 fileMaxTokens)
{
    // README-named files first, then the static prior's order (files() is sorted by prior).
    QSet<QString> named;
    const auto summary = nlohmann::json::parse(summaryJson.constData(), summaryJson.constData() + summaryJson.size(), nullptr, false);
    if (summary.is_object() && summary.contains("highly_relevant_files") && summary["highly_relevant_files"].is_array()) {
        for (const auto &p : summary["highly_relevant_files"])
            if (p.is_string())
                named.insert(QString::fromStdString(p.get<std::string>()).remove(QRegularExpression(u"^\\./"_s)));
    }
    QList<const store::FileRecord *> ordered;
    for (const auto &f : files)
        if (classifiable(f) && named.contains(f.path))
            ordered << &f;
    for (const auto &f : files)
        if (classifiable(f) && !named.contains(f.path) && f.prior >= 2)
            ordered << &f;

    QList<PlannedFile> plan;
    qint64 spent = 0;
    for (const store::FileRecord *f : std::as_const(ordered)) {
        if (plan.size() >= config.classifyMaxFiles)
            break;
        const qint64 tokens = std::min<qint64>(
            qint64(double(f->sizeBytes) / llm::TokenEstimator::instance().charsPerToken(llm::TokenEstimator::kindForPath(f->path))) + 1,
            fileMaxTokens);
        if (spent + tokens > config.classifyTokenBudget)
            continue;
        spent += tokens;
        plan.append({f->path, f->pathBytes.isEmpty() ? f->path.toUtf8() : f->pathBytes, store::toString(f->category), f->language});
    }
    return plan;
}

FileSelector::Selection FileSelector::select(const QList<store::ClassificationRecord> &classifications,
                                             const QList<store::FileRecord> &files, const Rules &rules,
                                             const std::function<QByteArray(const QByteArray &)> &read)
{
    QHash<QString, int> priorOrder;
    QHash<QString, const store::FileRecord *> byPath;
    for (qsizetype i = 0; i < files.size(); ++i) {
        priorOrder.insert(files[i].path, int(i));
        byPath.insert(files[i].path, &files[i]);
    }
    QList<const store::ClassificationRecord *> rated;
    for (const auto &c : classifications)
        if (c.rating && *c.rating >= rules.minRating && byPath.contains(c.path))
            rated << &c;
    std::stable_sort(rated.begin(), rated.end(), [&](const auto *a, const auto *b) {
        if (*a->rating != *b->rating)
            return *a->rating > *b->rating;
        return priorOrder.value(a->path) < priorOrder.value(b->path);
    });

    Selection s;
    qint64 remaining = rules.tokenBudget;
    int number = 0;
    for (const auto *c : std::as_const(rated)) {
        const store::FileRecord *f = byPath.value(c->path);
        const QByteArray raw = read(f->pathBytes.isEmpty() ? f->path.toUtf8() : f->pathBytes);
        QString content = QString::fromUtf8(raw);
        if (f->category == store::FileCategory::Notebook) {
            try {
                content = repo::Notebook::codeAsScript(raw);
            } catch (const Error &) {
            }
        }
        const llm::ContentKind kind = llm::TokenEstimator::kindForPath(c->path);
        const auto answer = nlohmann::json::parse(c->responseJson.constData(), c->responseJson.constData() + c->responseJson.size(),
                                                  nullptr, false);
        const QString metadata = answer.is_discarded() ? QString() : QString::fromStdString(answer.dump());
        const qint64 overhead = estimateTokens(metadata, llm::ContentKind::Json) + 30;   // the header lines and fences
        const qint64 tokens = estimateTokens(content, kind);
        QString note;
        if (tokens + overhead > remaining) {
            if (remaining - overhead < std::max<qint64>(rules.truncateWhenAtLeast, 400))
                continue;   // not worth a stub; a smaller file further down may still fit
            content = truncate(content, remaining - overhead, &note, kind);
        }
        const qint64 used = estimateTokens(content, kind) + overhead;
        remaining -= used;
        s.tokens += used;
        ++number;
        // Concatenation, not arg(): file contents may hold %1-style text of their own.
        // A fence longer than any run of backticks in the file, so that a README's own code blocks stay inside.
        QString fence = u"```"_s;
        while (content.contains(fence))
            fence += u'`';
        s.text += u"### File "_s + QString::number(number) + u": `"_s + c->path + u"` (rating "_s + QString::number(*c->rating)
                  + note + u")\nMetadata: "_s + metadata + u'\n' + fence + fenceLanguage(c->path) + u'\n' + content + u'\n' + fence
                  + u"\n\n"_s;
        s.paths << c->path;
    }
    if (s.paths.isEmpty())
        s.text = QStringLiteral("(No file was rated %1 or higher; rely on the repository description.)").arg(rules.minRating);
    return s;
}

} // namespace wb::pipeline
