// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/publisheddocs.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::repo;

namespace {

const QStringList kTree{
    u"README.md"_s,
    u"matfoo/__init__.py"_s,
    u"docs/source/tutorials.rst"_s,
    u"docs/source/index.rst"_s,
    u"docs/getting_started/client.md"_s,
    u"docs/getting_started/index.md"_s,
    u"docs/integrations/ase.md"_s,
    u"docs/integrations/lammps/index.md"_s,
    u"docs/guide/usage.md"_s,
    u"docs/reference/usage.md"_s,   // "usage" alone is ambiguous
    u"docs/Install.rst"_s,
    u"docs/_static/logo.png"_s,
    u"examples/run.py"_s,
};
const QSet<QString> kDocsDirs{u"docs"_s, u"doc"_s};
const QStringList kNames{u"matfoo"_s};

} // namespace

class TstPublishedDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageFor_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("page");
        QTest::newRow("readthedocs .html") << u"https://matfoo.readthedocs.io/en/latest/tutorials.html"_s
                                           << u"docs/source/tutorials.rst"_s;
        QTest::newRow("anchor and query") << u"http://matfoo.readthedocs.io/en/stable/tutorials.html?x=1#broadening"_s
                                          << u"docs/source/tutorials.rst"_s;
        QTest::newRow("mkdocs trailing slash") << u"https://www.example.org/matfoo-tools/latest/getting_started/client/"_s
                                               << u"docs/getting_started/client.md"_s;
        QTest::newRow("folder index") << u"https://matfoo.readthedocs.io/en/latest/integrations/lammps/index.html"_s
                                      << u"docs/integrations/lammps/index.md"_s;
        QTest::newRow("folder without index") << u"https://matfoo.github.io/getting_started/"_s
                                              << u"docs/getting_started/index.md"_s;
        QTest::newRow("nested page") << u"https://matfoo.readthedocs.io/en/latest/integrations/ase.html"_s
                                     << u"docs/integrations/ase.md"_s;
        QTest::newRow("longer suffix settles an ambiguous name") << u"https://matfoo.readthedocs.io/en/latest/guide/usage.html"_s
                                                                 << u"docs/guide/usage.md"_s;
        QTest::newRow("ambiguous") << u"https://matfoo.readthedocs.io/usage.html"_s << QString();
        QTest::newRow("case of the source kept") << u"https://matfoo.readthedocs.io/en/latest/install.html"_s
                                                 << u"docs/Install.rst"_s;
        QTest::newRow("source on GitHub") << u"https://github.com/org/matfoo/blob/main/docs/integrations/ase.md"_s
                                          << u"docs/integrations/ase.md"_s;
        QTest::newRow("another project's documentation") << u"https://ase-lib.org/en/latest/tutorials.html"_s << QString();
        QTest::newRow("the project's landing page") << u"https://example.org/matfoo/"_s << QString();
        QTest::newRow("project named only by the page") << u"https://example.org/tutorials/matfoo.html"_s << QString();
        QTest::newRow("no such page") << u"https://matfoo.readthedocs.io/en/latest/theory.html"_s << QString();
        QTest::newRow("not a documentation page") << u"https://matfoo.github.io/_static/logo.png"_s << QString();
        QTest::newRow("not an address") << u"docs/source/tutorials.rst"_s << QString();
    }

    void pageFor()
    {
        QFETCH(QString, url);
        QFETCH(QString, page);
        const PublishedDocs docs(kTree, kDocsDirs);
        QCOMPARE(docs.pageFor(url, kNames), page);
    }

    void pagesLinkedFromReadme()
    {
        const QString readme = u"# matfoo\n"
                               "See the [tutorial](https://matfoo.readthedocs.io/en/latest/tutorials.html), and again "
                               "<https://matfoo.readthedocs.io/en/latest/tutorials.html>.\n"
                               "```python\n# Installation\nurl = 'https://matfoo.readthedocs.io/en/latest/integrations/ase.html'\n```\n"
                               "Usage\n-----\nThe [client](https://matfoo.github.io/getting_started/client/).\n"
                               "## Installation\nSee https://matfoo.readthedocs.io/en/latest/install.html.\n"
                               "Contributing\n============\n`guide <https://matfoo.readthedocs.io/en/latest/guide/usage.html>`_\n"
                               "## Examples\nhttps://matfoo.readthedocs.io/en/latest/integrations/lammps/index.html\n"_s;
        const PublishedDocs docs(kTree, kDocsDirs);
        const QSet<QString> skipped{u"installation"_s, u"contributing"_s};
        QCOMPARE(docs.pagesLinkedFrom(readme, kNames, skipped),
                 (QStringList{u"docs/source/tutorials.rst"_s, u"docs/getting_started/client.md"_s,
                              u"docs/integrations/lammps/index.md"_s}));
        // Without skipped sections the installation and contributing links count; code blocks never do.
        QCOMPARE(docs.pagesLinkedFrom(readme, kNames).size(), 5);
    }

    void noDocumentationFolder()
    {
        const PublishedDocs docs({u"README.md"_s, u"tutorials.md"_s}, kDocsDirs);
        QVERIFY(docs.pagesLinkedFrom(u"https://matfoo.readthedocs.io/tutorials.html"_s, kNames).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPublishedDocs)
#include "tst_publisheddocs.moc"
