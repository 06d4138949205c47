// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/pricecatalog.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::PriceCatalog)
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read the price catalogue %1: %2").arg(path, f.errorString()), Error::Kind::NotFound);
    return f.readAll();
}

std::optional<double> optionalNumber(const nlohmann::json &j, const char *key)
{
    if (j.contains(key) && j[key].is_number())
        return j[key].get<double>();
    return std::nullopt;
}
} // namespace

PriceCatalog PriceCatalog::load(const QString &overridePath)
{
    PriceCatalog catalog(readFile(u":/wb/llm/models.json"_s));
    if (!overridePath.isEmpty() && QFile::exists(overridePath))
        catalog.merge(PriceCatalog(readFile(overridePath)));
    return catalog;
}

QString PriceCatalog::defaultOverridePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"codedistiller-workbench/models.json"_s);
}

PriceCatalog::PriceCatalog(const QByteArray &json)
{
    try {
        const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        m_asOf = QDate::fromString(QString::fromStdString(doc.value("as_of", std::string())), Qt::ISODate);
        m_source = QString::fromStdString(doc.value("source", std::string()));
        for (const auto &[id, m] : doc.at("models").items()) {
            if (!m.contains("input") && !m.contains("output"))
                continue;   // a model profile without a price (see ModelProfiles): its cost is unknown
            ModelPrice p;
            p.model = QString::fromStdString(id);
            p.provider = QString::fromStdString(m.value("provider", std::string()));
            p.input = m.at("input").get<double>();
            p.output = m.at("output").get<double>();
            p.cachedInput = m.value("cached_input", p.input);
            p.cacheWrite5m = optionalNumber(m, "cache_write_5m");
            p.cacheWrite1h = optionalNumber(m, "cache_write_1h");
            p.batchFactor = m.value("batch_factor", 1.0);
            p.status = QString::fromStdString(m.value("status", std::string()));
            p.retiresOn = QDate::fromString(QString::fromStdString(m.value("retires_on", std::string())), Qt::ISODate);
            p.supportsTemperature = m.value("supports_temperature", true);
            for (const auto &a : m.value("aliases", nlohmann::json::array()))
                p.aliases << QString::fromStdString(a.get<std::string>());
            for (const QString &a : std::as_const(p.aliases))
                m_aliases.insert(a, p.model);
            m_models.insert(p.model, p);
        }
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("Invalid price catalogue: %1").arg(QString::fromUtf8(e.what())), Error::Kind::InvalidInput);
    }
}

void PriceCatalog::merge(const PriceCatalog &other)
{
    for (const ModelPrice &p : other.m_models) {
        m_models.insert(p.model, p);
        for (const QString &a : p.aliases)
            m_aliases.insert(a, p.model);
    }
    if (other.m_asOf.isValid() && (!m_asOf.isValid() || other.m_asOf > m_asOf)) {
        m_asOf = other.m_asOf;
        m_source = other.m_source;
    }
}

std::optional<ModelPrice> PriceCatalog::find(const QString &model) const
{
    QString name = model;
    while (!name.isEmpty()) {
        if (auto it = m_models.constFind(name); it != m_models.cend())
            return *it;
        if (auto it = m_aliases.constFind(name); it != m_aliases.cend())
            return m_models.value(*it);
        const qsizetype slash = name.indexOf(u'/');
        if (slash < 0)
            break;
        name = name.mid(slash + 1);
    }
    return std::nullopt;
}

std::optional<double> PriceCatalog::cost(const QString &model, const Usage &usage, bool batch) const
{
    const auto price = find(model);
    if (!price || !usage.known)
        return std::nullopt;
    // Without a listed price a cache write costs Anthropic's multiples of the input price; elsewhere
    // (OpenAI's cache_write_tokens) it is input like any other.
    const bool anthropic = price->provider == u"anthropic"_s;
    const double w5m = price->cacheWrite5m.value_or((anthropic ? 1.25 : 1.0) * price->input);
    const double w1h = price->cacheWrite1h.value_or((anthropic ? 2.0 : 1.0) * price->input);
    const double perMillion = double(usage.inputUncached) * price->input + double(usage.cacheRead) * price->cachedInput
                              + double(usage.cacheWrite5m) * w5m + double(usage.cacheWrite1h) * w1h
                              + double(usage.output) * price->output;
    return perMillion / 1e6 * (batch ? price->batchFactor : 1.0);
}

QList<ModelPrice> PriceCatalog::models() const
{
    QList<ModelPrice> out = m_models.values();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.model < b.model; });
    return out;
}

QStringList PriceCatalog::warnings(const QString &model, const QDate &today) const
{
    QStringList out;
    const auto price = find(model);
    if (!price) {
        out << Tr::tr("%1 is not in the price catalogue: its cost will be recorded as unknown.").arg(model);
    } else if (price->retiresOn.isValid()) {
        const qint64 days = today.daysTo(price->retiresOn);
        if (days < 0)
            out << Tr::tr("%1 was retired on %2; calls to it will fail.").arg(model, price->retiresOn.toString(Qt::ISODate));
        else if (days <= 30)
            out << Tr::tr("%1 retires on %2 (in %3 days).").arg(model, price->retiresOn.toString(Qt::ISODate)).arg(days);
    }
    if (m_asOf.isValid() && m_asOf.daysTo(today) > 90)
        out << Tr::tr("The price catalogue dates from %1 (more than 90 days ago); check current prices.")
                   .arg(m_asOf.toString(Qt::ISODate));
    return out;
}

QStringList PriceCatalog::warnings(const QStringList &models, const QDate &today) const
{
    QStringList out;
    for (const QString &model : models) {
        if (model.trimmed().isEmpty())
            continue;
        for (const QString &w : warnings(model.trimmed(), today))
            if (!out.contains(w))
                out << w;
    }
    return out;
}

bool PriceCatalog::isRetired(const QString &model, const QDate &today) const
{
    const auto price = find(model);
    return price && price->retiresOn.isValid() && price->retiresOn < today;
}

QStringList PriceCatalog::retired(const QStringList &models, const QDate &today) const
{
    QStringList out;
    for (const QString &model : models)
        if (!out.contains(model.trimmed()) && isRetired(model.trimmed(), today))
            out << model.trimmed();
    return out;
}

QStringList PriceCatalog::offeredModels(const QString &provider, const QDate &today) const
{
    QStringList out;
    for (const ModelPrice &p : models())
        if ((provider.isEmpty() || p.provider == provider) && !isRetired(p.model, today))
            out << p.model;
    return out;
}

} // namespace wb::llm
