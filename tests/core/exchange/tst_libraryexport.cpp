// SPDX-License-Identifier: GPL-3.0-or-later
// Export of the vetted library, from a real demo run: selection, licence gate, and every format
// parsed back (the codeblocks by CodeScientist's header rules, re-implemented in Python).
#include "demo/demoproject.h"
#include "exchange/codescientistexporter.h"
#include "exchange/exportnames.h"
#include "exchange/exporttarget.h"
#include "exchange/folderexporter.h"
#include "exchange/gitexporter.h"
#include "exchange/libraryselection.h"
#include "git/gitlibrary.h"
#include "llm/llmclient.h"
#include "pipeline/campaignrunner.h"
#include "store/adjudicationstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"
#include "util/knownsecrets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
/**
 * CodeScientist's parseCodeblockPython and loadCodeblocks rules (src/CodeBlockStore.py at b66b0c2, as
 * documented): every line starting with '#' is examined, leading '#'s and whitespace removed, a key
 * matches when the lower-cased rest starts with "key:"; scalar fields first match wins, pip_requirement
 * repeats; a first line starting with "# disabled" disables the file; files are read as text.
 * Prints one JSON object per codeblock.
 */
const char *const kParser = R"PY(
import json, os, sys
FIELDS = ["name", "description", "inclusion_criteria", "exclusion_criteria", "python_version"]
out = []
for root, dirs, files in os.walk(sys.argv[1]):
    for f in sorted(files):
        path = os.path.join(root, f)
        if not f.endswith(".py") or path.endswith("experiment_common_library.py"):
            continue
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        lines = text.split("\n")
        if lines[0].strip().lower().startswith("# disabled"):
            continue
        parsed = {"pip_requirement": [], "errors": [], "bom": raw.startswith(b"\xef\xbb\xbf"), "crlf": b"\r\n" in raw}
        for line in lines:
            s = line.strip()
            if not s.startswith("#"):
                continue
            rest = s.lstrip("#").strip()
            for key in FIELDS:
                if rest.lower().startswith(key + ":") and key not in parsed:
                    parsed[key] = rest[len(key) + 1:].strip()
            if rest.lower().startswith("pip_requirement:"):
                parsed["pip_requirement"].append(rest[len("pip_requirement:"):].strip())
        for key in FIELDS:
            if key not in parsed:
                parsed["errors"].append("Field '%s' is missing" % key)
        parsed["file"] = os.path.relpath(path, sys.argv[1])
        out.append(parsed)
print(json.dumps(out))
)PY";
} // namespace

class TstLibraryExport : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_tmp;
    qint64 m_example = 0;

    QJsonArray parseCodeblocks(const QString &codeblocks)
    {
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(kParser), codeblocks});
        if (!python.waitForFinished(30000) || python.exitCode() != 0)
            qFatal("the codeblock parser failed: %s", python.readAllStandardError().constData());
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }

    QList<exchange::VettedExample> everySuccessfulExample() const
    {
        exchange::LibrarySelection selection;
        selection.acceptedOnly = false;
        return selection.select(m_tmp.workspace()).examples;
    }

    static int exportAs(const QString &format, const QList<exchange::VettedExample> &examples, const QString &out, bool replace)
    {
        if (format == u"codescientist"_s)
            return exchange::CodeScientistExporter::write(examples, out, replace).written;
        if (format == u"folders"_s)
            return exchange::FolderExporter::write(examples, out, replace);
        if (format == u"jsonl"_s)
            return exchange::JsonlExporter::write(examples, out, replace);
        return exchange::GitExporter::write(examples, out, replace);
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString git(const QString &dir, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(u"git"_s, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QJsonObject readObject(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        if (!QFile::exists(u"/usr/bin/python3"_s))
            QSKIP("the demo runs its rounds with /usr/bin/python3");
        const auto prepared = demo::DemoProject::prepare(m_tmp.workspace());
        pipeline::CampaignRunner runner(m_tmp.workspace(), prepared.campaignId, llm::LlmClientOptions{});
        QSignalSpy finished(&runner, &pipeline::CampaignRunner::finished);
        runner.start();
        QVERIFY(finished.wait(240000));
        m_example = store::PipelineStore(m_tmp.workspace()).examples(prepared.campaignId).first().id;
    }

    void onlyAcceptedExamplesByDefault()
    {
        exchange::LibrarySelection selection;
        auto result = selection.select(m_tmp.workspace());
        QVERIFY(result.examples.isEmpty());
        QCOMPARE(result.excluded.size(), 1);
        selection.acceptedOnly = false;
        QCOMPARE(selection.select(m_tmp.workspace()).examples.size(), 1);

        store::JudgementRecord j;
        j.exampleId = m_example;
        j.annotator = u"alice"_s;
        j.decision = store::Decision::Accept;
        j.functionCorrect = store::CriterionAnswer::Yes;
        store::JudgementStore(m_tmp.workspace()).add(j);
        result = exchange::LibrarySelection().select(m_tmp.workspace());
        QCOMPARE(result.examples.size(), 1);
        QCOMPARE(result.examples.first().round.index, 2);   // the repaired, finished round
        QVERIFY(result.examples.first().mainPy.contains(u"CU_K_ALPHA"_s));
    }

    void licenceGate()
    {
        // Without a detected licence the example stays out unless the gate is overridden with a reason.
        store::exec(m_tmp.workspace()->database(), u"UPDATE repositories SET license_spdx = NULL"_s);
        QVERIFY(exchange::LibrarySelection().select(m_tmp.workspace()).examples.isEmpty());
        exchange::LibrarySelection allow;
        allow.allowLicenses = {u"unknown"_s};
        QVERIFY_THROWS_EXCEPTION(Error, allow.select(m_tmp.workspace()));   // no reason given
        allow.overrideReason = u"written for the project; the authors agreed"_s;
        const auto result = allow.select(m_tmp.workspace());
        QCOMPARE(result.examples.size(), 1);
        QCOMPARE(result.examples.first().provenance().value(u"license_override"_s).toString(), allow.overrideReason);
        store::exec(m_tmp.workspace()->database(), u"UPDATE repositories SET license_spdx = 'MIT'"_s);
    }

    void codeScientistCodeblocksParseBack()
    {
        const auto examples = exchange::LibrarySelection().select(m_tmp.workspace()).examples;
        QCOMPARE(examples.size(), 1);
        QTemporaryDir out;
        // An existing CodeScientist index: its entries must survive the merge, and its names stay taken.
        QDir().mkpath(out.filePath(u"codeblocks"_s));
        QFile stock(out.filePath(u"codeblocks/codeblock_summaries.json"_s));
        QVERIFY(stock.open(QIODevice::WriteOnly));
        stock.write(R"({"MatPlotLib Line Plot": {"name": "MatPlotLib Line Plot", "description": "d", "libraries": ["matplotlib"],
                       "when_to_use": "w", "examples": "e", "kinds_of_ideas": "k", "inclusion_criteria": "i", "exclusion_criteria": "x"}})");
        stock.close();

        const auto first = exchange::CodeScientistExporter::write(examples, out.path());
        QCOMPARE(first.written, 1);
        const QString name = first.names.first();
        QVERIFY(name.startsWith(u"crystaltoolkit: "_s));
        QVERIFY(!name.contains(u'\n'));

        const QJsonArray parsed = parseCodeblocks(out.filePath(u"codeblocks"_s));
        QCOMPARE(parsed.size(), 1);
        const QJsonObject block = parsed.first().toObject();
        QCOMPARE(block.value(u"errors"_s).toArray().size(), 0);
        QCOMPARE(block.value(u"name"_s).toString(), name);
        QVERIFY(block.value(u"file"_s).toString().startsWith(u"codedistiller/"_s));
        QCOMPARE(block.value(u"pip_requirement"_s).toArray(), QJsonArray{u"matplotlib"_s});
        QCOMPARE(block.value(u"python_version"_s).toString(), u"3.10"_s);
        QVERIFY(block.value(u"description"_s).toString().contains(u"NaCl"_s));
        QVERIFY(!block.value(u"bom"_s).toBool());
        QVERIFY(!block.value(u"crlf"_s).toBool());

        const QJsonObject index = readObject(out.filePath(u"codeblocks/codeblock_summaries.json"_s));
        QVERIFY(index.contains(u"MatPlotLib Line Plot"_s));
        const QJsonObject entry = index.value(name).toObject();
        const QStringList keys{u"name"_s, u"description"_s, u"libraries"_s, u"when_to_use"_s, u"examples"_s, u"kinds_of_ideas"_s,
                               u"inclusion_criteria"_s, u"exclusion_criteria"_s};
        QCOMPARE(entry.keys().size(), 8);
        for (const QString &key : keys)
            QVERIFY2(entry.contains(key), qPrintable(key));
        QCOMPARE(entry.value(u"name"_s).toString(), name);
        QCOMPARE(entry.value(u"inclusion_criteria"_s).toString(), block.value(u"inclusion_criteria"_s).toString());
        QCOMPARE(entry.value(u"exclusion_criteria"_s).toString(), block.value(u"exclusion_criteria"_s).toString());
        QVERIFY(entry.value(u"libraries"_s).toArray().contains(u"crystaltoolkit"_s));

        // An export killed after its manifest: the next one removes what that one had begun.
        {
            const QString manifestPath = out.filePath(u"codeblocks/codedistiller/manifest.json"_s);
            QJsonObject manifest = readObject(manifestPath);
            QJsonObject names = manifest.value(u"names"_s).toObject();
            QJsonObject files = manifest.value(u"files"_s).toObject();
            names.insert(u"pending:gone"_s, u"A Half-Written Codeblock"_s);
            files.insert(u"pending:gone"_s, u"half_written.py"_s);
            manifest.insert(u"names"_s, names);
            manifest.insert(u"files"_s, files);
            QFile m(manifestPath);
            QVERIFY(m.open(QIODevice::WriteOnly));
            m.write(QJsonDocument(manifest).toJson());
            m.close();
            QFile stray(out.filePath(u"codeblocks/codedistiller/half_written.py"_s));
            QVERIFY(stray.open(QIODevice::WriteOnly));
            stray.write("# Name: A Half-Written Codeblock\n");
            stray.close();
        }

        // Exported again (replacing what the first one wrote): the same name, one file, one entry, the stock entry untouched.
        QVERIFY_THROWS_EXCEPTION(Error, exchange::CodeScientistExporter::write(examples, out.path()));
        const auto second = exchange::CodeScientistExporter::write(examples, out.path(), true);
        QCOMPARE(second.names, first.names);
        QCOMPARE(parseCodeblocks(out.filePath(u"codeblocks"_s)).size(), 1);
        QCOMPARE(readObject(out.filePath(u"codeblocks/codeblock_summaries.json"_s)).size(), 2);
    }

    void namesAreSafeAndUnique()
    {
        QCOMPARE(exchange::ExportNames::flatten(u"a\nb\r\n\tc\u2028d"_s), u"a b c d"_s);
        QCOMPARE(exchange::ExportNames::slug(u"../../etc/passwd; rm -rf ~"_s), u"etc_passwd_rm_rf"_s);
        QCOMPARE(exchange::ExportNames::slug(u"Ångström: Kristallgitter"_s), u"angstrom_kristallgitter"_s);
        QCOMPARE(exchange::ExportNames::slug(u"!!!"_s), u"example"_s);
        QVERIFY(exchange::ExportNames::title(u"org/repo"_s, QString(200, u'x')).size() <= 80);
    }

    void namesAreCutAtWordBoundaries_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("long") << u"Reads a LOCPOT, computes planar and macroscopic averages of the electrostatic potential and plots them."_s
                              << u"macrodensity: Reads a LOCPOT, computes planar and macroscopic averages of..."_s
                              << u"macrodensity_reads_a_locpot_computes_planar_and_macroscopic"_s;
        QTest::newRow("short") << u"Plots a band structure."_s << u"macrodensity: Plots a band structure"_s
                               << u"macrodensity_plots_a_band_structure"_s;
        QTest::newRow("one long word") << QString(100, u'x') << u"macrodensity: "_s + QString(63, u'x') + u"..."_s
                                       << u"macrodensity_"_s + QString(47, u'x');
    }

    void namesAreCutAtWordBoundaries()
    {
        QFETCH(QString, description);
        QFETCH(QString, title);
        QFETCH(QString, slug);
        const QString t = exchange::ExportNames::title(u"WMD-group/MacroDensity"_s.toLower().section(u'/', -1), description);
        QCOMPARE(t, title);
        QVERIFY(t.size() <= 80);
        QCOMPARE(exchange::ExportNames::slug(t), slug);
        QVERIFY(exchange::ExportNames::slug(t).size() <= 60);
    }

    void uniqueNamesDependOnTheExampleNotTheOrder()
    {
        const QString a = exchange::ExportNames::uniqueSlug(u"tool_plots"_s, u"url@1#c"_s, {});
        QCOMPARE(a, u"tool_plots"_s);
        const QString b = exchange::ExportNames::uniqueSlug(u"tool_plots"_s, u"url@1#d"_s, {a});
        QVERIFY(b.startsWith(u"tool_plots_"_s) && b != a);
        QCOMPARE(exchange::ExportNames::uniqueSlug(u"tool_plots"_s, u"url@1#d"_s, {a, u"other"_s}), b);   // whatever else is there
        QVERIFY(exchange::ExportNames::uniqueSlug(u"tool_plots"_s, u"url@1#d"_s, {a, b}) != b);
    }

    void foldersAndJsonlParseBack()
    {
        const auto examples = exchange::LibrarySelection().select(m_tmp.workspace()).examples;
        QTemporaryDir out;
        QCOMPARE(exchange::FolderExporter::write(examples, out.path()), 1);
        QFile manifest(out.filePath(u"manifest.jsonl"_s));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = manifest.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
        const QString folder = out.filePath(line.value(u"folder"_s).toString());
        for (const QString &file : {u"main.py"_s, u"requirements.txt"_s, u"run.sh"_s, u"metadata.json"_s, u"provenance.json"_s})
            QVERIFY2(QFile::exists(folder + u'/' + file), qPrintable(file));
        const QJsonObject provenance = readObject(folder + u"/provenance.json"_s);
        QCOMPARE(provenance.value(u"license"_s).toString(), u"MIT"_s);
        QCOMPARE(provenance.value(u"round"_s).toInt(), 2);
        QCOMPARE(provenance.value(u"human_judgements"_s).toArray().first().toObject().value(u"decision"_s).toString(), u"accept"_s);
        QVERIFY(provenance.value(u"judge_verdict"_s).toObject().value(u"is_finished"_s).toBool());

        QCOMPARE(exchange::JsonlExporter::write(examples, out.path(), true), 1);
        QFile jsonl(out.filePath(u"examples.jsonl"_s));
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(jsonl.readLine()).object();
        QCOMPARE(record.value(u"files"_s).toObject().value(u"main.py"_s).toString(), examples.first().mainPy);
        QCOMPARE(record.value(u"key"_s).toString(), examples.first().key());
    }

    void gitHistoryHasOneCommitPerRound()
    {
        const auto examples = exchange::LibrarySelection().select(m_tmp.workspace()).examples;
        QCOMPARE(examples.first().history.size(), 2);
        QTemporaryDir out;
        QCOMPARE(exchange::GitExporter::write(examples, out.path()), 2);
        auto git = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(out.path());
            p.start(u"git"_s, args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        if (git({u"--version"_s}).isEmpty())
            QSKIP("git is not installed");
        const QStringList log = git({u"log"_s, u"--format=%s"_s}).trimmed().split(u'\n');
        QCOMPARE(log.size(), 2);
        QVERIFY2(log.last().endsWith(u"round 1 (generated)"_s), qPrintable(log.join(u'|')));
        QVERIFY(log.first().endsWith(u"round 2 (repaired)"_s));
        // Round 1's main.py is in the history; the work tree holds the final round and its provenance.
        QVERIFY(git({u"show"_s, u"HEAD~1:"_s + log.first().section(u':', 0, 0) + u"/main.py"_s}).contains(u"wavelength=\"CuKa\""_s));
        const QString dir = out.filePath(log.first().section(u':', 0, 0));
        QFile main(dir + u"/main.py"_s);
        QVERIFY(main.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(main.readAll()), examples.first().mainPy);
        QVERIFY(QFile::exists(dir + u"/provenance.json"_s));
        QVERIFY(git({u"status"_s, u"--porcelain"_s}).trimmed().isEmpty());
        // Exported again into its own repository (replacing, as it is not empty): two more commits on top.
        QVERIFY_THROWS_EXCEPTION(Error, exchange::GitExporter::write(examples, out.path()));
        QCOMPARE(exchange::GitExporter::write(examples, out.path(), true), 2);
        QCOMPARE(git({u"rev-list"_s, u"--count"_s, u"HEAD"_s}).trimmed(), u"4"_s);
    }

    void exportRefusesToReplaceUnasked_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("folder");   // the folder the format fills, below the output folder
        QTest::addColumn<QString>("theirs");   // a file of that name there, which the export also writes
        QTest::newRow("folders") << u"folders"_s << QString() << u"manifest.jsonl"_s;
        QTest::newRow("jsonl") << u"jsonl"_s << QString() << u"examples.jsonl"_s;
        QTest::newRow("codescientist") << u"codescientist"_s << u"codeblocks/codedistiller"_s << u"manifest.json"_s;
        QTest::newRow("git") << u"git"_s << QString() << u"main.py"_s;
    }

    void exportRefusesToReplaceUnasked()
    {
        QFETCH(QString, format);
        QFETCH(QString, folder);
        QFETCH(QString, theirs);
        const auto examples = everySuccessfulExample();
        QCOMPARE(examples.size(), 1);
        QTemporaryDir out;
        const QString target = folder.isEmpty() ? out.path() : out.filePath(folder);
        writeFile(target + u'/' + theirs, "{}\n");
        writeFile(target + u"/notes.txt"_s, "keep me\n");
        try {
            exportAs(format, examples, out.path(), false);
            QFAIL("exported into a folder that is not empty");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QFileInfo(target).absoluteFilePath()), qPrintable(e.message()));
            QVERIFY2(e.message().contains(theirs) && e.message().contains(u"notes.txt"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"--force"_s), qPrintable(e.message()));
        }
        QCOMPARE(readAll(target + u'/' + theirs), QByteArray("{}\n"));
        QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);

        // Replacing: what the export writes is replaced, nothing else is touched.
        QVERIFY(exportAs(format, examples, out.path(), true) > 0);
        QCOMPARE(readAll(target + u"/notes.txt"_s), QByteArray("keep me\n"));
        if (format != u"git"_s)
            QVERIFY(readAll(target + u'/' + theirs) != QByteArray("{}\n"));
        else
            QCOMPARE(readAll(target + u'/' + theirs), QByteArray("{}\n"));   // not in the library: untracked, kept
        // An empty folder needs no permission.
        QTemporaryDir empty;
        QVERIFY(exportAs(format, examples, empty.path(), false) > 0);
    }

    void gitNeverWritesIntoAForeignRepository()
    {
        const auto examples = everySuccessfulExample();
        QTemporaryDir foreign;
        git::ensureInitialised();
        git_repository *raw = nullptr;
        QCOMPARE(git_repository_init(&raw, QFile::encodeName(foreign.path()).constData(), 0), 0);
        git::RepositoryPtr repo(raw);
        writeFile(foreign.filePath(u"src/code.c"_s), "int main() {}\n");
        for (const QString &target : {foreign.path(), foreign.filePath(u"library"_s), foreign.filePath(u"src"_s), foreign.filePath(u".git/x"_s)}) {
            for (const bool replace : {false, true}) {
                try {
                    exchange::GitExporter::write(examples, target, replace);
                    QFAIL(qPrintable(u"exported into the foreign repository: "_s + target));
                } catch (const Error &e) {
                    QVERIFY2(e.message().contains(u"did not create"_s) || e.message().contains(u"inside the git repository"_s), qPrintable(e.message()));
                }
            }
        }
        QCOMPARE(git_repository_head_unborn(repo.get()), 1);   // still no commit
        QVERIFY(!QFileInfo::exists(foreign.filePath(u"library"_s)));
        // A folder inside the workbench's own export is inside a repository too.
        QTemporaryDir own;
        QCOMPARE(exchange::GitExporter::write(examples, own.path()), 2);
        QVERIFY_THROWS_EXCEPTION(Error, exchange::GitExporter::write(examples, own.filePath(u"nested"_s), true));
        QCOMPARE(exchange::GitExporter::write(examples, own.path(), true), 2);
    }

    /** A key a server echoed back, stored before redaction existed, is in no export's output (files, names, git history). */
    void echoedKeyIsInNoExport_data()
    {
        QTest::addColumn<QString>("format");
        for (const auto *format : {"folders", "jsonl", "codescientist", "git"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void echoedKeyIsInNoExport()
    {
        QFETCH(QString, format);
        const QString key = u"sk-test-echoed-0123456789abcdef"_s;
        const QString plain = u"echoedsecret0123456789abcdef"_s;   // survives slug-making unchanged
        KnownSecrets::add(key);
        KnownSecrets::add(plain);
        auto examples = everySuccessfulExample();
        QCOMPARE(examples.size(), 1);
        auto &v = examples.first();
        const QString both = key + u' ' + plain;
        v.mainPy += u"\n# "_s + both + u'\n';
        v.requirementsTxt += both + u'\n';
        v.runSh += u"echo "_s + both + u'\n';
        v.metadata.insert(u"example_description"_s, QString(plain + u" shows "_s + key + u". More."_s));
        v.metadata.insert(u"example_inclusion_criteria"_s, both);
        v.verdict.insert(u"faithfulness_accurate_completeness_statement"_s, both);
        v.round.verdictJson = QJsonDocument(v.verdict).toJson(QJsonDocument::Compact);
        v.campaign.name += u' ' + plain;
        if (!v.judgements.isEmpty())
            v.judgements.first().notes = both;
        for (auto &r : v.history) {
            r.mainPy += u"\n# "_s + both;
            r.metadataJson = QString::fromUtf8(QJsonDocument(QJsonObject{{u"example_description"_s, both}}).toJson());
            r.record.verdictJson = QJsonDocument(QJsonObject{{u"is_finished"_s, true}, {u"faithfulness_accurate_completeness_statement"_s, both}})
                                       .toJson(QJsonDocument::Compact);
        }

        QTemporaryDir out;
        QVERIFY(exportAs(format, examples, out.path(), false) > 0);
        // Every file and every name below the output, the git folder included.
        QDirIterator it(out.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            for (const QString &secret : {key, plain}) {
                QVERIFY2(!path.contains(secret), qPrintable(path));
                QVERIFY2(!readAll(path).contains(secret.toUtf8()), qPrintable(path));
            }
            ++files;
        }
        QVERIFY(files >= 1);
        if (format == u"git"_s && !git(out.path(), {u"--version"_s}).isEmpty()) {
            const QString history = git(out.path(), {u"log"_s, u"-p"_s, u"--all"_s, u"--format=%H %an %ae%n%B"_s});
            QVERIFY(history.contains(u"main.py"_s));
            QVERIFY2(!history.contains(key) && !history.contains(plain), qPrintable(history));
            QVERIFY(history.contains(u"[REDACTED]"_s) || history.contains(u"REDACTED"_s));
        }
    }

    void goldDecisionOverridesTheAnnotators()
    {
        // bob rejects: by the annotators' decisions the example stays out of the library.
        store::JudgementRecord j;
        j.exampleId = m_example;
        j.annotator = u"bob"_s;
        j.decision = store::Decision::Reject;
        store::JudgementStore(m_tmp.workspace()).add(j);
        QVERIFY(exchange::LibrarySelection().select(m_tmp.workspace()).examples.isEmpty());
        // The adjudicator's gold decision settles it, either way; the newest gold value counts.
        store::AdjudicationRecord gold;
        gold.exampleId = m_example;
        gold.criterion = u"decision"_s;
        gold.value = u"accept"_s;
        gold.adjudicator = u"carol"_s;
        gold.reason = u"bob's objection is about style; the chart is right"_s;
        store::AdjudicationStore adjudications(m_tmp.workspace());
        adjudications.record(gold);
        QCOMPARE(exchange::LibrarySelection().select(m_tmp.workspace()).examples.size(), 1);
        gold.value = u"reject"_s;
        adjudications.record(gold);
        const auto result = exchange::LibrarySelection().select(m_tmp.workspace());
        QVERIFY(result.examples.isEmpty());
        QVERIFY2(result.excluded.first().contains(u"gold decision"_s), qPrintable(result.excluded.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TstLibraryExport)
#include "tst_libraryexport.moc"
