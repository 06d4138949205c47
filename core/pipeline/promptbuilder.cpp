// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/promptbuilder.h"

#include "pipeline/logtrimmer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::PromptBuilder)
};

using llm::ContentKind;

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

const QHash<QString, ContentKind> &roundKinds()
{
    static const QHash<QString, ContentKind> kinds{{u"repository_description"_s, ContentKind::Json},
                                                   {u"main_py"_s, ContentKind::Code},
                                                   {u"requirements_txt"_s, ContentKind::Config},
                                                   {u"run_sh"_s, ContentKind::Shell},
                                                   {u"metadata_json"_s, ContentKind::Json},
                                                   {u"change_log"_s, ContentKind::Json},
                                                   {u"verdict"_s, ContentKind::Json},
                                                   {u"selected_files"_s, ContentKind::Code},
                                                   {u"other_errors"_s, ContentKind::Log},
                                                   {u"saved_files"_s, ContentKind::Log}};
    return kinds;
}
} // namespace

PromptBuilder::PromptBuilder(const Protocol &protocol, const llm::ModelProfile &model)
    : m_protocol(protocol)
    , m_model(model)
{
}

qint64 PromptBuilder::estimate(const QString &stage, const QHash<QString, QString> &variables,
                               const QHash<QString, ContentKind> &kinds) const
{
    static const QRegularExpression marker(u"\\{\\{([a-z_]+)\\}\\}"_s);
    const auto &estimator = llm::TokenEstimator::instance();
    QString fixed = Protocol::resolveSections(m_protocol.promptTemplate(stage), variables);
    qint64 tokens = 0;
    for (auto it = marker.globalMatch(fixed); it.hasNext();) {
        const QString key = it.next().captured(1);
        tokens += estimator.estimate(variables.value(key), kinds.value(key, ContentKind::Prose));
    }
    fixed.remove(marker);
    return tokens + estimator.estimate(fixed, ContentKind::Prose) + estimator.estimate(m_protocol.systemPrompt(), ContentKind::Prose);
}

QString PromptBuilder::tooLarge(const QString &stage, qint64 tokens, qint64 cap) const
{
    return Tr::tr("The %1 prompt for %2 needs about %3 tokens, but at most %4 fit (the protocol's cap for this stage and model, "
                  "within a context window of %5 tokens less %6 kept for the answer), even with the repository's files "
                  "shortened and the outputs trimmed. Use a model with a larger context window or a protocol with smaller budgets.")
        .arg(stage, m_model.model, number(tokens), number(cap), number(m_model.contextWindow),
             number(m_protocol.stageSettings(stage, m_model).maxOutputTokens));
}

BuiltPrompt PromptBuilder::fitted(const QString &stage, QHash<QString, QString> variables,
                                  const QHash<QString, ContentKind> &kinds, const Example &example,
                                  const std::function<void(QHash<QString, QString> &, qint64, qint64, BuiltPrompt &)> &sections) const
{
    BuiltPrompt built;
    built.cap = m_protocol.stageSettings(stage, m_model).promptCap;
    FileSelector::Selection selection = example.selection;
    for (int attempt = 0; attempt < 3; ++attempt) {
        variables.insert(u"selected_files"_s, selection.text);
        QHash<QString, QString> all = variables;
        BuiltPrompt candidate;
        candidate.cap = built.cap;
        candidate.filesShortened = attempt > 0;
        if (sections) {
            // Output sections (empty placeholders until now) get what the rest leaves.
            const qint64 soFar = estimate(stage, all, kinds);
            sections(all, built.cap, soFar, candidate);
        }
        candidate.tokens = estimate(stage, all, kinds);
        if (candidate.tokens <= built.cap) {
            candidate.text = m_protocol.render(stage, all);
            return candidate;
        }
        // Too large: choose the repository's files again within what the rest leaves.
        const qint64 rest = candidate.tokens - selection.tokens;
        const qint64 budget = built.cap - rest;
        if (!example.reselect || budget <= 0 || selection.paths.isEmpty()) {
            built.tokens = candidate.tokens;
            break;
        }
        const FileSelector::Selection smaller = example.reselect(budget);
        if (smaller.tokens >= selection.tokens) {
            built.tokens = candidate.tokens;
            break;
        }
        selection = smaller;
        built.tokens = candidate.tokens;
    }
    built.error = tooLarge(stage, built.tokens, built.cap);
    return built;
}

BuiltPrompt PromptBuilder::withContent(const QString &stage, QHash<QString, QString> variables, const QString &contentKey,
                                       const QString &noteKey, const QString &note, const QString &content, ContentKind kind,
                                       qint64 maxTokens, QHash<QString, qsizetype> *offsets) const
{
    BuiltPrompt built;
    built.cap = m_protocol.stageSettings(stage, m_model).promptCap;
    QHash<QString, ContentKind> kinds{{u"repository_description"_s, ContentKind::Json}};
    variables.insert(contentKey, QString());
    variables.insert(noteKey, note + u", truncated from about 000000 to 000000 tokens"_s);   // room for the longest note
    const qint64 rest = estimate(stage, variables, kinds);
    const qint64 room = std::min(maxTokens, built.cap - rest);
    if (room < 200) {
        built.tokens = rest;
        built.error = tooLarge(stage, rest + FileSelector::estimateTokens(content, kind), built.cap);
        return built;
    }
    QString truncation;
    variables.insert(contentKey, FileSelector::truncate(content, room, &truncation, kind));
    variables.insert(noteKey, note + truncation);
    built.contentTruncated = !truncation.isEmpty();
    kinds.insert(contentKey, kind);
    built.tokens = estimate(stage, variables, kinds);
    built.text = m_protocol.render(stage, variables, offsets);
    return built;
}

BuiltPrompt PromptBuilder::summary(const Example &example, const QString &readmeName, const QString &readme) const
{
    return withContent(u"repository_summary"_s,
                       {{u"repository_url"_s, example.repositoryUrl}, {u"commit"_s, example.commit},
                        {u"readme_name"_s, readmeName.isEmpty() ? u"none"_s : readmeName}},
                       u"readme"_s, u"readme_note"_s, QString(), readme, ContentKind::Prose, m_protocol.readmeMaxTokens());
}

BuiltPrompt PromptBuilder::classificationWith(const Example &example, const QString &path, const QString &fileNote,
                                              const QString &content, const QString &excerpt) const
{
    const QString stage = u"file_classification"_s;
    QHash<QString, QString> variables{{u"repository_url"_s, example.repositoryUrl},
                                      {u"repository_description"_s, example.repositoryDescription},
                                      {u"path"_s, path}};
    if (m_protocol.promptTemplate(stage).contains(u"{{readme_excerpt}}"_s))   // a protocol's own template may not have it
        variables.insert(u"readme_excerpt"_s, excerpt);
    QHash<QString, qsizetype> offsets;
    BuiltPrompt built = withContent(stage, variables, u"content"_s, u"file_note"_s, fileNote, content,
                                    llm::TokenEstimator::kindForPath(path), m_protocol.fileMaxTokens(), &offsets);
    if (!built.ok())
        return built;
    // The shared part ends where the line of the first file-dependent value begins.
    qsizetype split = built.text.size();
    for (const QString &key : {u"path"_s, u"file_note"_s, u"content"_s})
        split = std::min(split, offsets.value(key, built.text.size()));
    if (split >= built.text.size())
        return built;   // the template names no file: nothing to share
    split = built.text.lastIndexOf(u'\n', split - 1) + 1;
    built.sharedPrefixChars = split;
    const auto &estimator = llm::TokenEstimator::instance();
    built.sharedPrefixTokens = split == 0 ? 0
                                          : estimator.estimate(QStringView(built.text).left(split), ContentKind::Prose)
                                                + estimator.estimate(m_protocol.systemPrompt(), ContentKind::Prose);
    if (!excerpt.isEmpty())
        built.readmeExcerptTokens = estimator.estimate(excerpt, ContentKind::Prose);
    return built;
}

BuiltPrompt PromptBuilder::classification(const Example &example, const QString &path, const QString &fileNote,
                                          const QString &content) const
{
    BuiltPrompt built = classificationWith(example, path, fileNote, content, {});
    const qint64 minimum = m_model.cacheMinimumTokens;
    const qint64 limit = m_protocol.readmeExcerptMaxTokens();
    if (!built.ok() || built.sharedPrefixChars == 0 || minimum <= 0 || limit <= 0 || example.readme.trimmed().isEmpty()
        || built.sharedPrefixTokens >= minimum
        || !m_protocol.promptTemplate(u"file_classification"_s).contains(u"{{readme_excerpt}}"_s))
        return built;
    // Lengthen the shared part with the README's beginning (whole lines) until the estimate reaches the
    // minimum and the margin; the estimate of the section's frame is taken from the rendered prompt.
    const auto &estimator = llm::TokenEstimator::instance();
    const double charsPerToken = estimator.charsPerToken(ContentKind::Prose);
    const qint64 target = minimum + m_protocol.cacheMarginTokens();
    qint64 wanted = target - built.sharedPrefixTokens;
    for (int attempt = 0; attempt < 4 && wanted > 0 && wanted <= limit; ++attempt) {
        qsizetype end = qsizetype(double(wanted) * charsPerToken);
        if (end >= example.readme.size())
            return built;   // the whole README does not reach the minimum: quoting it would only cost
        const qsizetype lineEnd = example.readme.indexOf(u'\n', end);
        end = lineEnd < 0 ? example.readme.size() : lineEnd;
        const QString excerpt = example.readme.left(end).trimmed();
        BuiltPrompt longer = classificationWith(example, path, fileNote, content, excerpt);
        if (!longer.ok() || longer.readmeExcerptTokens > limit)
            return built;
        if (longer.sharedPrefixTokens >= target)
            return longer;
        wanted += target - longer.sharedPrefixTokens;
    }
    return built;
}

BuiltPrompt PromptBuilder::generation(const Example &example) const
{
    const QString stage = u"example_generation"_s;
    QHash<QString, QString> variables{{u"repository_url"_s, example.repositoryUrl},
                                      {u"commit"_s, example.commit},
                                      {u"repository_description"_s, example.repositoryDescription},
                                      {u"environment"_s, example.environment}};
    return fitted(stage, variables, roundKinds(), example, {});
}

BuiltPrompt PromptBuilder::judge(const Example &example, const Round &round) const
{
    return roundPrompt(u"judge_verdict"_s, example, round);
}

BuiltPrompt PromptBuilder::repair(const Example &example, const Round &round) const
{
    return roundPrompt(u"example_repair"_s, example, round);
}

BuiltPrompt PromptBuilder::roundPrompt(const QString &stage, const Example &example, const Round &round) const
{
    QHash<QString, QString> variables{{u"repository_url"_s, example.repositoryUrl},
                                      {u"commit"_s, example.commit},
                                      {u"repository_description"_s, example.repositoryDescription},
                                      {u"environment"_s, example.environment},
                                      {u"round"_s, QString::number(round.index)},
                                      {u"max_rounds"_s, QString::number(round.maxRounds)},
                                      {u"main_py"_s, round.mainPy},
                                      {u"requirements_txt"_s, round.requirementsTxt},
                                      {u"run_sh"_s, round.runSh},
                                      {u"metadata_json"_s, round.metadataJson},
                                      {u"change_log"_s, round.changeLog},
                                      {u"execution_summary"_s, round.evidence.executionSummary},
                                      {u"saved_files"_s, round.evidence.savedFiles},
                                      {u"other_errors"_s, round.evidence.workbenchNotes}};
    if (stage == u"example_repair"_s) {
        variables.insert(u"verdict"_s, round.verdictJson);
        const int left = round.maxRounds - round.index;
        variables.insert(u"rounds_left"_s, left > 1    ? u"%1 rounds are left, including the one that runs your repair"_s.arg(left)
                                           : left == 1 ? u"one round is left: your repair runs in the last round"_s
                                                       : u"no round is left to run your repair, but it is kept"_s);
    }
    QHash<QString, ContentKind> kinds = roundKinds();
    for (const auto &s : round.evidence.streams) {
        kinds.insert(s.key, s.absent.isEmpty() ? s.kind : ContentKind::Prose);
        variables.insert(s.key, QString());
    }
    variables.insert(u"output_note"_s, QString());
    const RoundEvidence &evidence = round.evidence;
    const double errorShare = m_protocol.errorShare();
    auto sections = [this, &evidence, errorShare](QHash<QString, QString> &vars, qint64 cap, qint64 soFar, BuiltPrompt &built) {
        const qint64 budget = m_protocol.sectionBudget(cap, soFar);
        bool shortened = false;
        for (const RoundEvidence::Stream &s : evidence.streams) {
            if (!s.absent.isEmpty()) {
                vars.insert(s.key, s.absent);
                continue;
            }
            const QString trimmed = LogTrimmer::trim(s.lines, {budget, s.kind, errorShare});
            shortened = shortened || trimmed.size() < s.lines.join(u'\n').size();
            vars.insert(s.key, trimmed);
        }
        built.outputsShortened = shortened;
        vars.insert(u"output_note"_s,
                    shortened ? u"Long outputs below were shortened to about %1 tokens each: their beginning and their end are shown, "
                                "and error lines from the left-out middle are kept; markers say how much was left out."_s.arg(budget)
                              : u"The outputs below are complete."_s);
    };
    return fitted(stage, variables, kinds, example, sections);
}

} // namespace wb::pipeline
