// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/vettedexample.h"

#include "pipeline/campaignconfig.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wb::exchange {

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
                                  {u"ran_without_error"_s, j.ranWithoutError},
                                  {u"shows_function"_s, j.showsFunction},
                                  {u"function_correct"_s, j.functionCorrect},
                                  {u"decision"_s, j.decision},
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
                    {u"cost_usd"_s, example.costUsd},
                    {u"judge_verdict"_s, verdict},
                    {u"human_judgements"_s, humans}};
    if (!licenseOverrideReason.isEmpty())
        out.insert(u"license_override"_s, licenseOverrideReason);
    return out;
}

} // namespace wb::exchange
