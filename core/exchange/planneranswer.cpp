// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/planneranswer.h"

#include "llm/jsonextractor.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::PlannerAnswer)
};

/** A name as a person would compare it: case, spacing and punctuation ignored. */
QString loose(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}
} // namespace

PlannerAnswer PlannerAnswer::parse(const QString &text)
{
    const auto json = llm::JsonExtractor::extract(text);
    if (!json)
        throw Error(Tr::tr("The model's answer holds no JSON (CodeScientist would find no plan in it): %1")
                        .arg(text.trimmed().left(200)),
                    Error::Kind::InvalidInput);
    if (!json->is_object())
        throw Error(Tr::tr("The model's answer is JSON but not an object with \"prompt\" and \"codeblocks\"."), Error::Kind::InvalidInput);
    QStringList missing;
    for (const char *key : {"prompt", "codeblocks"})
        if (!json->contains(key))
            missing << QString::fromLatin1(key);
    if (!missing.isEmpty())
        throw Error(Tr::tr("The model's answer lacks %1 (CodeScientist then drops the plan and uses no codeblocks).")
                        .arg(missing.join(Tr::tr(" and "))),
                    Error::Kind::InvalidInput);
    const auto &prompt = json->at("prompt");
    const auto &codeblocks = json->at("codeblocks");
    if (!prompt.is_string())
        throw Error(Tr::tr("The model's \"prompt\" is not text."), Error::Kind::InvalidInput);
    if (!codeblocks.is_array())
        throw Error(Tr::tr("The model's \"codeblocks\" is not a list of names."), Error::Kind::InvalidInput);
    PlannerAnswer answer;
    answer.prompt = QString::fromStdString(prompt.get<std::string>());
    for (const auto &name : codeblocks) {
        if (!name.is_string())
            throw Error(Tr::tr("The model's \"codeblocks\" holds a value that is not a name: %1").arg(QString::fromStdString(name.dump())),
                        Error::Kind::InvalidInput);
        answer.codeblocks << QString::fromStdString(name.get<std::string>());
    }
    return answer;
}

void PlannerAnswer::check(const QStringList &indexNames)
{
    known.clear();
    unknown.clear();
    nearMisses.clear();
    QHash<QString, QString> byLooseName;
    for (const QString &name : indexNames)
        byLooseName.insert(loose(name), name);
    for (const QString &name : std::as_const(codeblocks)) {
        if (indexNames.contains(name)) {   // CodeScientist's rule: == on the exact text
            known << name;
        } else {
            unknown << name;
            nearMisses << byLooseName.value(loose(name));
        }
    }
}

} // namespace wb::exchange
