// SPDX-License-Identifier: GPL-3.0-or-later
// The diff of two rounds' files: marks, change blocks, the unified form, the file choice.
#include "diff/rounddiffview.h"
#include "editor/codeeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
const QString kOld = u"import numpy as np\n\ndef energy(a):\n    return a * 2\n\nprint(energy(1.6))\nprint('done')\n"_s;
const QString kNew = u"import numpy as np\n\ndef energy(a):\n    return a ** 2\n\nprint(energy(1.5))\nprint('done')\nprint('saved')\n"_s;

QStringList files(const QString &mainPy, const QString &requirements = u"numpy\n"_s)
{
    return {mainPy, requirements, u"python main.py\n"_s, u"{}"_s};
}

/** 0-based lines of @p editor's text that contain @p needle. */
int lineOf(const ui::CodeEditor *editor, const QString &needle)
{
    const QStringList lines = editor->text().split(u'\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(needle))
            return i;
    return -1;
}
} // namespace

class TstRoundDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sideBySide()
    {
        ui::RoundDiffView view;
        view.resize(900, 500);
        view.show();
        view.compare(1, files(kOld), 2, files(kNew));
        QCOMPARE(view.from(), 1);
        QCOMPARE(view.to(), 2);
        QCOMPARE(view.oldSide()->text(), kOld);
        QCOMPARE(view.newSide()->text(), kNew);
        QVERIFY(view.oldSide()->markersAtLine(lineOf(view.oldSide(), u"a * 2"_s)) != 0);
        QVERIFY(view.newSide()->markersAtLine(lineOf(view.newSide(), u"a ** 2"_s)) != 0);
        QVERIFY(view.newSide()->markersAtLine(lineOf(view.newSide(), u"'saved'"_s)) != 0);
        QCOMPARE(view.oldSide()->markersAtLine(lineOf(view.oldSide(), u"import numpy"_s)), 0u);
        QCOMPARE(view.changeCount(), 3);   // return, print, the added last line
        // Only main.py differs.
        QCOMPARE(view.fileBox()->itemText(0), u"main.py •"_s);
        QCOMPARE(view.fileBox()->itemText(1), u"requirements.txt"_s);
    }

    void changeBlocksWrapAround()
    {
        ui::RoundDiffView view;
        view.show();
        view.compare(1, files(kOld), 2, files(kNew));
        QCOMPARE(view.currentChange(), -1);
        view.nextChange();
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(view.oldSide()->cursorLine(), lineOf(view.oldSide(), u"a * 2"_s) + 1);
        view.nextChange();
        view.nextChange();
        QCOMPARE(view.currentChange(), 2);
        view.nextChange();
        QCOMPARE(view.currentChange(), 0);
        view.previousChange();
        QCOMPARE(view.currentChange(), 2);
        view.activateWindow();
        view.newSide()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTest::keyClick(view.newSide(), Qt::Key_F8);
        QCOMPARE(view.currentChange(), 0);
        QTest::keyClick(view.newSide(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(view.currentChange(), 2);
    }

    void unified()
    {
        ui::RoundDiffView view;
        view.show();
        view.compare(1, files(kOld), 3, files(kNew));
        view.unifiedToggle()->setChecked(true);
        QVERIFY(view.unifiedText()->isVisible());
        QVERIFY(!view.newSide()->isVisible());
        QCOMPARE(view.currentChange(), -1);
        QVERIFY(view.unifiedText()->text().startsWith(u"--- a/round-1/main.py"_s));
        QVERIFY(view.unifiedText()->text().contains(u"+++ b/round-3/main.py"_s));
        QVERIFY(view.unifiedText()->text().contains(u"-    return a * 2"_s));
        QVERIFY(view.changeCount() >= 1);
        view.nextChange();
        const int line = view.unifiedText()->cursorLine();
        QVERIFY(view.unifiedText()->markersAtLine(line - 1) != 0);
        view.unifiedToggle()->setChecked(false);
        QVERIFY(view.newSide()->isVisible());
        QCOMPARE(view.changeCount(), 3);
    }

    void anotherFile()
    {
        ui::RoundDiffView view;
        view.compare(1, files(kOld, u"numpy\n"_s), 2, files(kOld, u"numpy\nscipy\n"_s));
        QCOMPARE(view.fileBox()->itemText(0), u"main.py"_s);
        QCOMPARE(view.fileBox()->itemText(1), u"requirements.txt •"_s);
        QCOMPARE(view.changeCount(), 0);
        view.fileBox()->setCurrentIndex(1);
        QCOMPARE(view.oldSide()->text(), u"numpy\n"_s);
        QCOMPARE(view.newSide()->text(), u"numpy\nscipy\n"_s);
        QCOMPARE(view.changeCount(), 1);
    }

    void oneRoundAndNothing()
    {
        ui::RoundDiffView view;
        view.compare(1, files(kOld), 1, files(kOld));
        QCOMPARE(view.changeCount(), 0);
        QCOMPARE(view.oldSide()->text(), kOld);
        view.nextChange();   // nothing to move to
        QCOMPARE(view.currentChange(), -1);
        view.clear();
        QCOMPARE(view.from(), 0);
        QVERIFY(view.oldSide()->text().isEmpty());
        QCOMPARE(view.fileBox()->itemText(0), u"main.py"_s);
    }
};

QTEST_MAIN(TstRoundDiffView)
#include "tst_rounddiffview.moc"
