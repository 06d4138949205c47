// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/licensedetector.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using wb::repo::LicenseDetector;

class TstLicenseDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every file in tests/data/licenses is named <expected SPDX id>.<variant>.<ext> ("unknown" = none).
    void licenceTexts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QDir dir(QStringLiteral(WB_TEST_DATA_DIR "/licenses"));
        const auto files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 15);
        for (const QString &f : files) {
            const QString id = f.section(u'.', 0, -3);
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << (id == u"unknown"_s ? QString() : id);
        }
    }

    void licenceTexts()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(LicenseDetector::instance().identifyText(f.readAll()), expected);
    }

    void metadataValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spdx id") << u"MIT"_s << u"MIT"_s;
        QTest::newRow("spdx id lower case") << u"apache-2.0"_s << u"Apache-2.0"_s;
        QTest::newRow("prose") << u"Apache License, Version 2.0"_s << u"Apache-2.0"_s;
        QTest::newRow("classifier") << u"License :: OSI Approved :: MIT License"_s << u"MIT"_s;
        QTest::newRow("classifier gpl3+") << u"License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)"_s
                                         << u"GPL-3.0-or-later"_s;
        QTest::newRow("new bsd") << u"new BSD"_s << u"BSD-3-Clause"_s;
        QTest::newRow("bare BSD is ambiguous") << u"BSD License"_s << QString();
        QTest::newRow("expression") << u"MIT OR Apache-2.0"_s << u"MIT OR Apache-2.0"_s;
        QTest::newRow("expression with unknown part") << u"MIT OR Proprietary"_s << QString();
        QTest::newRow("R description") << u"GPL (>= 3)"_s << u"GPL-3.0-or-later"_s;
        QTest::newRow("nonsense") << u"see file"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void metadataValues()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(LicenseDetector::instance().identifyValue(value), expected);
    }

    void metadataFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("setup.py") << u"setup.py"_s << QByteArray("setup(\n    name='pyfoo',\n    license=\"MIT\",\n)\n") << u"MIT"_s;
        QTest::newRow("setup.py classifier only")
            << u"setup.py"_s << QByteArray("classifiers=['License :: OSI Approved :: BSD License', 'License :: OSI Approved :: Apache Software License']")
            << u"Apache-2.0"_s;
        QTest::newRow("pyproject text table") << u"pyproject.toml"_s
                                              << QByteArray("[project]\nname = \"x\"\nlicense = {text = \"BSD-3-Clause\"}\n")
                                              << u"BSD-3-Clause"_s;
        QTest::newRow("pyproject string") << u"pyproject.toml"_s << QByteArray("[project]\nlicense = \"LGPL-3.0-or-later\"\n")
                                          << u"LGPL-3.0-or-later"_s;
        QTest::newRow("setup.cfg bare") << u"setup.cfg"_s << QByteArray("[metadata]\nname = x\nlicense = MIT\n") << u"MIT"_s;
        QTest::newRow("package.json") << u"package.json"_s << QByteArray("{\"name\": \"x\", \"license\": \"ISC\"}") << u"ISC"_s;
        QTest::newRow("package.json broken") << u"package.json"_s << QByteArray("{\"license\": ") << QString();
        QTest::newRow("R DESCRIPTION") << u"DESCRIPTION"_s << QByteArray("Package: x\nLicense: GPL-3\n") << u"GPL-3.0-only"_s;
    }

    void metadataFiles()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QCOMPARE(LicenseDetector::instance().identifyMetadata(path, content), expected);
    }

    void repositoryDecision()
    {
        const auto &d = LicenseDetector::instance();
        QFile gpl(QStringLiteral(WB_TEST_DATA_DIR "/licenses/GPL-3.0-only.full.txt"));
        QFile lgpl(QStringLiteral(WB_TEST_DATA_DIR "/licenses/LGPL-3.0-only.full.txt"));
        QFile mit(QStringLiteral(WB_TEST_DATA_DIR "/licenses/MIT.plain.txt"));
        QFile apache(QStringLiteral(WB_TEST_DATA_DIR "/licenses/Apache-2.0.full.txt"));
        QVERIFY(gpl.open(QIODevice::ReadOnly) && lgpl.open(QIODevice::ReadOnly) && mit.open(QIODevice::ReadOnly)
                && apache.open(QIODevice::ReadOnly));
        const QByteArray gplText = gpl.readAll(), lgplText = lgpl.readAll(), mitText = mit.readAll(),
                         apacheText = apache.readAll();

        // COPYING + COPYING.LESSER: the project is LGPL.
        auto r = d.detect({{u"COPYING"_s, gplText}, {u"COPYING.LESSER"_s, lgplText}});
        QCOMPARE(r.spdx, u"LGPL-3.0-only"_s);
        QCOMPARE(r.source, u"COPYING.LESSER"_s);
        // Dual licence files.
        r = d.detect({{u"LICENSE-MIT"_s, mitText}, {u"LICENSE-APACHE"_s, apacheText}});
        QCOMPARE(r.spdx, u"Apache-2.0 OR MIT"_s);
        // A licence file wins over metadata; metadata fills in when the file is unknown text.
        r = d.detect({{u"LICENSE"_s, mitText}, {u"setup.py"_s, "license='GPLv3'"}});
        QCOMPARE(r.spdx, u"MIT"_s);
        r = d.detect({{u"LICENSE"_s, "All rights reserved."}, {u"setup.py"_s, "license='GPLv3'"}});
        QCOMPARE(r.spdx, u"GPL-3.0-only"_s);
        QCOMPARE(r.source, u"setup.py"_s);
        // Nothing known: unknown stays unknown.
        r = d.detect({{u"README.md"_s, "MIT licensed!"}});
        QVERIFY(r.spdx.isEmpty());
    }

    void licenceFileNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isLicense");
        QTest::newRow("LICENSE") << u"LICENSE"_s << true;
        QTest::newRow("LICENCE.md") << u"LICENCE.md"_s << true;
        QTest::newRow("license.txt") << u"license.txt"_s << true;
        QTest::newRow("COPYING.LESSER") << u"COPYING.LESSER"_s << true;
        QTest::newRow("UNLICENSE") << u"UNLICENSE"_s << true;
        QTest::newRow("nested") << u"docs/LICENSE"_s << false;
        QTest::newRow("readme") << u"README.md"_s << false;
    }

    void licenceFileNames()
    {
        QFETCH(QString, path);
        QFETCH(bool, isLicense);
        QCOMPARE(LicenseDetector::isLicenseFile(path), isLicense);
    }

    void permissive()
    {
        const auto &d = LicenseDetector::instance();
        QVERIFY(d.isPermissive(u"MIT"_s));
        QVERIFY(d.isPermissive(u"BSD-3-Clause-LBNL"_s));
        QVERIFY(!d.isPermissive(u"GPL-3.0-only"_s));
        QVERIFY(!d.isPermissive(QString()));
        QVERIFY(d.isPermissive(u"GPL-3.0-only OR MIT"_s));
        QVERIFY(!d.isPermissive(u"GPL-3.0-only AND MIT"_s));
    }
};

QTEST_APPLESS_MAIN(TstLicenseDetector)
#include "tst_licensedetector.moc"
