// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/tokenestimator.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::TokenEstimator)
};

constexpr double kFallbackRatio = 3.0;

QByteArray builtIn()
{
    QFile f(u":/wb/llm/tokens.json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("{}");
}
} // namespace

const TokenEstimator &TokenEstimator::instance()
{
    static const TokenEstimator estimator(builtIn());
    return estimator;
}

TokenEstimator::TokenEstimator(const QByteArray &json)
{
    try {
        const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        if (doc.contains("kinds") && doc["kinds"].is_object())
            for (const auto &[name, ratio] : doc["kinds"].items())
                if (ratio.is_number() && ratio.get<double>() > 0.5)
                    m_ratios.insert(int(kindFromName(QString::fromStdString(name))), ratio.get<double>());
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("Invalid token ratios: %1").arg(QString::fromUtf8(e.what())), Error::Kind::InvalidInput);
    }
}

double TokenEstimator::charsPerToken(ContentKind kind) const
{
    return m_ratios.value(int(kind), kFallbackRatio);
}

qint64 TokenEstimator::estimate(QStringView text, ContentKind kind) const
{
    if (text.isEmpty())
        return 0;
    return qint64(std::ceil(double(text.size()) / charsPerToken(kind)));
}

ContentKind TokenEstimator::kindFromName(const QString &name)
{
    static const QHash<QString, ContentKind> names{{u"code"_s, ContentKind::Code},     {u"prose"_s, ContentKind::Prose},
                                                   {u"json"_s, ContentKind::Json},     {u"config"_s, ContentKind::Config},
                                                   {u"shell"_s, ContentKind::Shell},   {u"log"_s, ContentKind::Log},
                                                   {u"data"_s, ContentKind::Data}};
    return names.value(name, ContentKind::Prose);
}

ContentKind TokenEstimator::kindForPath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QString name = info.fileName().toLower();
    static const QStringList code{u"py"_s, u"pyx"_s, u"pxd"_s, u"ipynb"_s, u"c"_s, u"cc"_s, u"cpp"_s, u"h"_s, u"hpp"_s,
                                  u"f90"_s, u"f"_s, u"jl"_s, u"r"_s, u"js"_s, u"ts"_s, u"java"_s, u"go"_s, u"rs"_s};
    static const QStringList config{u"yml"_s, u"yaml"_s, u"toml"_s, u"cfg"_s, u"ini"_s, u"conf"_s};
    static const QStringList shell{u"sh"_s, u"bash"_s, u"zsh"_s};
    static const QStringList log{u"log"_s, u"out"_s, u"err"_s};
    static const QStringList data{u"csv"_s, u"tsv"_s, u"dat"_s, u"xyz"_s, u"cif"_s, u"vasp"_s, u"poscar"_s};
    if (code.contains(suffix))
        return ContentKind::Code;
    if (suffix == u"json"_s)
        return ContentKind::Json;
    if (config.contains(suffix))
        return ContentKind::Config;
    if (shell.contains(suffix) || name == u"makefile"_s || name == u"dockerfile"_s)
        return ContentKind::Shell;
    if (log.contains(suffix))
        return ContentKind::Log;
    if (data.contains(suffix))
        return ContentKind::Data;
    return ContentKind::Prose;
}

} // namespace wb::llm
