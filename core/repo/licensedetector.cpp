// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/licensedetector.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::LicenseDetector)
};

// Lower case; '+' and '>=' read as "or later"; every run of other characters becomes one space.
QString normalise(QString text)
{
    text.replace(u">="_s, u" or later "_s).replace(u'+', u" or later "_s);
    text = text.toLower();
    QString out;
    out.reserve(text.size());
    bool space = true;
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber()) {
            out += c;
            space = false;
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    return out.trimmed();
}

QString fileName(const QString &path)
{
    return path.section(u'/', -1);
}

QStringList strings(const nlohmann::json &j, const char *key)
{
    QStringList out;
    if (j.contains(key))
        for (const auto &v : j.at(key))
            out << normalise(QString::fromStdString(v.get<std::string>()));
    return out;
}
} // namespace

const LicenseDetector &LicenseDetector::instance()
{
    static const LicenseDetector detector = [] {
        QFile f(u":/wb/data/licenses.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Tr::tr("The built-in licence table is missing."));
        return LicenseDetector(f.readAll());
    }();
    return detector;
}

LicenseDetector::LicenseDetector(const QByteArray &json)
{
    try {
        const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        for (const auto &r : doc.at("rules"))
            m_rules.append({QString::fromStdString(r.at("id").get<std::string>()), strings(r, "all"), strings(r, "none")});
        for (const auto &[k, v] : doc.at("aliases").items())
            m_aliases.insert(normalise(QString::fromStdString(k)), QString::fromStdString(v.get<std::string>()));
        for (const auto &id : doc.at("known_ids")) {
            const QString s = QString::fromStdString(id.get<std::string>());
            m_knownIds.insert(s.toLower(), s);
        }
        for (const auto &id : doc.at("permissive"))
            m_permissive.insert(QString::fromStdString(id.get<std::string>()));
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("Invalid licence table: %1").arg(QString::fromUtf8(e.what())), Error::Kind::InvalidInput);
    }
}

bool LicenseDetector::isLicenseFile(const QString &path)
{
    if (path.contains(u'/'))
        return false;
    static const QRegularExpression re(u"^(un)?licen[cs]e|^copying|^copyright"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(path).hasMatch();
}

bool LicenseDetector::isMetadataFile(const QString &path)
{
    static const QStringList names{u"setup.py"_s,    u"setup.cfg"_s,   u"pyproject.toml"_s, u"package.json"_s,
                                   u"DESCRIPTION"_s, u"Cargo.toml"_s, u"META.json"_s,     u"codemeta.json"_s};
    return !path.contains(u'/') && names.contains(path);
}

QString LicenseDetector::identifyText(const QByteArray &text) const
{
    const QString norm = normalise(QString::fromUtf8(text.left(512 * 1024)));
    for (const Rule &rule : m_rules) {
        const bool all = std::all_of(rule.all.cbegin(), rule.all.cend(),
                                     [&](const QString &p) { return norm.contains(p); });
        const bool none = std::none_of(rule.none.cbegin(), rule.none.cend(),
                                       [&](const QString &p) { return norm.contains(p); });
        if (all && none)
            return rule.id;
    }
    return {};
}

QString LicenseDetector::identifyValue(const QString &raw) const
{
    QString value = raw.trimmed();
    if (value.isEmpty())
        return {};
    // Trove classifier: "License :: OSI Approved :: MIT License".
    if (value.contains(u"::"_s))
        value = value.section(u"::"_s, -1).trimmed();
    if (auto it = m_knownIds.constFind(value.toLower()); it != m_knownIds.cend())
        return *it;
    if (auto it = m_aliases.constFind(normalise(value)); it != m_aliases.cend())
        return *it;
    // SPDX expression of known ids: "MIT OR Apache-2.0", "(MIT AND BSD-3-Clause)".
    static const QRegularExpression op(u"\\s+(OR|AND|WITH)\\s+"_s);
    QString stripped = value;
    stripped.remove(u'(').remove(u')');
    const QStringList parts = stripped.split(op, Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        QString expression = stripped;
        for (const QString &part : parts) {
            const auto it = m_knownIds.constFind(part.trimmed().toLower());
            if (it == m_knownIds.cend())
                return {};
            expression.replace(part.trimmed(), *it);
        }
        return expression.simplified();
    }
    return {};
}

QString LicenseDetector::identifyMetadata(const QString &path, const QByteArray &content) const
{
    const QString text = QString::fromUtf8(content.left(256 * 1024));
    const QString name = fileName(path);
    QStringList values;
    auto collect = [&](const QString &pattern) {
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        for (auto it = re.globalMatch(text); it.hasNext();)
            values << it.next().captured(1);
    };
    if (name == u"package.json"_s || name == u"codemeta.json"_s || name == u"META.json"_s) {
        try {
            const auto doc = nlohmann::json::parse(content.constData(), content.constData() + content.size());
            if (doc.contains("license") && doc["license"].is_string())
                values << QString::fromStdString(doc["license"].get<std::string>());
        } catch (const nlohmann::json::exception &) {
            return {};
        }
    } else if (name == u"DESCRIPTION"_s) {
        collect(u"^License:\\s*(.+)$"_s);
    } else {
        // setup.py license="MIT"; setup.cfg license = MIT; pyproject license = "MIT" or {text = "MIT"}.
        collect(u"\\blicen[cs]e\\s*=\\s*['\"]([^'\"]+)['\"]"_s);
        collect(u"\\blicen[cs]e\\s*=\\s*\\{\\s*text\\s*=\\s*['\"]([^'\"]+)['\"]"_s);
        if (name == u"setup.cfg"_s)
            collect(u"^licen[cs]e\\s*=\\s*([^\\s#][^\\n#]*)$"_s);
        collect(u"(License\\s*::[^'\"\\n]+)"_s);
    }
    for (const QString &v : std::as_const(values)) {
        const QString id = identifyValue(v);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

LicenseResult LicenseDetector::detect(const QList<Candidate> &candidates) const
{
    // Licence files. COPYING.LESSER next to COPYING means LGPL (the GPL text is its base).
    QList<LicenseResult> fromFiles;
    for (const Candidate &c : candidates) {
        if (!isLicenseFile(c.path))
            continue;
        const QString id = identifyText(c.content);
        if (!id.isEmpty())
            fromFiles.append({id, c.path});
    }
    for (const LicenseResult &r : std::as_const(fromFiles)) {
        if (r.spdx.startsWith(u"LGPL"_s))
            return r;
    }
    if (!fromFiles.isEmpty()) {
        // LICENSE-MIT + LICENSE-APACHE: the usual dual licence.
        QStringList ids;
        QStringList sources;
        for (const LicenseResult &r : std::as_const(fromFiles)) {
            if (!ids.contains(r.spdx)) {
                ids << r.spdx;
                sources << r.source;
            }
        }
        if (ids.size() > 1 && std::all_of(sources.cbegin(), sources.cend(), [](const QString &s) {
                return s.contains(u'-');
            })) {
            ids.sort();
            return {ids.join(u" OR "_s), sources.join(u", "_s)};
        }
        return fromFiles.first();
    }
    for (const Candidate &c : candidates) {
        if (!isMetadataFile(c.path))
            continue;
        const QString id = identifyMetadata(c.path, c.content);
        if (!id.isEmpty())
            return {id, c.path};
    }
    return {};
}

bool LicenseDetector::isPermissive(const QString &spdx) const
{
    if (spdx.isEmpty())
        return false;
    // An OR expression is permissive when one choice is; AND needs all.
    if (spdx.contains(u" OR "_s)) {
        const QStringList parts = spdx.split(u" OR "_s);
        return std::any_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return isPermissive(p.trimmed()); });
    }
    if (spdx.contains(u" AND "_s)) {
        const QStringList parts = spdx.split(u" AND "_s);
        return std::all_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return isPermissive(p.trimmed()); });
    }
    return m_permissive.contains(spdx);
}

} // namespace wb::repo
