// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/languagedetector.h"

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
    Q_DECLARE_TR_FUNCTIONS(wb::repo::LanguageDetector)
};

QString str(const nlohmann::json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

// "#!/usr/bin/env python3 -u" -> "python3"; "#!/bin/bash" -> "bash".
QString interpreterOf(QByteArrayView head)
{
    if (!head.startsWith("#!"))
        return {};
    qsizetype end = head.indexOf('\n');
    if (end < 0)
        end = head.size();
    const QString line = QString::fromUtf8(head.sliced(2, end - 2)).trimmed();
    QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString program = words.takeFirst().section(u'/', -1);
    if (program == u"env"_s) {
        while (!words.isEmpty() && words.first().startsWith(u'-'))
            words.removeFirst();
        program = words.isEmpty() ? QString() : words.first();
    }
    // python3.11 -> python3
    static const QRegularExpression version(u"^([a-zA-Z]+[0-9]?)(\\.[0-9.]+)?$"_s);
    const auto m = version.match(program);
    return m.hasMatch() ? m.captured(1) : program;
}
} // namespace

const LanguageDetector &LanguageDetector::instance()
{
    static const LanguageDetector detector = [] {
        QFile f(u":/wb/data/languages.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Tr::tr("The built-in language table is missing."));
        return LanguageDetector(f.readAll());
    }();
    return detector;
}

LanguageDetector::LanguageDetector(const QByteArray &json)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        for (const auto &[name, spec] : doc.at("languages").items()) {
            LanguageInfo info;
            info.language = QString::fromStdString(name);
            info.category = store::fileCategoryFromString(str(spec.at("category")));
            info.binaryFormat = spec.value("binary", false);
            info.highlighter = spec.contains("highlighter") ? str(spec["highlighter"]) : info.language;
            for (const auto &ext : spec.value("extensions", nlohmann::json::array())) {
                const QString e = str(ext);
                if (e != e.toLower())
                    m_byExactExtension.insert(e, info);
                else
                    m_byExtension.insert(e, info);
            }
            for (const auto &file : spec.value("filenames", nlohmann::json::array()))
                m_byFileName.insert(str(file), info);
            for (const auto &interp : spec.value("interpreters", nlohmann::json::array()))
                m_byInterpreter.insert(str(interp), info);
            for (const auto &prefix : spec.value("prefixes", nlohmann::json::array()))
                m_byPrefix.append({str(prefix), info});
        }
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("Invalid language table: %1").arg(QString::fromUtf8(e.what())),
                    Error::Kind::InvalidInput);
    }
}

LanguageInfo LanguageDetector::detect(const QString &path, QByteArrayView head) const
{
    const QString fileName = path.section(u'/', -1);
    if (auto it = m_byFileName.constFind(fileName); it != m_byFileName.cend())
        return *it;
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot > 0 && dot + 1 < fileName.size()) {
        const QString ext = fileName.mid(dot + 1);
        if (auto it = m_byExactExtension.constFind(ext); it != m_byExactExtension.cend())
            return *it;
        if (auto it = m_byExtension.constFind(ext.toLower()); it != m_byExtension.cend())
            return *it;
    }
    for (const auto &[prefix, info] : m_byPrefix) {
        if (fileName.startsWith(prefix))
            return info;
    }
    if (const QString interp = interpreterOf(head); !interp.isEmpty()) {
        if (auto it = m_byInterpreter.constFind(interp); it != m_byInterpreter.cend())
            return *it;
    }
    return {};
}

} // namespace wb::repo
