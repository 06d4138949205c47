// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/languagedetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wb::repo::LanguageDetector;
using wb::store::FileCategory;

class TstLanguageDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("language");
        QTest::addColumn<FileCategory>("category");

        QTest::newRow("python") << u"src/pkg/core.py"_s << QByteArray() << u"Python"_s << FileCategory::Code;
        QTest::newRow("notebook") << u"examples/Demo.ipynb"_s << QByteArray() << u"Jupyter Notebook"_s << FileCategory::Notebook;
        QTest::newRow("fortran upper") << u"src/solver.F90"_s << QByteArray() << u"Fortran"_s << FileCategory::Code;
        QTest::newRow("fortran lower") << u"src/solver.f90"_s << QByteArray() << u"Fortran"_s << FileCategory::Code;
        QTest::newRow("shell") << u"scripts/run.sh"_s << QByteArray() << u"Bash"_s << FileCategory::Script;
        QTest::newRow("makefile") << u"Makefile"_s << QByteArray() << u"Makefile"_s << FileCategory::Script;
        QTest::newRow("markdown") << u"README.md"_s << QByteArray() << u"Markdown"_s << FileCategory::Docs;
        QTest::newRow("rst") << u"docs/index.rst"_s << QByteArray() << u"reStructuredText"_s << FileCategory::Docs;
        QTest::newRow("requirements") << u"requirements.txt"_s << QByteArray() << u"Requirements"_s << FileCategory::Other;
        QTest::newRow("cif") << u"data/NaCl.cif"_s << QByteArray() << u"Crystallography"_s << FileCategory::Data;
        QTest::newRow("POSCAR") << u"tests/files/POSCAR"_s << QByteArray() << u"Crystallography"_s << FileCategory::Data;
        QTest::newRow("lammps input") << u"examples/in.melt"_s << QByteArray() << u"LAMMPS input"_s << FileCategory::Script;
        QTest::newRow("yaml") << u"environment.yml"_s << QByteArray() << u"YAML"_s << FileCategory::Data;
        QTest::newRow("shebang env python") << u"bin/pyfoo"_s << QByteArray("#!/usr/bin/env python3\nimport x") << u"Python"_s
                                            << FileCategory::Code;
        QTest::newRow("shebang bash") << u"bin/setup"_s << QByteArray("#!/bin/bash -e\n") << u"Bash"_s << FileCategory::Script;
        QTest::newRow("shebang versioned") << u"tool"_s << QByteArray("#!/usr/bin/python3.11\n") << u"Python"_s << FileCategory::Code;
        QTest::newRow("unknown") << u"weird.xyzzy"_s << QByteArray("hello") << QString() << FileCategory::Other;
        QTest::newRow("dotfile only") << u".hidden"_s << QByteArray() << QString() << FileCategory::Other;
    }

    void detect()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, head);
        QFETCH(QString, language);
        QFETCH(FileCategory, category);
        const auto info = LanguageDetector::instance().detect(path, head);
        QCOMPARE(info.language, language);
        QCOMPARE(int(info.category), int(category));
    }

    void binaryFormats()
    {
        QVERIFY(LanguageDetector::instance().detect(u"model.pt"_s).binaryFormat);
        QVERIFY(LanguageDetector::instance().detect(u"fig.png"_s).binaryFormat);
        QVERIFY(!LanguageDetector::instance().detect(u"a.py"_s).binaryFormat);
    }
};

QTEST_APPLESS_MAIN(TstLanguageDetector)
#include "tst_languagedetector.moc"
