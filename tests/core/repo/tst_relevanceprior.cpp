// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/languagedetector.h"
#include "repo/relevanceprior.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::repo;
using wb::store::FileCategory;

class TstRelevancePrior : public QObject
{
    Q_OBJECT

    RepositoryContext m_context;

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList paths{u"README.md"_s,           u"pyfoo/__init__.py"_s,    u"pyfoo/core.py"_s,
                                u"pyfoo/cli.py"_s,        u"examples/relax.py"_s,    u"docs/usage.md"_s,
                                u"tests/test_core.py"_s,  u"scripts/train.py"_s,     u"setup.py"_s};
        const QByteArray readme = "# pyfoo\nRun `python scripts/train.py` or see docs/usage.md. News in CHANGELOG.md.\n";
        const QByteArray setup = "setup(name='pyfoo', entry_points={'console_scripts': ['pyfoo = pyfoo.cli:main']})";
        m_context = RelevancePrior::buildContext(paths, readme, {setup});
    }

    void context()
    {
        QVERIFY(m_context.packageNames.contains(u"pyfoo"_s));
        QVERIFY(m_context.entryPoints.contains(u"pyfoo/cli.py"_s));
        QVERIFY(m_context.readmeMentions.contains(u"scripts/train.py"_s));
        QVERIFY(m_context.readmeMentions.contains(u"docs/usage.md"_s));
    }

    void assess_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("prior");
        QTest::addColumn<QString>("reason");

        QTest::newRow("root README") << u"README.md"_s << QByteArray("# x") << 5 << u"root README"_s;
        QTest::newRow("entry point") << u"pyfoo/cli.py"_s << QByteArray("def main(): pass") << 5 << u"entry point"_s;
        QTest::newRow("example using package") << u"examples/relax.py"_s << QByteArray("from pyfoo import core\n") << 5
                                               << u"examples"_s;
        QTest::newRow("README-named script") << u"scripts/train.py"_s << QByteArray("x = 1\n") << 4 << u"README"_s;
        QTest::newRow("library module") << u"pyfoo/core.py"_s << QByteArray("import pyfoo.util\n") << 3 << QString();
        QTest::newRow("test") << u"tests/test_core.py"_s << QByteArray("import pyfoo\n") << 2 << u"test"_s;
        QTest::newRow("setup facts") << u"setup.py"_s << QByteArray("setup()") << 4 << u"setup"_s;
        QTest::newRow("changelog") << u"CHANGELOG.md"_s << QByteArray("v1") << 1 << u"housekeeping"_s;
        QTest::newRow("docs folder") << u"docs/api.rst"_s << QByteArray("API") << 3 << u"documentation"_s;
        QTest::newRow("data") << u"data/structures.csv"_s << QByteArray("a,b\n") << 1 << QString();
        QTest::newRow("vendored") << u"third_party/lib/x.py"_s << QByteArray("x") << 1 << u"vendored"_s;
        QTest::newRow("deep") << u"a/b/c/d/e.py"_s << QByteArray("x") << 2 << u"deeply nested"_s;
        QTest::newRow("empty init") << u"pyfoo/__init__.py"_s << QByteArray("") << 1 << u"__init__"_s;
        QTest::newRow("notebook example") << u"examples/tutorial.ipynb"_s << QByteArray("{}") << 5 << u"notebook"_s;
    }

    void assess()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        QFETCH(int, prior);
        QFETCH(QString, reason);
        PriorInput input;
        input.path = path;
        const LanguageInfo info = LanguageDetector::instance().detect(path, content);
        input.category = info.category;
        input.sizeBytes = content.size() + (path.endsWith(u"__init__.py"_s) ? 0 : 1000);
        input.content = content;
        const PriorAssessment a = RelevancePrior::assess(input, m_context);
        QCOMPARE(a.prior, prior);
        if (!reason.isEmpty())
            QVERIFY2(a.reasons.join(u"; "_s).contains(reason), qPrintable(a.reasons.join(u"; "_s)));
    }

    void flagsForceLowestPrior_data()
    {
        QTest::addColumn<int>("flag");
        QTest::newRow("binary") << 0;
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
        input.isBinary = flag == 0;
        input.isLfsPointer = flag == 1;
        input.kind = flag == 2 ? wb::store::FileKind::Symlink : flag == 3 ? wb::store::FileKind::Submodule : wb::store::FileKind::File;
        QCOMPARE(RelevancePrior::assess(input, m_context).prior, 1);
    }
};

QTEST_APPLESS_MAIN(TstRelevancePrior)
#include "tst_relevanceprior.moc"
