// SPDX-License-Identifier: GPL-3.0-or-later
// Proves that KSyntaxHighlighting (built for Qt 6) is linked and highlights real code.
#include "editor/sourcepreview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
// Formats the highlighter applied, over the whole document.
QList<QTextLayout::FormatRange> formats(const QTextDocument *doc)
{
    QList<QTextLayout::FormatRange> all;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        all += b.layout()->formats();
    return all;
}
} // namespace

class TstSourcePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repositoryHasDefinitionsAndThemes()
    {
        auto &repo = wb::ui::SourcePreview::syntaxRepository();
        QVERIFY(repo.definitions().size() > 300);
        QVERIFY(repo.definitionForName(u"Python"_s).isValid());
        QVERIFY(repo.themes().size() > 10);
    }

    void highlightsPython()
    {
        wb::ui::SourcePreview preview;
        preview.resize(600, 400);
        preview.show();
        const QByteArray code = "import numpy as np\n\n"
                                "def energy(a: float) -> float:\n"
                                "    \"\"\"Lattice energy.\"\"\"\n"
                                "    return 0.5 * a ** 2  # harmonic\n";
        preview.showSource(u"examples/energy.py"_s, code);
        QCOMPARE(preview.definitionName(), u"Python"_s);
        QCOMPARE(preview.toPlainText(), QString::fromUtf8(code));

        const auto ranges = formats(preview.document());
        QVERIFY2(ranges.size() >= 8, qPrintable(QString::number(ranges.size())));
        QSet<QRgb> colours;
        for (const auto &r : ranges)
            colours.insert(r.format.foreground().color().rgb());
        QVERIFY2(colours.size() >= 4, qPrintable(QString::number(colours.size())));
    }

    void definitionsFollowTheFileType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("definition");
        QTest::newRow("fortran") << u"src/solver.f90"_s << u"Fortran (Free Format)"_s;
        QTest::newRow("shell") << u"run.sh"_s << u"Bash"_s;
        QTest::newRow("markdown") << u"README.md"_s << u"Markdown"_s;
        QTest::newRow("yaml") << u"environment.yml"_s << u"YAML"_s;
        QTest::newRow("plain") << u"notes.unknownext"_s << QString();
    }

    void definitionsFollowTheFileType()
    {
        QFETCH(QString, path);
        QFETCH(QString, definition);
        wb::ui::SourcePreview preview;
        preview.showSource(path, "x\n");
        QCOMPARE(preview.definitionName(), definition);
    }

    void noticesAreNotHighlighted()
    {
        wb::ui::SourcePreview preview;
        preview.showSource(u"a.py"_s, "x = 1\n");
        preview.showNotice(u"Binary file"_s);
        QVERIFY(preview.definitionName().isEmpty());
        QCOMPARE(preview.toPlainText(), u"Binary file"_s);
    }
};

QTEST_MAIN(TstSourcePreview)
#include "tst_sourcepreview.moc"
