// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/protocol.h"

#include "diff/textdiff.h"
#include "llm/stageschemas.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::Protocol)
};

const QString kBuiltIn = u":/wb/protocols"_s;
const QStringList kStages{u"repository_summary"_s, u"file_classification"_s, u"example_generation"_s, u"judge_verdict"_s,
                          u"example_repair"_s};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), Error::Kind::NotFound);
    return f.readAll();
}

nlohmann::ordered_json parseJson(const QByteArray &bytes, const QString &what)
{
    try {
        return nlohmann::ordered_json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::exception &e) {
        throw Error(QCoreApplication::translate("wb::pipeline::Protocol", "%1 is not valid JSON: %2").arg(what, QString::fromUtf8(e.what())), Error::Kind::InvalidInput);
    }
}

QString folderFor(const QString &name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    if (!valid.match(name).hasMatch())
        return {};
    for (const QString &dir : Protocol::searchPath())
        if (QFileInfo::exists(dir + u'/' + name + u"/protocol.json"_s))
            return dir + u'/' + name;
    return {};
}

/** The protocol in @p folder with its base merged in and its prompt files read; @p seen guards "extends" cycles. */
nlohmann::ordered_json resolveFolder(const QString &folder, QSet<QString> &seen)
{
    const QString file = folder + u"/protocol.json"_s;
    nlohmann::ordered_json own = parseJson(readFile(file), QDir::toNativeSeparators(file));
    if (!own.is_object())
        throw Error(QCoreApplication::translate("wb::pipeline::Protocol", "%1 must hold a JSON object.").arg(QDir::toNativeSeparators(file)), Error::Kind::InvalidInput);
    for (const char *group : {"prompts", "partials"}) {
        if (!own.contains(group))
            continue;
        if (!own[group].is_object())
            throw Error(QCoreApplication::translate("wb::pipeline::Protocol", "%1: \"%2\" must map names to prompt files.").arg(QDir::toNativeSeparators(file), QString::fromUtf8(group)),
                        Error::Kind::InvalidInput);
        for (auto &[key, value] : own[group].items()) {
            if (!value.is_string())
                throw Error(QCoreApplication::translate("wb::pipeline::Protocol", "%1: the prompt file of \"%2\" must be a string.").arg(QDir::toNativeSeparators(file), QString::fromStdString(key)),
                            Error::Kind::InvalidInput);
            const QString relative = QString::fromStdString(value.get<std::string>());
            if (relative.startsWith(u'/') || relative.contains(u".."_s))
                throw Error(QCoreApplication::translate("wb::pipeline::Protocol", "%1: prompt files must lie inside the protocol's folder (%2).").arg(QDir::toNativeSeparators(file), relative),
                            Error::Kind::InvalidInput);
            value = QString::fromUtf8(readFile(folder + u'/' + relative)).toStdString();
        }
    }
    if (!own.contains("extends") || own["extends"].is_null())
        return own;
    const QString base = QString::fromStdString(own["extends"].get<std::string>());
    if (seen.contains(base))
        throw Error(QCoreApplication::translate("wb::pipeline::Protocol", "The protocol %1 extends itself through %2.").arg(QDir::toNativeSeparators(folder), base), Error::Kind::InvalidInput);
    seen.insert(base);
    const QString baseFolder = folderFor(base);
    if (baseFolder.isEmpty())
        throw Error(QCoreApplication::translate("wb::pipeline::Protocol", "The protocol %1 extends \"%2\", which was not found (searched: %3).")
                        .arg(QDir::toNativeSeparators(folder), base, Protocol::searchPath().join(u", "_s)),
                    Error::Kind::NotFound);
    nlohmann::ordered_json merged = resolveFolder(baseFolder, seen);
    own.erase("extends");
    merged.erase("title");
    merged.erase("description");
    merged.merge_patch(own);   // the variant's settings and prompts replace the base's, key by key
    // A variant is named by its own file or folder, never by its base's name.
    merged["name"] = own.value("name", QFileInfo(folder).fileName().toStdString());
    merged["based_on"] = base.toStdString();
    return merged;
}

QString text(const nlohmann::ordered_json &doc, const char *key)
{
    return doc.contains(key) && doc[key].is_string() ? QString::fromStdString(doc[key].get<std::string>()) : QString();
}

void flatten(const nlohmann::ordered_json &value, const QString &path, QHash<QString, QString> &out)
{
    if (value.is_object()) {
        for (const auto &[key, child] : value.items())
            flatten(child, path.isEmpty() ? QString::fromStdString(key) : path + u'.' + QString::fromStdString(key), out);
        return;
    }
    out.insert(path, QString::fromStdString(value.dump()));
}
} // namespace

void StageSettings::apply(llm::LlmRequest &request) const
{
    request.maxTokens = maxOutputTokens;
    request.temperature = temperature;
    request.retryTemperature = retryTemperature;
    request.reasoningEffort = reasoningEffort;
    request.planFirst = planFirst;
    request.lenient = lenient;
    request.indispensable = indispensable;
}

QString Protocol::defaultName()
{
    return u"codedistiller-2025"_s;
}

QStringList Protocol::searchPath()
{
    QStringList dirs;
    for (const QString &dir : qEnvironmentVariable("CODEDISTILLER_PROTOCOL_PATH").split(u':', Qt::SkipEmptyParts))
        dirs << QDir::cleanPath(dir);
    dirs << QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"codedistiller-workbench/protocols"_s);
    dirs << kBuiltIn;
    return dirs;
}

QList<Protocol::Available> Protocol::available()
{
    QList<Available> out;
    QSet<QString> names;
    for (const QString &dir : searchPath()) {
        const QStringList entries = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : entries) {
            if (names.contains(name) || !QFileInfo::exists(dir + u'/' + name + u"/protocol.json"_s))
                continue;
            names.insert(name);
            Available a{name, QString(), dir + u'/' + name};
            try {
                a.title = Protocol::load(a.location).title();
            } catch (const Error &e) {
                a.title = Tr::tr("(cannot be loaded: %1)").arg(e.message());
            }
            out << a;
        }
    }
    return out;
}

Protocol Protocol::load(const QString &nameOrFolder)
{
    QString folder = QFileInfo::exists(nameOrFolder + u"/protocol.json"_s) ? nameOrFolder : folderFor(nameOrFolder);
    if (folder.isEmpty()) {
        QStringList names;
        for (const Available &a : available())
            names << a.name;
        throw Error(Tr::tr("Unknown protocol \"%1\" (known: %2).").arg(nameOrFolder, names.join(u", "_s)), Error::Kind::NotFound);
    }
    QSet<QString> seen;
    nlohmann::ordered_json doc = resolveFolder(folder, seen);
    doc.erase("extends");
    if (!doc.contains("name") || !doc["name"].is_string())
        doc["name"] = QFileInfo(folder).fileName().toStdString();
    return fromDocument(std::move(doc));
}

Protocol Protocol::fromSnapshot(const QByteArray &snapshot)
{
    return fromDocument(parseJson(snapshot, Tr::tr("The protocol snapshot")));
}

Protocol Protocol::fromDocument(nlohmann::ordered_json doc)
{
    const QString name = text(doc, "name");
    for (const QString &stage : kStages)
        if (!doc.contains("prompts") || !doc["prompts"].contains(stage.toStdString()) || !doc["prompts"][stage.toStdString()].is_string())
            throw Error(Tr::tr("The protocol \"%1\" has no prompt for the stage %2.").arg(name, stage), Error::Kind::InvalidInput);
    // The execution semantics are recorded, and checked against what the executors implement.
    const auto execution = doc.value("execution", nlohmann::ordered_json::object());
    if (execution.value("run_sh", std::string("sourced")) != "sourced" || !execution.value("main_py_after_failed_setup", true)
        || execution.value("hardware", std::string("cpu")) != "cpu")
        throw Error(Tr::tr("The protocol \"%1\" asks for execution semantics the executors do not implement (run.sh is sourced, "
                           "main.py runs after a failed setup, CPU only).")
                        .arg(name),
                    Error::Kind::InvalidInput);
    // The answer formats are part of what a campaign's requests were: a snapshot carries them.
    if (!doc.contains("schemas")) {
        nlohmann::ordered_json schemas = nlohmann::ordered_json::object();
        for (const QString &stage : kStages)
            if (const auto schema = llm::StageSchemas::get(stage))
                schemas[stage.toStdString()] = *schema;
        doc["schemas"] = schemas;
    }
    Protocol p;
    p.m_doc = std::move(doc);
    p.m_snapshot = QByteArray::fromStdString(p.m_doc.dump(1));
    p.m_hash = QString::fromLatin1(QCryptographicHash::hash(p.m_snapshot, QCryptographicHash::Sha256).toHex());
    return p;
}

QString Protocol::name() const { return text(m_doc, "name"); }
QString Protocol::title() const { return text(m_doc, "title"); }
QString Protocol::description() const { return text(m_doc, "description"); }
QByteArray Protocol::snapshot() const { return m_snapshot; }
QString Protocol::hash() const { return m_hash; }
QString Protocol::shortHash() const { return m_hash.left(12); }

QString Protocol::systemPrompt() const
{
    return text(m_doc, "system_prompt").trimmed();
}

QString Protocol::promptTemplate(const QString &stage) const
{
    const std::string key = stage.toStdString();
    if (!m_doc["prompts"].contains(key))
        throw Error(Tr::tr("The protocol \"%1\" has no prompt \"%2\".").arg(name(), stage), Error::Kind::InvalidInput);
    QString tmpl = QString::fromStdString(m_doc["prompts"][key].get<std::string>());
    static const QRegularExpression partial(u"\\{\\{>\\s*([a-z_]+)\\s*\\}\\}"_s);
    const auto partials = m_doc.value("partials", nlohmann::ordered_json::object());
    for (int depth = 0; depth < 4 && partial.match(tmpl).hasMatch(); ++depth) {
        QString out;
        qsizetype last = 0;
        for (auto it = partial.globalMatch(tmpl); it.hasNext();) {
            const auto m = it.next();
            const std::string p = m.captured(1).toStdString();
            if (!partials.contains(p))
                throw Error(Tr::tr("The prompt \"%1\" of the protocol \"%2\" includes \"%3\", which the protocol does not define.")
                                .arg(stage, name(), m.captured(1)),
                            Error::Kind::InvalidInput);
            out += QStringView(tmpl).mid(last, m.capturedStart() - last);
            out += QString::fromStdString(partials[p].get<std::string>()).trimmed();
            last = m.capturedEnd();
        }
        out += QStringView(tmpl).mid(last);
        tmpl = out;
    }
    return tmpl;
}

QString Protocol::resolveSections(const QString &tmpl, const QHash<QString, QString> &variables, QSet<QString> *names)
{
    static const QRegularExpression section(u"\\{\\{#([a-z_]+)\\}\\}(.*?)\\{\\{/\\1\\}\\}"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    if (!tmpl.contains(u"{{#"_s))
        return tmpl;
    QString out;
    qsizetype last = 0;
    for (auto it = section.globalMatch(tmpl); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(tmpl).mid(last, m.capturedStart() - last);
        if (!variables.value(m.captured(1)).isEmpty())
            out += m.capturedView(2);
        if (names)
            names->insert(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(tmpl).mid(last);
    return out;
}

QString Protocol::render(const QString &stage, const QHash<QString, QString> &variables, QHash<QString, qsizetype> *offsets) const
{
    QSet<QString> used;
    const QString tmpl = resolveSections(promptTemplate(stage), variables, &used);
    static const QRegularExpression marker(u"\\{\\{([a-z_]+)\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = marker.globalMatch(tmpl); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1);
        if (!variables.contains(key))
            throw Error(Tr::tr("The prompt \"%1\" needs the value \"%2\".").arg(stage, key));
        out += QStringView(tmpl).mid(last, m.capturedStart() - last);
        if (offsets && !offsets->contains(key))
            offsets->insert(key, out.size());
        out += variables.value(key);   // values are inserted verbatim, never re-scanned for markers
        last = m.capturedEnd();
        used.insert(key);
    }
    out += QStringView(tmpl).mid(last);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        if (!used.contains(it.key()))
            throw Error(Tr::tr("The prompt \"%1\" has no place for \"%2\".").arg(stage, it.key()));
    return out;
}

qint64 Protocol::integer(std::initializer_list<const char *> path, qint64 fallback) const
{
    const nlohmann::ordered_json *node = &m_doc;
    for (const char *key : path) {
        if (!node->is_object() || !node->contains(key))
            return fallback;
        node = &(*node)[key];
    }
    return node->is_number() ? node->get<qint64>() : fallback;
}

int Protocol::maxRounds() const { return int(integer({"rounds", "max_rounds"}, 8)); }
int Protocol::wallMinutes() const { return int(integer({"rounds", "wall_minutes"}, 45)); }
qint64 Protocol::readmeMaxTokens() const { return integer({"readme", "max_tokens"}, 50000); }
qint64 Protocol::fileMaxTokens() const { return integer({"classification", "file_max_tokens"}, 50000); }
qint64 Protocol::readmeExcerptMaxTokens() const { return std::max<qint64>(0, integer({"classification", "readme_excerpt_max_tokens"}, 0)); }
qint64 Protocol::cacheMarginTokens() const { return std::max<qint64>(0, integer({"classification", "cache_margin_tokens"}, 128)); }
int Protocol::minRating() const { return int(integer({"selection", "min_rating"}, 3)); }
qint64 Protocol::truncateWhenAtLeast() const { return integer({"selection", "truncate_when_at_least"}, 10000); }

qint64 Protocol::selectionBudget(const llm::ModelProfile &model) const
{
    const qint64 budget = integer({"selection", "token_budget"}, 100000);
    return model.selectionBudget > 0 ? std::min(budget, model.selectionBudget) : budget;
}

qint64 Protocol::sectionBudget(qint64 promptCap, qint64 tokensSoFar) const
{
    // CodeDistiller: min(10000, (145000 - tokens so far) // 8), clamped to 1,000-10,000 tokens.
    const qint64 most = integer({"output_sections", "max_tokens"}, 10000);
    const qint64 least = integer({"output_sections", "min_tokens"}, 1000);
    const qint64 divisor = std::max<qint64>(1, integer({"output_sections", "divisor"}, 8));
    return std::clamp((promptCap - tokensSoFar) / divisor, least, most);
}

double Protocol::errorShare() const
{
    const auto sections = m_doc.value("output_sections", nlohmann::ordered_json::object());
    return sections.value("error_share", 0.25);
}

StageSettings Protocol::stageSettings(const QString &stage, const llm::ModelProfile &model) const
{
    StageSettings s;
    const auto all = m_doc.value("model_settings", nlohmann::ordered_json::object());
    const auto cls = all.value(model.reasoning ? "reasoning" : "standard", nlohmann::ordered_json::object());
    s.reasoningEffort = QString::fromStdString(cls.value("reasoning_effort", std::string()));
    if (cls.contains("temperature") && cls["temperature"].is_number())
        s.temperature = cls["temperature"].get<double>();
    if (cls.contains("retry_temperature") && cls["retry_temperature"].is_number())
        s.retryTemperature = cls["retry_temperature"].get<double>();
    s.maxOutputTokens = cls.value("max_output_tokens", 32000);
    s.planFirst = cls.value("plan_first", false);
    // The whole prompt: the protocol's cap for the stage, lower where the method caps this model lower, and
    // never more than the model's window leaves beside the answer.
    qint64 cap = integer({"prompt_caps", stage.toUtf8().constData()}, 145000);
    if (const auto it = model.promptCaps.constFind(stage); it != model.promptCaps.cend())
        cap = std::min(cap, *it);
    s.promptCap = std::max<qint64>(0, std::min(cap, model.contextWindow - s.maxOutputTokens));
    const auto answers = m_doc.value("answers", nlohmann::ordered_json::object());
    s.lenient = answers.value("lenient", true);
    for (const auto &field : answers.value("indispensable", nlohmann::ordered_json::object()).value(stage.toStdString(), nlohmann::ordered_json::array()))
        if (field.is_string())
            s.indispensable << QString::fromStdString(field.get<std::string>());
    return s;
}

QStringList Protocol::diff(const Protocol &a, const Protocol &b)
{
    QStringList out;
    QHash<QString, QString> left, right;
    auto settingsOf = [](const nlohmann::ordered_json &doc) {
        nlohmann::ordered_json s = doc;
        for (const char *key : {"prompts", "partials", "schemas"})
            s.erase(key);
        return s;
    };
    flatten(settingsOf(a.m_doc), {}, left);
    flatten(settingsOf(b.m_doc), {}, right);
    QStringList keys = left.keys() + right.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QString l = left.value(key, u"(absent)"_s), r = right.value(key, u"(absent)"_s);
        if (l != r)
            out << u"%1: %2 → %3"_s.arg(key, l, r);
    }
    for (const char *group : {"prompts", "partials", "schemas"}) {
        const auto la = a.m_doc.value(group, nlohmann::ordered_json::object());
        const auto lb = b.m_doc.value(group, nlohmann::ordered_json::object());
        QStringList names;
        for (const auto &[k, v] : la.items())
            names << QString::fromStdString(k);
        for (const auto &[k, v] : lb.items())
            names << QString::fromStdString(k);
        names.removeDuplicates();
        names.sort();
        for (const QString &n : std::as_const(names)) {
            const std::string k = n.toStdString();
            auto asText = [&k](const nlohmann::ordered_json &g) {
                if (!g.contains(k))
                    return QString();
                return g[k].is_string() ? QString::fromStdString(g[k].get<std::string>()) : QString::fromStdString(g[k].dump(1)) + u'\n';
            };
            const QString ta = asText(la), tb = asText(lb);
            if (ta == tb)
                continue;
            const QString where = u"%1/%2"_s.arg(QString::fromUtf8(group), n);
            out << diff::TextDiff::unified(diff::TextDiff::compute(ta, tb), a.name() + u'/' + where, b.name() + u'/' + where).trimmed();
        }
    }
    return out;
}

} // namespace wb::pipeline
