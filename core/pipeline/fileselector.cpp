// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/fileselector.h"

#include "repo/notebook.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

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

bool isData(const store::FileRecord &f)
{
    return f.kind == store::FileKind::File && !f.isLfsPointer
           && (f.category == store::FileCategory::Data || (f.isBinary && f.category == store::FileCategory::Other));
}

/** A binary file's format from its first bytes, for the sentence that stands in for its content. */
QString binaryFormat(const QString &path, const QByteArray &raw)
{
    static const QList<std::pair<QByteArray, QString>> magic{
        {QByteArray("\x1f\x8b", 2), u"gzip-compressed"_s},   {QByteArray("\x89HDF\r\n\x1a\n", 8), u"HDF5"_s},
        {QByteArray("CDF\x01", 4), u"NetCDF classic"_s},       {QByteArray("CDF\x02", 4), u"NetCDF 64-bit offset"_s},
        {QByteArray("PK\x03\x04", 4), u"ZIP archive"_s},      {QByteArray("BZh", 3), u"bzip2-compressed"_s},
        {QByteArray("\xfd" "7zXZ", 5), u"xz-compressed"_s},     {QByteArray("\x93NUMPY", 6), u"NumPy array"_s},
        {QByteArray("SQLite format 3", 15), u"SQLite database"_s}, {QByteArray("\x80", 1), u"Python pickle or PyTorch"_s}};
    for (const auto &[bytes, name] : magic)
        if (raw.startsWith(bytes))
            return name;
    const QString suffix = path.section(u'.', -1);
    return suffix == path ? u"unknown format"_s : u".%1 file"_s.arg(suffix);
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

int FileSelector::adaptiveSize(int candidates)
{
    // 10 candidates: all 10; 100: 48; 1,000: 68, before classifyMaxFiles (60).
    return candidates <= 0 ? 0 : std::min(candidates, int(std::lround(8.0 + 6.0 * std::log2(1.0 + candidates))));
}

QList<FileSelector::PlannedFile> FileSelector::classificationPlan(const QList<store::FileRecord> &files,
                                                                  const QByteArray &summaryJson, const CampaignConfig &config,
                                                                  qint64 fileMaxTokens)
{
    QSet<QString> named;
    const auto summary = nlohmann::json::parse(summaryJson.constData(), summaryJson.constData() + summaryJson.size(), nullptr, false);
    if (summary.is_object() && summary.contains("highly_relevant_files") && summary["highly_relevant_files"].is_array()) {
        for (const auto &p : summary["highly_relevant_files"])
            if (p.is_string())
                named.insert(QString::fromStdString(p.get<std::string>()).remove(QRegularExpression(u"^\\./"_s)));
    }
    const bool scored = std::any_of(files.cbegin(), files.cend(), [](const store::FileRecord &f) { return f.priorScore > 0; });
    auto askable = [&](const store::FileRecord &f) {
        if (!scored)
            return classifiable(f) && f.prior >= 2;   // an inventory from before the continuous score
        if (f.kind != store::FileKind::File || f.isLfsPointer || (f.contentSkipped && !isData(f)))
            return false;
        return classifiable(f) || isData(f);
    };
    // README-named files first (always asked), then the ranking's order (files() is sorted by it).
    QList<const store::FileRecord *> ordered;
    for (const auto &f : files)
        if (askable(f) && (named.contains(f.path) || f.readmeNamed))
            ordered << &f;
    const qsizetype alwaysAsked = ordered.size();
    int candidates = 0;
    for (const auto &f : files) {
        if (!askable(f) || named.contains(f.path) || f.readmeNamed || (scored && f.priorScore < config.classifyMinScore))
            continue;
        ordered << &f;
        ++candidates;
    }
    const int limit = scored ? std::min(config.classifyMaxFiles, int(alwaysAsked) + adaptiveSize(candidates)) : config.classifyMaxFiles;

    QList<PlannedFile> plan;
    qint64 spent = 0;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const store::FileRecord *f = ordered[i];
        if (plan.size() >= limit)
            break;
        const qint64 full = qint64(double(f->sizeBytes) / llm::TokenEstimator::instance().charsPerToken(llm::TokenEstimator::kindForPath(f->path))) + 1;
        const qint64 tokens = f->isBinary ? 60 : std::min(full, isData(*f) ? kDataPreviewTokens : fileMaxTokens);
        if (spent + tokens > config.classifyTokenBudget)
            continue;
        spent += tokens;
        plan.append({f->path, f->pathBytes.isEmpty() ? f->path.toUtf8() : f->pathBytes, store::toString(f->category), f->language,
                     f->isBinary, f->sizeBytes, f->priorScore, i < alwaysAsked});
    }
    return plan;
}

FileSelector::ShownContent FileSelector::shownContent(const QString &path, const QString &category, const QString &language,
                                                      bool binary, const QByteArray &raw)
{
    ShownContent shown;
    shown.kind = llm::TokenEstimator::kindForPath(path);
    shown.note = language.isEmpty() ? category : language;
    if (binary) {
        shown.kind = llm::ContentKind::Prose;
        shown.note = Tr::tr("binary %1, content not shown").arg(category);
        shown.text = Tr::tr("[A binary file of %1 bytes (%2). Its content cannot be shown; judge it by its name, its place in "
                            "the repository and the files that refer to it.]")
                         .arg(QLocale(QLocale::English).toString(qlonglong(raw.size())), binaryFormat(path, raw));
        return shown;
    }
    shown.text = QString::fromUtf8(raw);
    if (category == u"notebook"_s) {
        try {
            shown.text = repo::Notebook::codeAsScript(raw);
            shown.note += QStringLiteral(", code cells only");
        } catch (const Error &) {
            shown.note += QStringLiteral(", not valid notebook JSON");
        }
    } else if (category == u"data"_s) {
        QString cut;
        shown.text = truncate(shown.text, kDataPreviewTokens, &cut, shown.kind);
        if (!cut.isEmpty())
            shown.note += QStringLiteral(", data file: first lines only");
    }
    return shown;
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
        const ShownContent shown = shownContent(c->path, store::toString(f->category), f->language, f->isBinary, raw);
        QString content = shown.text;
        const llm::ContentKind kind = shown.kind;
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
