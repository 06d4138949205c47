// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/sourcefeatures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::repo;
using wb::store::FileCategory;

class TstSourceFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonImports()
    {
        const QByteArray code = "import os, numpy as np\nfrom .core import (Relaxer,\n    Builder as B)  # two\n"
                                "from .. import util\nfrom pkg.sub import *\n    import inner.mod\n";
        const SourceFeatures f = SourceFeatures::extract(u"pkg/a.py"_s, FileCategory::Code, code);
        QCOMPARE(f.imports.size(), 6);
        QCOMPARE(f.imports[0].module, u"os"_s);
        QCOMPARE(f.imports[1].module, u"numpy"_s);
        QCOMPARE(f.imports[2].module, u".core"_s);
        QCOMPARE(f.imports[2].names, (QStringList{u"Relaxer"_s, u"Builder"_s}));
        QCOMPARE(f.imports[3].module, u".."_s);
        QCOMPARE(f.imports[3].names, QStringList{u"util"_s});
        QCOMPARE(f.imports[4].names, QStringList{u"*"_s});
        QCOMPARE(f.imports[5].module, u"inner.mod"_s);
    }

    void fileReferences_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("how");   // read | mentioned | written
        QTest::newRow("read") << QByteArray("Runner.from_vasprun('vasprun.xml.gz')") << u"vasprun.xml.gz"_s << u"read"_s;
        QTest::newRow("path") << QByteArray("p = \"test/SnO2/vasprun.xml.gz\"") << u"test/SnO2/vasprun.xml.gz"_s << u"mentioned"_s;
        QTest::newRow("f-string") << QByteArray("EAM(f\"{os.path.dirname(__file__)}/Au.eam.alloy\")") << u"Au.eam.alloy"_s << u"mentioned"_s;
        QTest::newRow("leading ./") << QByteArray("read('./data/x.xyz')") << u"data/x.xyz"_s << u"read"_s;
        QTest::newRow("command-line input") << QByteArray("!run --train_file=\"data/train.xyz\"") << u"data/train.xyz"_s << u"read"_s;
        QTest::newRow("figure written") << QByteArray("plt.savefig(\"bands.png\", dpi=300)") << u"bands.png"_s << u"written"_s;
        QTest::newRow("open for writing") << QByteArray("with open('out.json', 'w') as f:") << u"out.json"_s << u"written"_s;
        QTest::newRow("written, then read") << QByteArray("write('data/train.xyz', db)\nconfigs = read('data/train.xyz', ':')\n")
                                            << u"data/train.xyz"_s << u"read"_s;
    }

    void fileReferences()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, reference);
        QFETCH(QString, how);
        const SourceFeatures f = SourceFeatures::extract(u"a.py"_s, FileCategory::Code, code);
        const QString all = u"read: %1; mentioned: %2; written: %3"_s.arg(f.fileReferences.join(u", "_s), f.mentionedFiles.join(u", "_s),
                                                                           f.outputs.join(u", "_s));
        QVERIFY2((how == u"read"_s ? f.fileReferences : how == u"mentioned"_s ? f.mentionedFiles : f.outputs).contains(reference),
                 qPrintable(all));
        QCOMPARE(f.fileReferences.count(reference) + f.mentionedFiles.count(reference) + f.outputs.count(reference), 1);
    }

    void notAFileName()
    {
        const SourceFeatures f = SourceFeatures::extract(u"a.py"_s, FileCategory::Code,
                                                         "x = 'hello world'\nurl = 'https://x.org/a.json'\ny = '...'\n");
        QVERIFY2(f.fileReferences.isEmpty() && f.mentionedFiles.isEmpty(), qPrintable(f.mentionedFiles.join(u", "_s)));
    }

    void definitions()
    {
        const SourceFeatures f = SourceFeatures::extract(u"a.py"_s, FileCategory::Code,
                                                         "class Relaxer:\n    def inner(self): pass\n\ndef top():\n    pass\nasync def later(): pass\n");
        QCOMPARE(f.definitions, (QSet<QString>{u"Relaxer"_s, u"top"_s, u"later"_s}));
    }

    void documentation()
    {
        const QByteArray md = "# Use\nRun `nequip-train` with [the config](configs/tutorial.yaml) and see\n"
                              ":doc:`guide <guide/workflow>` or `tutorial <applications/elastic.html>`_.\n\n"
                              "    >>> from pkg.model import Builder\n    >>> Builder().fit()\n\n"
                              "The class `StructureCondenser` and model `pkg.model.NequIP`.\n"
                              "An example's [settings](https://github.com/org/pkg/blob/main/examples/GaAs/settings.yaml), "
                              "`the data <https://github.com/org/pkg/tree/v1.2/tests/data>`_ and [a site](https://pkg.org/x.yaml).\n";
        const SourceFeatures f = SourceFeatures::extract(u"docs/use.md"_s, FileCategory::Docs, md);
        QVERIFY(f.mentions.contains(u"nequip-train"_s));
        QVERIFY(f.mentions.contains(u"StructureCondenser"_s));
        QVERIFY(f.links.contains(u"configs/tutorial.yaml"_s));
        QVERIFY(f.links.contains(u"guide/workflow"_s));
        QVERIFY(f.links.contains(u"examples/GaAs/settings.yaml"_s));   // a GitHub address names the path
        QVERIFY(f.links.contains(u"tests/data"_s));
        QVERIFY(!f.links.contains(u"x.yaml"_s) && !f.links.contains(u"https://pkg.org/x.yaml"_s));
        QVERIFY(f.links.contains(u"applications/elastic"_s));
        QCOMPARE(f.imports.size(), 1);
        QCOMPARE(f.imports[0].module, u"pkg.model"_s);
        QVERIFY(f.dottedNames.contains(u"pkg.model.NequIP"_s));
        QVERIFY(f.codeLines >= 2);
        QVERIFY(!f.apiStub);
    }

    void apiStub()
    {
        const QByteArray rst = "pkg.core\n========\n\n.. automodule:: pkg.core\n   :members:\n   :undoc-members:\n   :show-inheritance:\n";
        QVERIFY(SourceFeatures::extract(u"docs/pkg.core.rst"_s, FileCategory::Docs, rst).apiStub);
    }

    void navigationPages_data()
    {
        QTest::addColumn<QByteArray>("rst");
        QTest::addColumn<bool>("stub");
        QTest::newRow("sphinx-apidoc modules.rst") << QByteArray("pkg\n===\n\n.. toctree::\n   :maxdepth: 4\n\n   pkg\n") << true;
        QTest::newRow("overlined title") << QByteArray("=====\nGuide\n=====\n\n.. toctree::\n\n   intro\n   usage\n") << true;
        QTest::newRow("toctree and prose") << QByteArray("Tutorials\n=========\n\nStart here to broaden a spectrum.\n\n"
                                                         ".. toctree::\n\n   broadening\n") << false;
        QTest::newRow("two sections") << QByteArray("Aaa\n===\n\n.. toctree::\n\n   x\n\nBbb\n===\n") << false;
        QTest::newRow("no toctree") << QByteArray("Title\n=====\n") << false;
    }

    void navigationPages()
    {
        QFETCH(QByteArray, rst);
        QFETCH(bool, stub);
        QCOMPARE(SourceFeatures::extract(u"docs/index.rst"_s, FileCategory::Docs, rst).apiStub, stub);
    }

    void notebookCodeCellsBeyondTheTextLimit()
    {
        // Outputs make a notebook long; its code cells are read from the whole JSON.
        const QByteArray output = QByteArray(400 * 1024, 'x');
        const QByteArray nb = "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"print(1)\"],\"outputs\":[{\"text\":\"" + output
                              + "\"}]},{\"cell_type\":\"code\",\"source\":[\"from mace.calculators import X\\n\",\"m = 'model_swa.model'\"],"
                                "\"outputs\":[]}],\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{}}";
        const SourceFeatures f = SourceFeatures::extract(u"t.ipynb"_s, FileCategory::Notebook, nb);
        QVERIFY2(f.mentionedFiles.contains(u"model_swa.model"_s), qPrintable(f.mentionedFiles.join(u", "_s)));
        QCOMPARE(f.imports.size(), 1);
    }

    void generatedCode()
    {
        QVERIFY(SourceFeatures::extract(u"a_pb2.py"_s, FileCategory::Code, "# Generated by the protocol buffer compiler.  DO NOT EDIT!\n").generated);
        QVERIFY(!SourceFeatures::extract(u"a.py"_s, FileCategory::Code, "import os\n").generated);
    }

    void emptyAndHostileInput()
    {
        QVERIFY(SourceFeatures::extract(u"a.py"_s, FileCategory::Code, {}).imports.isEmpty());
        const QByteArray junk("\xff\xfe\x00from \x00import (\n\n", 16);
        SourceFeatures::extract(u"a.py"_s, FileCategory::Code, junk);   // never throws
        SourceFeatures::extract(u"a.ipynb"_s, FileCategory::Notebook, "{not json");
    }
};

QTEST_APPLESS_MAIN(TstSourceFeatures)
#include "tst_sourcefeatures.moc"
