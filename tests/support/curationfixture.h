// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/examplestatus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::test {

/**
 * Builds campaigns with finished examples, rounds, judge verdicts and human judgements directly in a
 * workspace, for the report, the charts and the agreement views.
 */
class CurationFixture final
{
public:
    /** One example as the store will hold it. */
    struct Example
    {
        QString repository;
        wb::store::ExampleStatus status = wb::store::ExampleStatus::Success;
        int rounds = 1;                              ///< executed rounds, each with a judge verdict
        double costUsd = 0;
        double secondsPerRound = 10;
        bool judgeAccurate = true;                   ///< the judge's is_accurate on the last round
        /** Per annotator (the fixture's annotator list): that annotator's "function is correct"; "" = no judgement. */
        QStringList correct;
        QStringList ranWithoutError;                 ///< per annotator; empty list: same as the "correct" answers
        QStringList showsFunction;                   ///< per annotator; empty list: same as the "correct" answers
        /** The judge's error_class per round ("" = no verdict on that round); empty list: none / runtime_error. */
        QStringList errorClasses;
    };

    explicit CurationFixture(std::shared_ptr<store::Workspace> workspace, QStringList annotators = {});

    /** A campaign whose generator is @p provider / @p model; returns its id. */
    qint64 addCampaign(const QString &name, const QString &provider, const QString &model);
    /** Adds @p example to @p campaignId (the repository is created on first use); returns the example id. */
    qint64 addExample(qint64 campaignId, const Example &example);

    /**
     * A realistic workspace like the paper's: three campaigns (openai/gpt-5, anthropic/claude-sonnet-4-5,
     * openai/gpt-oss-120b) over @p repositories scientific repositories, judged by alice, bob and carol
     * (carol judges two in three). The judge over-rates the weakest model. Deterministic.
     */
    static void buildPaperLike(const std::shared_ptr<store::Workspace> &workspace, int repositories = 30);

private:
    qint64 repository(const QString &name);

    std::shared_ptr<store::Workspace> m_workspace;
    QStringList m_annotators;
};

} // namespace wb::test
