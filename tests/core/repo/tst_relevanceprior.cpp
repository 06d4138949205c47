// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/languagedetector.h"
#include "repo/relevanceprior.h"
#include "repo/relevanceweights.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::repo;
using wb::store::FileCategory;

namespace {
/** A small package repository as a materials scientist would publish it. */
const QList<std::pair<QString, QByteArray>> &repository()
{
    static const QList<std::pair<QString, QByteArray>> files{
        {u"README.md"_s, "# pyfoo\nRelax a slab:\n\n```python\nfrom pyfoo import Relaxer\nRelaxer('POSCAR').run()\n```\n"
                         "Run `pyfoo-relax` or see docs/usage.md and examples/relax.py. News in CHANGELOG.md.\n"},
        {u"setup.py"_s, "setup(name='pyfoo', entry_points={'console_scripts': ['pyfoo-relax = pyfoo.cli:main']})"},
        {u"CHANGELOG.md"_s, "v1: first\n"},
        {u"pyfoo/__init__.py"_s, "from pyfoo.core import Relaxer\nfrom .util import *\n"},
        {u"pyfoo/core.py"_s, "import numpy\nfrom pyfoo.util import norm\n\nclass Relaxer:\n    def run(self):\n        return norm(1)\n"},
        {u"pyfoo/util.py"_s, "def norm(x):\n    return abs(x)\n"},
        {u"pyfoo/rarely.py"_s, "def unused():\n    pass\n"},
        {u"pyfoo/cli.py"_s, "from pyfoo.core import Relaxer\n\ndef main():\n    Relaxer().run()\n"},
        {u"examples/relax.py"_s, "from pyfoo import Relaxer\nimport helpers\nRelaxer('slab/POSCAR').run()\n"},
        {u"examples/helpers.py"_s, "def plot():\n    pass\n"},
        {u"examples/slab/POSCAR"_s, "Cu slab\n1.0\n"},
        {u"examples/unused.dat"_s, "1 2 3\n"},
        {u"examples/copy_of_relax.py"_s, "from pyfoo import Relaxer\nimport helpers\nRelaxer('slab/POSCAR').run()\n"},
        {u"other/helpers.py"_s, "def elsewhere():\n    pass\n"},
        {u"tests/test_core.py"_s, "from pyfoo.core import Relaxer\nfrom pyfoo.testing import slab\ndata = 'files/Cu.json'\n"},
        {u"pyfoo/testing.py"_s, "def slab():\n    return 'Cu'\n"},
        {u"tests/files/Cu.json"_s, "{}"},
        {u"tests/files/Unread.json"_s, "{}"},
        {u"docs/usage.md"_s, "# Usage\n\n    >>> from pyfoo.core import Relaxer\n"},
        {u"docs/conf.py"_s, "project = 'pyfoo'\n"},
        {u"docs/api.rst"_s, "API\n===\n\n.. automodule:: pyfoo.core\n   :members:\n"},
        {u"docs/Makefile"_s, "html:\n\tsphinx-build\n"},
        {u"third_party/lib/x.py"_s, "from pyfoo import Relaxer\n"},
        {u"images/logo.svg"_s, "<svg/>"},
    };
    return files;
}

struct Ranked
{
    QHash<QString, PriorAssessment> byPath;
    QStringList order;   ///< highest score first
};

/** Ranks @p files (path, content); the README's content and setup.py feed the repository context. */
QList<PriorAssessment> rankFiles(const QList<std::pair<QString, QByteArray>> &files)
{
    QStringList paths;
    QByteArray readme, setup;
    for (const auto &[path, content] : files) {
        paths << path;
        if (path == u"README.md"_s)
            readme = content;
        if (path == u"setup.py"_s)
            setup = content;
    }
    RelevancePrior prior(RelevancePrior::buildContext(paths, readme, {setup}));
    for (const auto &[path, content] : files) {
        PriorInput input;
        input.path = path;
        input.category = LanguageDetector::instance().detect(path, content).category;
        input.sizeBytes = content.size();
        input.content = content;
        input.objectSha = QString::fromLatin1(content.toHex().left(40)) + QString::number(content.size());
        prior.add(input);
    }
    return prior.rank();
}

Ranked rankRepository()
{
    const auto &files = repository();
    const QList<PriorAssessment> assessed = rankFiles(files);
    Ranked r;
    for (qsizetype i = 0; i < files.size(); ++i) {
        r.byPath.insert(files[i].first, assessed[i]);
        r.order << files[i].first;
    }
    std::stable_sort(r.order.begin(), r.order.end(),
                     [&](const QString &a, const QString &b) { return r.byPath[a].score > r.byPath[b].score; });
    return r;
}
} // namespace

class TstRelevancePrior : public QObject
{
    Q_OBJECT

    Ranked m_ranked;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(RelevanceWeights::instance().bands().size() == 4, "relevance.json is compiled in and has four band cuts");
        m_ranked = rankRepository();
    }

    void unusableWeightFilesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"bands\": [1, 2,") << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QTest::newRow("no bands") << QByteArray("{\"base\": {}}") << u"four ascending score cuts"_s;
        QTest::newRow("missing file") << QByteArray() << u"Cannot read"_s;
    }

    void unusableWeightFilesSayWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"weights.json"_s);
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QString error;
        QVERIFY(!RelevanceWeights::readFile(path, &error));
        QVERIFY2(error.contains(message) && error.contains(path), qPrintable(error));
        QVERIFY(RelevanceWeights::readFile(u":/wb/data/relevance.json"_s));
    }

    void context()
    {
        const QByteArray setup = "[project.scripts]\nmatfoo-run = \"matfoo.main:run\"\n";
        const RepositoryContext ctx = RelevancePrior::buildContext({u"matfoo/__init__.py"_s, u"matfoo/main.py"_s},
                                                                   "see ./docs/x.md.", {setup});
        QVERIFY(ctx.packageNames.contains(u"matfoo"_s));
        QVERIFY(ctx.entryPoints.contains(u"matfoo/main.py"_s));
        QCOMPARE(ctx.commands.value(u"matfoo-run"_s), u"matfoo/main.py"_s);
        QVERIFY(ctx.readmeMentions.contains(u"docs/x.md"_s));
    }

    void testSupportGainsNothingFromTheTests()
    {
        // pyfoo/testing.py is imported by tests only: a strong test does not lift its helpers.
        const PriorAssessment helper = m_ranked.byPath.value(u"pyfoo/testing.py"_s);
        const PriorAssessment core = m_ranked.byPath.value(u"pyfoo/core.py"_s);
        QVERIFY2(!helper.reasons.join(u"; "_s).contains(u"goes with"_s), qPrintable(helper.reasons.join(u"; "_s)));
        QVERIFY2(core.reasons.join(u"; "_s).contains(u"goes with"_s), qPrintable(core.reasons.join(u"; "_s)));
    }

    void tutorialRepositoryWithoutPackage()
    {
        // No package: the notebooks at the root are the repository's working parts; of a numbered series of
        // data files the first stays ahead of its variants.
        const QList<std::pair<QString, QByteArray>> files{
            {u"README.md"_s, "# Fitting tutorials\n"},
            {u"T01_Practice.ipynb"_s, "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"import ase\"]}],\"nbformat\":4}"},
            {u"users/Users.ipynb"_s, "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"read('data/train_1.xyz')\\n\",\"read('data/train_2.xyz')\\n\","
                                     "\"read('data/train_3.xyz')\\n\",\"read('data/test.xyz')\"]}],\"nbformat\":4}"},
            {u"users/data/train_1.xyz"_s, "1\nH 0 0 0\n"},
            {u"users/data/train_2.xyz"_s, "1\nH 0 0 1\n"},
            {u"users/data/train_3.xyz"_s, "1\nH 0 0 2\n"},
            {u"users/data/test.xyz"_s, "1\nH 0 0 3\n"},
        };
        const QList<PriorAssessment> r = rankFiles(files);
        QVERIFY2(r[1].reasons.join(u"; "_s).contains(u"at the root of a repository without a package"_s), qPrintable(r[1].reasons.join(u"; "_s)));
        QVERIFY(!r[2].reasons.join(u"; "_s).contains(u"without a package"_s));
        QVERIFY2(r[1].score > r[2].score, qPrintable(u"%1 vs %2"_s.arg(r[1].score).arg(r[2].score)));
        // train_1 leads its series; train_2 and train_3 are its variants and fall behind test.xyz.
        QVERIFY(!r[3].reasons.join(u"; "_s).contains(u"numbered series"_s));
        for (const int k : {4, 5}) {
            QVERIFY2(r[k].reasons.join(u"; "_s).contains(u"one of a numbered series with train_1.xyz"_s), qPrintable(r[k].reasons.join(u"; "_s)));
            QVERIFY(r[k].score < r[6].score);
        }
        QVERIFY(r[3].score >= r[6].score);
    }

    void readmeLinksToPublishedPages()
    {
        const QByteArray readme = "# pyfoo\nStart with the [phonon tutorial](https://pyfoo.readthedocs.io/en/latest/tutorials/phonons.html).\n"
                                  "Theory: https://other-project.org/theory.html\n"
                                  "## Installation\nSee https://pyfoo.readthedocs.io/en/latest/install.html\n";
        const QList<std::pair<QString, QByteArray>> files{
            {u"README.md"_s, readme},
            {u"pyfoo/__init__.py"_s, "def run():\n    pass\n"},
            {u"docs/tutorials/phonons.md"_s, "# Phonons\n\nSome words about phonons.\n"},
            {u"docs/theory.md"_s, "# Theory\n\nSome words about theory.\n"},
            {u"docs/install.md"_s, "# Install\n\nSome words about installing.\n"},
        };
        QStringList paths;
        for (const auto &[path, content] : files)
            paths << path;
        QCOMPARE(RelevancePrior::buildContext(paths, readme, {}).readmeDocPages, QSet<QString>{u"docs/tutorials/phonons.md"_s});

        const QList<PriorAssessment> ranked = rankFiles(files);
        const PriorAssessment &linked = ranked[2], &theory = ranked[3], &install = ranked[4];
        QVERIFY(linked.readmeNamed);
        QVERIFY(!theory.readmeNamed && !install.readmeNamed);
        QVERIFY2(linked.score > theory.score, qPrintable(linked.reasons.join(u"; "_s)));
        QVERIFY2(linked.reasons.join(u"; "_s).contains(u"the README links its published page"_s), qPrintable(linked.reasons.join(u"; "_s)));
    }

    /** Pairs: the first file ranks above the second, and why. */
    void order_data()
    {
        QTest::addColumn<QString>("higher");
        QTest::addColumn<QString>("lower");
        QTest::newRow("README first") << u"README.md"_s << u"pyfoo/core.py"_s;
        QTest::newRow("re-exported class beats its gatherer") << u"pyfoo/core.py"_s << u"pyfoo/__init__.py"_s;
        QTest::newRow("used module beats unused") << u"pyfoo/core.py"_s << u"pyfoo/rarely.py"_s;
        QTest::newRow("the package's own helper beats the tests' helper") << u"pyfoo/util.py"_s << u"pyfoo/testing.py"_s;
        QTest::newRow("example beats test") << u"examples/relax.py"_s << u"tests/test_core.py"_s;
        QTest::newRow("opened data beats unopened") << u"examples/slab/POSCAR"_s << u"examples/unused.dat"_s;
        QTest::newRow("test data opened by a test") << u"tests/files/Cu.json"_s << u"tests/files/Unread.json"_s;
        QTest::newRow("script-local import") << u"examples/helpers.py"_s << u"other/helpers.py"_s;
        QTest::newRow("usage docs beat generated API stub") << u"docs/usage.md"_s << u"docs/api.rst"_s;
        QTest::newRow("usage docs beat docs plumbing") << u"docs/usage.md"_s << u"docs/conf.py"_s;
        QTest::newRow("test beats Makefile") << u"tests/test_core.py"_s << u"docs/Makefile"_s;
        QTest::newRow("original beats its copy") << u"examples/relax.py"_s << u"examples/copy_of_relax.py"_s;
        QTest::newRow("entry point beats housekeeping") << u"pyfoo/cli.py"_s << u"CHANGELOG.md"_s;
        QTest::newRow("setup facts beat an image") << u"setup.py"_s << u"images/logo.svg"_s;
    }

    void order()
    {
        QFETCH(QString, higher);
        QFETCH(QString, lower);
        const PriorAssessment a = m_ranked.byPath.value(higher), b = m_ranked.byPath.value(lower);
        QVERIFY2(a.score > b.score, qPrintable(u"%1 %2 [%3] vs %4 %5 [%6]"_s.arg(higher).arg(a.score).arg(a.reasons.join(u"; "_s), lower)
                                                   .arg(b.score).arg(b.reasons.join(u"; "_s))));
        QVERIFY(a.prior >= b.prior);
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("root README") << u"README.md"_s << u"root README"_s;
        QTest::newRow("README names the class") << u"pyfoo/core.py"_s << u"defines Relaxer, named in the README"_s;
        QTest::newRow("imports counted") << u"pyfoo/core.py"_s << u"imported by"_s;
        QTest::newRow("command named in the README") << u"pyfoo/cli.py"_s << u"package entry point"_s;
        QTest::newRow("opened by the example") << u"examples/slab/POSCAR"_s << u"opened or named by examples/relax.py"_s;
        QTest::newRow("tested module") << u"tests/test_core.py"_s << u"tests pyfoo/core.py"_s;
        QTest::newRow("named in the README") << u"docs/usage.md"_s << u"named in the README"_s;
        QTest::newRow("duplicate") << u"examples/copy_of_relax.py"_s << u"same content as examples/relax.py"_s;
        QTest::newRow("plumbing") << u"docs/conf.py"_s << u"plumbing"_s;
        QTest::newRow("API stub") << u"docs/api.rst"_s << u"generated API stub"_s;
        QTest::newRow("vendored") << u"third_party/lib/x.py"_s << u"vendored"_s;
        QTest::newRow("housekeeping") << u"CHANGELOG.md"_s << u"housekeeping"_s;
    }

    void reasons()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QString text = m_ranked.byPath.value(path).reasons.join(u"; "_s);
        QVERIFY2(text.contains(reason), qPrintable(path + u": "_s + text));
    }

    void readmeNamedFilesAreFlagged()
    {
        QVERIFY(m_ranked.byPath.value(u"docs/usage.md"_s).readmeNamed);
        QVERIFY(m_ranked.byPath.value(u"examples/relax.py"_s).readmeNamed);
        QVERIFY(!m_ranked.byPath.value(u"CHANGELOG.md"_s).readmeNamed);   // housekeeping is never forced in
        QVERIFY(!m_ranked.byPath.value(u"pyfoo/util.py"_s).readmeNamed);
    }

    void bandsFollowTheScore()
    {
        for (auto it = m_ranked.byPath.cbegin(); it != m_ranked.byPath.cend(); ++it) {
            QVERIFY(it.value().prior >= 1 && it.value().prior <= 5);
            QVERIFY(!it.value().reasons.isEmpty());
        }
        QCOMPARE(m_ranked.byPath.value(u"README.md"_s).prior, 5);
        QCOMPARE(m_ranked.byPath.value(u"third_party/lib/x.py"_s).prior, 1);
        QCOMPARE(m_ranked.byPath.value(u"third_party/lib/x.py"_s).score, 0.0);
        QCOMPARE(m_ranked.order.first(), u"README.md"_s);
    }

    void flagsForceLowestPrior_data()
    {
        QTest::addColumn<int>("flag");
        QTest::newRow("lfs") << 1;
        QTest::newRow("symlink") << 2;
        QTest::newRow("submodule") << 3;
    }

    void flagsForceLowestPrior()
    {
        QFETCH(int, flag);
        PriorInput input;
        input.path = u"examples/run.py"_s;
        input.category = FileCategory::Code;
        input.isLfsPointer = flag == 1;
        input.kind = flag == 2 ? wb::store::FileKind::Symlink : flag == 3 ? wb::store::FileKind::Submodule : wb::store::FileKind::File;
        const PriorAssessment a = RelevancePrior::assess(input, {});
        QCOMPARE(a.prior, 1);
        QCOMPARE(a.score, 0.0);
    }

    void aNameHundredsOfFilesShareIsNotResolved()
    {
        // 300 run folders each with its own data.json and a script naming "shared.json", which 300 other
        // folders hold: the local data.json is found; "shared.json" is too ambiguous to credit anyone.
        RepositoryContext ctx;
        RelevancePrior prior(ctx);
        QList<QString> order;
        for (int i = 0; i < 300; ++i) {
            for (const auto &[path, content] : std::initializer_list<std::pair<QString, QByteArray>>{
                     {u"runs/r%1/run.py"_s.arg(i), "import json\nd = json.load(open('data.json'))\ns = open('shared.json')\n"},
                     {u"runs/r%1/data.json"_s.arg(i), "{}"},
                     {u"store/s%1/shared.json"_s.arg(i), "{}"}}) {
                PriorInput in;
                in.path = path;
                in.category = LanguageDetector::instance().detect(path, content).category;
                in.content = content;
                in.sizeBytes = content.size();
                prior.add(in);
                order << path;
            }
        }
        const QList<PriorAssessment> ranked = prior.rank();
        QVERIFY2(ranked[order.indexOf(u"runs/r7/data.json"_s)].reasons.join(u' ').contains(u"runs/r7/run.py"_s),
                 qPrintable(ranked[order.indexOf(u"runs/r7/data.json"_s)].reasons.join(u"; "_s)));
        QVERIFY(!ranked[order.indexOf(u"store/s7/shared.json"_s)].reasons.join(u' ').contains(u"opened or named"_s));
    }

    void binaryDataIsRankedImagesAreNot()
    {
        PriorInput data;
        data.path = u"tests/vasprun.xml.gz"_s;
        data.isBinary = true;
        PriorInput image = data;
        image.path = u"docs/figure.png"_s;
        QVERIFY(RelevancePrior::assess(data, {}).score > RelevancePrior::assess(image, {}).score);
        QVERIFY(RelevancePrior::assess(data, {}).reasons.join(u' ').contains(u"binary data"_s));
    }
};

QTEST_APPLESS_MAIN(TstRelevancePrior)
#include "tst_relevanceprior.moc"
