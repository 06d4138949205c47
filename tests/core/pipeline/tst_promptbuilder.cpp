// SPDX-License-Identifier: GPL-3.0-or-later
// The method's prompts, checked for their facts (not their wording), and how they are fitted to a model.
#include "llm/modelprofiles.h"
#include "llm/tokenestimator.h"
#include "pipeline/promptbuilder.h"
#include "pipeline/protocol.h"
#include "promptsection.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using pipeline::PromptBuilder;
using pipeline::RoundEvidence;

namespace {

const QString kSelectedFile = u"### File 1: `matlib/core.py` (rating 5)\nMetadata: {\"classification\":\"code_general\"}\n```python\n"
                              "def lattice_energy(a, epsilon=1.0):\n    return 0.5 * 12 * 4 * epsilon\n```\n\n"_s;

PromptBuilder::Example example()
{
    PromptBuilder::Example e;
    e.repositoryUrl = u"https://github.com/example/matlib"_s;
    e.commit = u"0123456789abcdef0123456789abcdef01234567"_s;
    e.repositoryDescription = u"{\n \"description\": \"matlib computes lattice energies.\",\n \"highly_relevant_files\": [\n  \"examples/demo.py\"\n ]\n}"_s;
    e.environment = u"- Hardware: CPU only, no GPU.\n- Time limit: 45 minutes.\n"_s;
    e.selection.text = kSelectedFile;
    e.selection.paths = {u"matlib/core.py"_s};
    e.selection.tokens = pipeline::FileSelector::estimateTokens(kSelectedFile);
    return e;
}

RoundEvidence evidence(int runLines)
{
    RoundEvidence r;
    r.executionSummary = u"run.sh (setup) FAILED: exit code 1 (main.py was run anyway). python main.py FAILED: exit code 1."_s;
    RoundEvidence::Stream setupOut{u"setup_stdout"_s, {u"Collecting numpy"_s, u"Successfully installed numpy"_s}, llm::ContentKind::Log, {}};
    RoundEvidence::Stream setupErr{u"setup_stderr"_s, {u"ERROR: No matching distribution found for phonopy==9.9"_s}, llm::ContentKind::Log, {}};
    QStringList run;
    for (int i = 0; i < runLines; ++i)
        run << u"step %1: scanning the lattice constant a = %2 A, energy = %3 eV per atom"_s.arg(i).arg(1.3 + i * 0.0001, 0, 'f', 4).arg(-0.001 * i, 0, 'f', 6);
    RoundEvidence::Stream runOut{u"run_stdout"_s, run, llm::ContentKind::Log, {}};
    RoundEvidence::Stream runErr{u"run_stderr"_s,
                                 {u"Traceback (most recent call last):"_s, u"  File \"main.py\", line 12, in <module>"_s,
                                  u"TypeError: lattice_energy() got an unexpected keyword argument 'spacing'"_s},
                                 llm::ContentKind::Log, {}};
    RoundEvidence::Stream log{u"log_json"_s, {}, llm::ContentKind::Json,
                              u"CRITICAL ERROR: log.json is missing: the example did not write it (the requirements ask for it)."_s};
    RoundEvidence::Stream results{u"results_json"_s, {u"{\"a_min\": 1.575}"_s}, llm::ContentKind::Json, {}};
    r.streams = {setupOut, setupErr, runOut, runErr, log, results};
    r.savedFiles = u"- to_save/energy.png (20480 bytes)"_s;
    r.workbenchNotes = u"(none)"_s;
    return r;
}

PromptBuilder::Round round(int runLines = 20)
{
    PromptBuilder::Round r;
    r.index = 2;
    r.maxRounds = 8;
    r.mainPy = u"\"\"\"Scan the lattice constant.\"\"\"\nfrom matlib import lattice_energy\nprint(lattice_energy(spacing=1.6))\n"_s;
    r.requirementsTxt = u"numpy\n"_s;
    r.runSh = u"pip install -r requirements.txt\n"_s;
    r.metadataJson = u"{\"example_type\": \"library_demo\"}"_s;
    r.changeLog = u"[\n {\n  \"iteration\": 1,\n  \"error_information\": {\"is_finished\": false},\n  \"issues_identified\": [\"wrong import\"],\n"
                  "  \"changes_made\": [\"import from matlib\"]\n }\n]"_s;
    r.evidence = evidence(runLines);
    r.verdictJson = u"{\n \"critical_issues\": [\"lattice_energy takes a, not spacing\"],\n \"is_finished\": false\n}"_s;
    return r;
}


/** A README of @p sections sections of prose, about 120 tokens each. */
QString longReadme(int sections)
{
    QString readme = u"# matlib\n\nLattice energies of simple crystals with a toy pair potential.\n"_s;
    for (int i = 1; i <= sections; ++i)
        readme += u"\n## Section %1\n\nmatlib computes the energy per atom of an fcc lattice for a lattice constant a, with a Lennard-Jones "
                  "pair potential summed over the twelve nearest neighbours. This section explains step %1 of the tutorial: choose a "
                  "spacing, call lattice_energy(a), and compare the result with the tabulated minimum near a = 1.587.\n"_s.arg(i);
    return readme;
}

qint64 tokens(const QString &text)
{
    return llm::TokenEstimator::instance().estimate(text, llm::ContentKind::Log);
}

} // namespace

class TstPromptBuilder : public QObject
{
    Q_OBJECT

    pipeline::Protocol m_protocol = pipeline::Protocol::load(pipeline::Protocol::defaultName());
    llm::ModelProfiles m_profiles = llm::ModelProfiles::load();

private Q_SLOTS:
    void generationCarriesTheMethodsRequirements()
    {
        const auto built = PromptBuilder(m_protocol, m_profiles.find(u"gpt-5"_s)).generation(example());
        QVERIFY2(built.ok(), qPrintable(built.error));
        const QString p = built.text;
        // Each requirement of the method, by its substance.
        const QStringList facts{u"not trivial"_s,
                                u"calling, importing or copying an existing demo, example, tutorial or test script of the repository is NOT acceptable"_s,
                                u"`example1()`, `example2()`"_s,
                                u"`if __name__ == \"__main__\":`"_s,
                                u"docstring at the top of main.py"_s,
                                u"which inputs it expects and which outputs it produces, with concrete examples"_s,
                                u"prints what it does at every step"_s,
                                u"easy, obvious way to check that the result is correct"_s,
                                u"`api_keys_required`"_s,
                                u"`api_keys_optional`"_s,
                                u"`time_constraint_limited`"_s,
                                u"CPU only"_s,
                                u"never invents an API"_s,
                                u"what a normal user does with the repository's main function"_s,
                                u"`log.json`"_s,
                                u"`results.json`"_s,
                                u"`to_save/`"_s,
                                u"`retain/`"_s,
                                u"sourced by bash"_s,
                                u"must NOT run main.py"_s,
                                u"main.py is run even when run.sh fails"_s};
        for (const QString &fact : facts)
            QVERIFY2(p.contains(fact), qPrintable(u"missing: "_s + fact));
        QVERIFY(!p.contains(u"minimal"_s, Qt::CaseInsensitive));
        QVERIFY(!p.contains(u"small and fast"_s, Qt::CaseInsensitive));
        // The README summary whole: its description and the files the README names.
        QVERIFY(p.contains(u"\"highly_relevant_files\""_s));
        QVERIFY(p.contains(u"examples/demo.py"_s));
        QVERIFY(p.contains(u"def lattice_energy(a, epsilon=1.0)"_s));
        QVERIFY(p.contains(u"Time limit: 45 minutes"_s));
    }

    void judgeSeesEverythingTheMethodShowsIt()
    {
        const auto built = PromptBuilder(m_protocol, m_profiles.find(u"gpt-5"_s)).judge(example(), round());
        QVERIFY2(built.ok(), qPrintable(built.error));
        const QString p = built.text;
        QVERIFY(!built.outputsShortened);
        QVERIFY(p.contains(u"def lattice_energy(a, epsilon=1.0)"_s));               // the repository's selected files
        QVERIFY(p.contains(u"CPU only, no GPU"_s));                                  // the environment and limits
        QVERIFY(p.contains(u"is NOT acceptable"_s));                                 // the requirements
        QVERIFY(p.contains(u"round 2 of at most 8"_s));
        QVERIFY(p.contains(u"\"iteration\": 1"_s) && p.contains(u"import from matlib"_s));   // the change log
        QVERIFY(p.contains(u"print(lattice_energy(spacing=1.6))"_s));               // the code
        QVERIFY(p.contains(u"\"example_type\": \"library_demo\""_s));               // and its metadata
        QVERIFY(p.contains(u"run.sh (setup) FAILED: exit code 1"_s));
        QCOMPARE(test::promptSection(p, u"### run.sh (setup), standard output"_s), u"Collecting numpy\nSuccessfully installed numpy"_s);
        QVERIFY(test::promptSection(p, u"### run.sh (setup), standard error"_s).contains(u"phonopy==9.9"_s));
        QVERIFY(test::promptSection(p, u"### python main.py, standard error"_s).endsWith(u"unexpected keyword argument 'spacing'"_s));
        QVERIFY(test::promptSection(p, u"### log.json"_s).startsWith(u"CRITICAL ERROR: log.json is missing"_s));
        QCOMPARE(test::promptSection(p, u"### results.json"_s), u"{\"a_min\": 1.575}"_s);
        QVERIFY(p.contains(u"to_save/energy.png"_s));
        QVERIFY(p.contains(u"`faithfulness_accurate_completeness_statement`"_s));
        QVERIFY(!p.contains(u"{{"_s));
    }

    void aVerboseRunReachesTheJudgeAsAboutTenThousandTokens()
    {
        // 1,500 lines of progress (~110k characters), and a traceback on stderr.
        const auto r = round(1500);
        QVERIFY(r.evidence.streams[2].lines.join(u'\n').size() > 100000);
        const auto built = PromptBuilder(m_protocol, m_profiles.find(u"gpt-5"_s)).judge(example(), r);
        QVERIFY2(built.ok(), qPrintable(built.error));
        QVERIFY(built.outputsShortened);
        const QString run = test::promptSection(built.text, u"### python main.py, standard output"_s);
        QVERIFY2(tokens(run) <= 10000 && tokens(run) >= 8000, qPrintable(u"%1 tokens"_s.arg(tokens(run))));
        QVERIFY(run.startsWith(u"step 0:"_s));
        QVERIFY(run.endsWith(u"step 1499: scanning the lattice constant a = 1.4499 A, energy = -1.499000 eV per atom"_s));
        QVERIFY(built.text.contains(u"shortened to about 10000 tokens each"_s));
        QVERIFY(built.tokens <= built.cap);
    }

    void repairSeesTheVerdictTheHistoryAndTheBudget()
    {
        const auto built = PromptBuilder(m_protocol, m_profiles.find(u"claude-sonnet-4-5-20250929"_s)).repair(example(), round());
        QVERIFY2(built.ok(), qPrintable(built.error));
        const QString p = built.text;
        QVERIFY(p.contains(u"round 2 of at most 8"_s));
        QVERIFY(p.contains(u"6 rounds are left"_s));
        QVERIFY(p.contains(u"back off to a less ambitious example"_s));
        QVERIFY(p.contains(u"lattice_energy takes a, not spacing"_s));                // the judge's verdict
        QVERIFY(p.contains(u"\"iteration\": 1"_s));                                   // the change log
        QVERIFY(test::promptSection(p, u"### log.json"_s).startsWith(u"CRITICAL ERROR"_s));        // log.json's section
        QVERIFY(test::promptSection(p, u"### python main.py, standard error"_s).contains(u"TypeError"_s));
        QVERIFY(p.contains(u"def lattice_energy(a, epsilon=1.0)"_s));
        QVERIFY(p.contains(u"`issues_identified`"_s) && p.contains(u"`changes_made`"_s));
        QVERIFY(p.contains(u"save files often"_s));
        auto last = round();
        last.index = 8;
        QVERIFY(PromptBuilder(m_protocol, m_profiles.find(u"gpt-5"_s)).repair(example(), last).text.contains(u"no round is left"_s));
    }

    void filesAreChosenAgainWhenTheWindowIsSmall()
    {
        // A model with a 48k window: 16k tokens of prompt beside the 32k answer budget.
        llm::ModelProfile small = m_profiles.find(u"local-model"_s);
        small.contextWindow = 48000;
        PromptBuilder::Example e = example();
        QString big;
        for (int i = 0; i < 3000; ++i)
            big += u"def helper_%1(x):\n    return x * %1  # a helper of the package\n"_s.arg(i);
        e.selection.text = kSelectedFile + big;
        e.selection.tokens = pipeline::FileSelector::estimateTokens(e.selection.text);
        QVERIFY(e.selection.tokens > 16000);
        qint64 askedFor = -1;
        e.reselect = [&askedFor](qint64 budget) {
            askedFor = budget;
            pipeline::FileSelector::Selection s;
            s.text = kSelectedFile;
            s.paths = {u"matlib/core.py"_s};
            s.tokens = pipeline::FileSelector::estimateTokens(kSelectedFile);
            return s;
        };
        const auto built = PromptBuilder(m_protocol, small).judge(e, round(1500));
        QVERIFY2(built.ok(), qPrintable(built.error));
        QVERIFY(built.filesShortened);
        QVERIFY(askedFor > 0 && askedFor < 16000);
        QCOMPARE(built.cap, qint64(16000));
        QVERIFY(built.tokens <= built.cap);
        QVERIFY(built.text.contains(u"def lattice_energy(a, epsilon=1.0)"_s));
        // The output sections got what was left (at least 1,000 tokens each), and the traceback is still there.
        const auto note = QRegularExpression(u"shortened to about ([0-9]+) tokens each"_s).match(built.text);
        QVERIFY(note.hasMatch());
        QVERIFY(note.captured(1).toInt() >= 1000 && note.captured(1).toInt() < 2000);
        QVERIFY(test::promptSection(built.text, u"### python main.py, standard error"_s).contains(u"TypeError"_s));
    }

    void classificationSharesEverythingButTheFile()
    {
        // Local model: no cache minimum, so the prompt is the method's words only, the file last.
        const PromptBuilder builder(m_protocol, m_profiles.find(u"gpt-oss-120b"_s));
        PromptBuilder::Example e = example();
        e.readme = longReadme(60);
        const auto core = builder.classification(e, u"matlib/core.py"_s, u"python"_s, u"def lattice_energy(a):\n    return a\n"_s);
        const auto demo = builder.classification(e, u"examples/demo.py"_s, u"python"_s, u"print(1)\n"_s);
        for (const auto *built : {&core, &demo}) {
            QVERIFY2(built->ok(), qPrintable(built->error));
            QVERIFY(built->sharedPrefixChars > 0);
            QCOMPARE(built->readmeExcerptTokens, 0);
            QVERIFY(!built->text.contains(u"README excerpt"_s));
            QVERIFY(!built->text.contains(u"{{"_s));
        }
        const QString shared = core.text.left(core.sharedPrefixChars);
        QCOMPARE(demo.text.left(demo.sharedPrefixChars), shared);   // byte-identical for every file
        // The shared part: the persona and purpose, the task, the answer's specification, the repository and its summary.
        QVERIFY(shared.startsWith(u"You are a scientist"_s));
        QVERIFY(shared.contains(u"coding agents"_s));
        QVERIFY(shared.contains(u"`how_relevant_rating`: 5 = critical"_s));
        QVERIFY(shared.contains(u"`needs_gpu`"_s));
        QVERIFY(shared.contains(u"Repository: https://github.com/example/matlib"_s));
        QVERIFY(shared.contains(u"matlib computes lattice energies."_s));
        QVERIFY(shared.indexOf(u"Answer with:"_s) < shared.indexOf(u"Repository: "_s));
        QVERIFY(!shared.contains(u"matlib/core.py"_s));
        // The file last: path, note and content after the split.
        const QString rest = core.text.mid(core.sharedPrefixChars);
        QVERIFY2(rest.startsWith(u"File: matlib/core.py (python)"_s), qPrintable(rest.left(80)));
        QVERIFY(rest.trimmed().endsWith(u"</file>"_s));
        QVERIFY(rest.contains(u"def lattice_energy(a):"_s));
        QVERIFY(!rest.contains(u"Answer with:"_s));
        QVERIFY(core.sharedPrefixTokens > 500 && core.sharedPrefixTokens < 1024);   // below the caching providers' minimum
    }

    void aCacheMinimumIsReachedWithTheReadmesBeginning_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("minimum");
        QTest::newRow("Claude Haiku 4.5") << u"claude-haiku-4-5-20251001"_s << qint64(4096);
        QTest::newRow("Claude Sonnet 4.5") << u"claude-sonnet-4-5-20250929"_s << qint64(1024);
        QTest::newRow("GPT-5 mini") << u"gpt-5-mini"_s << qint64(1024);
    }

    void aCacheMinimumIsReachedWithTheReadmesBeginning()
    {
        QFETCH(QString, model);
        QFETCH(qint64, minimum);
        const llm::ModelProfile profile = m_profiles.find(model);
        QCOMPARE(profile.cacheMinimumTokens, minimum);
        const PromptBuilder builder(m_protocol, profile);
        PromptBuilder::Example e = example();
        e.readme = longReadme(60);   // about 7,000 tokens
        const auto a = builder.classification(e, u"matlib/core.py"_s, u"python"_s, u"def lattice_energy(a):\n    return a\n"_s);
        const auto b = builder.classification(e, u"setup.py"_s, u"python"_s, u"from setuptools import setup\n"_s);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error + b.error));
        QVERIFY(a.readmeExcerptTokens > 0);
        QCOMPARE(a.text.left(a.sharedPrefixChars), b.text.left(b.sharedPrefixChars));
        const QString shared = a.text.left(a.sharedPrefixChars);
        QVERIFY(shared.contains(u"README excerpt (for context):\n<readme>\n# matlib\n"_s));
        QVERIFY(shared.indexOf(u"README excerpt"_s) > shared.indexOf(u"Repository summary"_s));
        // Just long enough: the minimum and the margin reached, with less than a section's worth to spare.
        QVERIFY2(a.sharedPrefixTokens >= minimum + m_protocol.cacheMarginTokens(), qPrintable(QString::number(a.sharedPrefixTokens)));
        QVERIFY2(a.sharedPrefixTokens < minimum + m_protocol.cacheMarginTokens() + 250, qPrintable(QString::number(a.sharedPrefixTokens)));
        QVERIFY(!shared.contains(u"Section 60"_s));   // not the whole README
        QVERIFY(a.text.mid(a.sharedPrefixChars).startsWith(u"File: matlib/core.py (python)"_s));
    }

    void noExcerptWhenItCannotReachTheMinimumOrThereIsNone()
    {
        const PromptBuilder haiku(m_protocol, m_profiles.find(u"claude-haiku-4-5-20251001"_s));
        PromptBuilder::Example e = example();
        e.readme = longReadme(3);   // far too short for 4,096 tokens: quoting it would only cost
        auto built = haiku.classification(e, u"setup.py"_s, u"python"_s, u"x = 1\n"_s);
        QVERIFY(built.ok());
        QCOMPARE(built.readmeExcerptTokens, 0);
        QVERIFY(!built.text.contains(u"README excerpt"_s));
        e.readme.clear();
        QVERIFY(!haiku.classification(e, u"setup.py"_s, u"python"_s, u"x = 1\n"_s).text.contains(u"README excerpt"_s));
        // The protocol's cap: an excerpt longer than it is not quoted.
        e.readme = longReadme(60);
        const llm::ModelProfile huge = [&] {
            llm::ModelProfile p = m_profiles.find(u"claude-haiku-4-5-20251001"_s);
            p.cacheMinimumTokens = 8000;   // more than the protocol's 6,000 tokens of README
            return p;
        }();
        built = PromptBuilder(m_protocol, huge).classification(e, u"setup.py"_s, u"python"_s, u"x = 1\n"_s);
        QVERIFY(built.ok());
        QCOMPARE(built.readmeExcerptTokens, 0);
    }

    void aPromptThatCannotFitIsAnErrorNamingModelWindowAndSize()
    {
        llm::ModelProfile tiny = m_profiles.find(u"tiny-model"_s);
        tiny.contextWindow = 34000;   // 2,000 tokens beside the answer budget
        const auto built = PromptBuilder(m_protocol, tiny).judge(example(), round());
        QVERIFY(!built.ok());
        QVERIFY(built.text.isEmpty());
        QVERIFY2(built.error.contains(u"tiny-model"_s), qPrintable(built.error));
        QVERIFY(built.error.contains(u"34,000"_s));
        QVERIFY(built.error.contains(u"at most 2,000 fit"_s));
        QVERIFY(QRegularExpression(u"needs about [0-9,]+ tokens"_s).match(built.error).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TstPromptBuilder)
#include "tst_promptbuilder.moc"
