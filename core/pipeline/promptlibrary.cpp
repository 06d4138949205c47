// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/promptlibrary.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::PromptLibrary)
};

QString load(const QString &name)
{
    QFile f(u":/wb/prompts/%1.md"_s.arg(name));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("The prompt template '%1' is missing.").arg(name));
    return QString::fromUtf8(f.readAll());
}
} // namespace

QString PromptLibrary::render(const QString &name, const QHash<QString, QString> &variables)
{
    const QString tmpl = load(name);
    static const QRegularExpression marker(u"\\{\\{([a-z_]+)\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    QSet<QString> used;
    for (auto it = marker.globalMatch(tmpl); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1);
        if (!variables.contains(key))
            throw Error(Tr::tr("The prompt '%1' needs the value '%2'.").arg(name, key));
        out += QStringView(tmpl).mid(last, m.capturedStart() - last);
        out += variables.value(key);   // values are inserted verbatim, never re-scanned for markers
        last = m.capturedEnd();
        used.insert(key);
    }
    out += QStringView(tmpl).mid(last);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (!used.contains(it.key()))
            throw Error(Tr::tr("The prompt '%1' has no place for '%2'.").arg(name, it.key()));
    }
    return out;
}

QString PromptLibrary::systemPrompt()
{
    return load(u"system"_s).trimmed();
}

} // namespace wb::pipeline
