// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/vettedexample.h"

#include "pipeline/campaignconfig.h"
#include "util/knownsecrets.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
QJsonValue redacted(const QJsonValue &value);

QJsonObject redacted(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(KnownSecrets::redact(it.key()), redacted(it.value()));
    return out;
}

QJsonValue redacted(const QJsonValue &value)
{
    if (value.isString())
        return KnownSecrets::redact(value.toString());
    if (value.isObject())
        return redacted(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redacted(v));
        return out;
    }
    return value;
}

void redact(QString &text)
{
    text = KnownSecrets::redact(text);
}

void redact(QByteArray &data)
{
    data = KnownSecrets::redact(data);
}

void redact(store::RoundRecord &r)
{
    for (QString *s : {&r.origin, &r.executor, &r.errorClass, &r.outcome, &r.outcomeMessage})
        redact(*s);
    for (QByteArray *b : {&r.verdictJson, &r.issuesIdentifiedJson, &r.changesMadeJson})
        redact(*b);
}
} // namespace

VettedExample VettedExample::withoutSecrets() const
{
    VettedExample v = *this;
    for (QString *s : {&v.repository.name, &v.repository.source, &v.repository.url, &v.repository.localPath, &v.repository.commitSha,
                       &v.repository.defaultBranch, &v.repository.licenseSpdx, &v.repository.licenseSource, &v.campaign.name,
                       &v.example.repositoryName, &v.example.commitSha, &v.example.statusReason, &v.mainPy, &v.requirementsTxt, &v.runSh,
                       &v.licenseOverrideReason})
        redact(*s);
    redact(v.campaign.configJson);
    redact(v.example.summaryJson);
    redact(v.round);
    v.metadata = redacted(v.metadata);
    v.verdict = redacted(v.verdict);
    for (auto &j : v.judgements)
        for (QString *s : {&j.annotator, &j.notes})
            redact(*s);
    for (auto &r : v.history) {
        redact(r.record);
        for (QString *s : {&r.mainPy, &r.requirementsTxt, &r.runSh, &r.metadataJson})
            redact(*s);
    }
    return v;
}

QString VettedExample::key() const
{
    return u"%1@%2#%3"_s.arg(repository.url, example.commitSha, campaign.name);
}

QJsonObject VettedExample::provenance() const
{
    const auto config = pipeline::CampaignConfig::fromJson(campaign.configJson);
    QJsonArray humans;
    for (const auto &j : judgements)
        humans.append(QJsonObject{{u"annotator"_s, j.annotator},
                                  {u"ran_without_error"_s, j.answerText(store::Criterion::RanWithoutError)},
                                  {u"shows_function"_s, j.answerText(store::Criterion::ShowsFunction)},
                                  {u"function_correct"_s, j.answerText(store::Criterion::FunctionCorrect)},
                                  {u"decision"_s, j.decisionText()},
                                  {u"notes"_s, j.notes},
                                  {u"at"_s, j.createdAt.toString(Qt::ISODate)}});
    QJsonObject out{{u"repository"_s, repository.name},
                    {u"repository_url"_s, repository.url},
                    {u"commit"_s, example.commitSha},
                    {u"license"_s, repository.licenseSpdx.isEmpty() ? QJsonValue() : QJsonValue(repository.licenseSpdx)},
                    {u"campaign"_s, campaign.name},
                    {u"models"_s, QJsonObject{{u"generator"_s, QString(config.generator.provider + u'/' + config.generator.model)},
                                              {u"classifier"_s, QString(config.classifier.provider + u'/' + config.classifier.model)},
                                              {u"judge"_s, QString(config.judge.provider + u'/' + config.judge.model)}}},
                    {u"example_id"_s, example.id},
                    {u"round"_s, round.index},
                    {u"rounds_executed"_s, example.roundsExecuted},
                    {u"judge_verdict"_s, verdict},
                    {u"human_judgements"_s, humans}};
    example.cost.writeJson(out);
    if (!licenseOverrideReason.isEmpty())
        out.insert(u"license_override"_s, licenseOverrideReason);
    return out;
}

} // namespace wb::exchange
