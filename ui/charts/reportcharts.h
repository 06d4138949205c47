// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/campaigncostbreakdown.h"
#include "review/campaignreport.h"
#include "review/errortaxonomy.h"
#include "review/reportseries.h"

#include <QColor>
#include <QString>

class QChart;
class QPalette;

namespace wb::ui {

/**
 * Builds the report's Qt Charts from plain report values: judge and experts per criterion and model,
 * cost against correctness, and the rounds histogram. Each call returns a new QChart the caller owns
 * (usually by handing it to a QChartView). GUI thread only. Colours follow a Style, so the charts read
 * in the light and the dark theme; a campaign keeps its colour in every chart.
 */
class ReportCharts final
{
public:
    struct Style
    {
        bool dark = false;
        QColor background;
        QColor text;
        QColor grid;

        static Style fromPalette(const QPalette &palette);
        static Style light();   ///< white background: the exported figures, made for print
    };

    /** The colour of the campaign at @p index (Okabe–Ito, safe for colour-blind readers), lightened on dark backgrounds. */
    static QColor campaignColor(int index, const Style &style);
    /** "campaign · provider/model", or the campaign alone when it is named after its model. */
    static QString campaignLabel(const QString &campaign, const QString &model);

    /** Grouped bars: per criterion (auto success, error-free, shows function, correct function) one bar per campaign. */
    static QChart *criteria(const review::CampaignReport &report, const Style &style);

    /**
     * One scatter series per campaign: x = the example's cost, y = the experts' majority on "function is
     * correct" (100 % yes, 0 % otherwise), jittered; plus each campaign's mean point (mean cost of its
     * human-judged examples, share correct) as a large diamond. Only human-judged examples are placed.
     */
    static QChart *costCorrectness(const review::ReportSeries &series, const Style &style);
    /** The vertical offset (in percent points, within ±7) that spreads an example's point in its band; stable per example. */
    static double jitter(qint64 exampleId);

    /** Stacked bars of examples per executed round count, judge success and failure; @p campaign < 0: all campaigns summed. */
    static QChart *rounds(const review::ReportSeries &series, int campaign, const Style &style);

    /**
     * One stacked bar per campaign, one set per error class (classes with no count anywhere are left out;
     * the set's name is the class id, its colour the class's): the judged rounds by class, or with
     * @p finalFailures the final failures by the class of their last round ("unjudged" included).
     */
    static QChart *errorClasses(const review::ErrorTaxonomy &taxonomy, bool finalFailures, const Style &style);
    /** The colour of an error class, the same in every chart. */
    static QColor errorClassColor(const QString &errorClass, const Style &style);

    /**
     * One stacked bar per campaign, one set per stage (the pipeline's stages in their order, then the
     * others; batch and synchronous calls of a stage together): the known cost in USD. A campaign whose
     * cost is a lower bound is labelled "≥ name"; a withheld campaign has no bar.
     */
    static QChart *costByStage(const review::CampaignCostBreakdown &costs, const Style &style);
    /** The colour of a pipeline stage (others grey), the same in every chart. */
    static QColor stageColor(const QString &stage, const Style &style);
};

} // namespace wb::ui
