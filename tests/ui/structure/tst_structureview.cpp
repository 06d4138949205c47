// SPDX-License-Identifier: GPL-3.0-or-later
// The structure viewer rendering real pixels with OpenGL (Mesa llvmpipe): the Cu(111) slab with CO and its
// cell, a rotation drag that changes the image, the panel's facts, the frame slider of a trajectory, a
// broken file, and the Artifacts view opening a POSCAR in the viewer.
//
// Qt's offscreen platform cannot show an OpenGL widget inside a window: this test starts itself again under
// xvfb-run (a virtual X server, Mesa's llvmpipe renders) on the xcb platform; without xvfb-run or a DISPLAY the
// rendering checks skip.
#include "session/workspacesession.h"
#include "structure/structurepanel.h"
#include "structure/structureview.h"
#include "structurefixture.h"
#include "tempworkspace.h"
#include "views/artifactview.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
QByteArray trajectoryXyz(int frames)
{
    QByteArray out;
    for (int f = 0; f < frames; ++f)
        out += "2\nframe\nC 0 0 0\nO 0 0 " + QByteArray::number(1.13 + 0.05 * f) + "\n";
    return out;
}

bool isBackground(QRgb pixel, QColor background)
{
    return std::abs(qRed(pixel) - background.red()) + std::abs(qGreen(pixel) - background.green())
               + std::abs(qBlue(pixel) - background.blue()) < 24;
}

// Pixels of each kind: not background, copper-coloured (Jmol Cu #c88033), oxygen-red (#ff0d0d).
struct Census
{
    int drawn = 0, copper = 0, red = 0;
};

Census census(const QImage &image, QColor background)
{
    Census c;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (isBackground(p, background))
                continue;
            ++c.drawn;
            if (qRed(p) > qGreen(p) + 30 && qGreen(p) > qBlue(p) + 20)
                ++c.copper;
            if (qRed(p) > 150 && qGreen(p) < 60 && qBlue(p) < 60)
                ++c.red;
        }
    return c;
}

int differing(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y)
        for (int x = 0; x < std::min(a.width(), b.width()); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

void drag(QWidget *w, QPoint from, QPoint to, Qt::MouseButton button)
{
    QMouseEvent press(QEvent::MouseButtonPress, from, w->mapToGlobal(from), button, button, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    for (int i = 1; i <= 10; ++i) {
        const QPoint at = from + (to - from) * i / 10;
        QMouseEvent move(QEvent::MouseMove, at, w->mapToGlobal(at), Qt::NoButton, button, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }
    QMouseEvent release(QEvent::MouseButtonRelease, to, w->mapToGlobal(to), button, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &release);
}
} // namespace

class TstStructureView : public QObject
{
    Q_OBJECT

    static void loadAndWait(ui::StructurePanel &panel, const QString &name, const QByteArray &content)
    {
        QSignalSpy done(&panel, &ui::StructurePanel::loaded);
        panel.load(name, content);
        QVERIFY(done.wait(60000));
    }

private Q_SLOTS:
    void slabRendersAndRotates()
    {
        ui::StructurePanel panel;
        panel.resize(1000, 620);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        loadAndWait(panel, u"to_save/POSCAR_first"_s, StructureFixture::copperSlabWithCo());
        const QString summary = panel.summaryText();
        QVERIFY2(summary.contains(u"Formula: C Cu96 O"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Atoms: 98"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"α, β, γ: 90.00°, 90.00°, 60.00°"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"g/cm³"_s), qPrintable(summary));
        QVERIFY(!panel.frameSlider()->isVisible());   // one frame

        ui::StructureView *view = panel.view();
        const QImage before = view->grabFramebuffer();
        if (!view->isRenderable())
            QSKIP("No OpenGL 3.3 / ES 3.0 context here (see the comment at the top of this test)");
        QCOMPARE(before.size(), view->size() * view->devicePixelRatio());
        const QColor background = view->palette().color(QPalette::Base);
        const Census c = census(before, background);
        QVERIFY2(c.drawn > before.width() * before.height() / 20, qPrintable(u"drawn %1"_s.arg(c.drawn)));
        QVERIFY2(c.copper > 1000, qPrintable(u"copper %1"_s.arg(c.copper)));   // the slab's balls
        QVERIFY2(c.red > 20, qPrintable(u"red %1"_s.arg(c.red)));              // the O of CO
        QVERIFY(view->drawnBonds() > 96);                                      // Cu-Cu, Cu-C, C-O

        drag(view, QPoint(view->width() / 2, view->height() / 2), QPoint(view->width() / 2 + 120, view->height() / 2 + 40),
             Qt::LeftButton);
        const QImage rotated = view->grabFramebuffer();
        QVERIFY2(differing(before, rotated) > before.width() * before.height() / 50, "a rotation drag changes the image");

        // Zoom in: more of the image is drawn.
        QWheelEvent wheel(QPointF(view->width() / 2.0, view->height() / 2.0), view->mapToGlobal(QPointF(view->width() / 2.0, view->height() / 2.0)),
                          QPoint(), QPoint(0, 360), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QVERIFY(census(view->grabFramebuffer(), background).drawn > census(rotated, background).drawn);
        // Reset: the first picture again.
        view->resetView();
        QCOMPARE(differing(before, view->grabFramebuffer()), 0);
        // Pan with the right button moves the picture.
        drag(view, QPoint(100, 100), QPoint(220, 100), Qt::RightButton);
        QVERIFY(differing(before, view->grabFramebuffer()) > 0);
        view->resetView();

        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(panel.grab().save(dir + u"/structure-viewer.png"_s));
    }

    void trajectoryFrames()
    {
        ui::StructurePanel panel;
        panel.resize(800, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        loadAndWait(panel, u"md.xyz"_s, trajectoryXyz(5));
        QVERIFY(panel.frameSlider()->isVisible());
        QCOMPARE(panel.frameSlider()->maximum(), 4);
        QVERIFY(panel.summaryText().contains(u"Frames: 1 of 5"_s));
        QSignalSpy changed(panel.view(), &ui::StructureView::frameChanged);
        panel.frameSlider()->setValue(3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.view()->frame(), 3);
        QVERIFY(panel.summaryText().contains(u"Frames: 4 of 5"_s));
        QVERIFY(panel.summaryText().contains(u"a, b, c: no cell"_s));
    }

    void brokenFileSaysWhy()
    {
        ui::StructurePanel panel;
        panel.show();
        loadAndWait(panel, u"POSCAR"_s, "not a structure\n");
        QVERIFY2(panel.summaryText().contains(u"POSCAR"_s), qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(u"Formula: \n"_s));
        QCOMPARE(panel.view()->drawnBonds(), size_t(0));
    }

    void newestLoadWins()
    {
        ui::StructurePanel panel;
        panel.show();
        QSignalSpy done(&panel, &ui::StructurePanel::loaded);
        panel.load(u"to_save/POSCAR_first"_s, StructureFixture::copperSlabWithCo());
        panel.load(u"md.xyz"_s, trajectoryXyz(2));
        QVERIFY(done.wait(60000));
        QTest::qWait(50);
        QCOMPARE(panel.structure().frameCount(), 2);
        QCOMPARE(panel.structure().formula(), u"C O"_s);
    }

    void artifactViewOpensStructures()
    {
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace());
        ui::ArtifactView view(&session);
        view.resize(1000, 600);
        view.show();
        const QByteArray poscar = StructureFixture::copperSlabWithCo();
        view.setArtifacts({{u"log.json"_s, 2, u"a"_s, {}}, {u"to_save/POSCAR_first"_s, poscar.size(), u"b"_s, {}}},
                          {{u"log.json"_s, "{}"}, {u"to_save/POSCAR_first"_s, poscar}}, {});
        QVERIFY(!view.structurePanel());   // no OpenGL until a structure is shown
        view.list()->setCurrentRow(1);
        QVERIFY(view.structurePanel());
        QSignalSpy done(view.structurePanel(), &ui::StructurePanel::loaded);
        QVERIFY(done.wait(60000));
        QVERIFY(view.structurePanel()->isVisible());
        QVERIFY(view.structurePanel()->summaryText().contains(u"C Cu96 O"_s));
        QVERIFY(ui::ArtifactView::isStructure(u"relax.traj"_s));
        QVERIFY(!ui::ArtifactView::isStructure(u"results.json"_s));
    }
};

int main(int argc, char **argv)
{
    // OpenGL widgets need a window system: run again under a virtual X server (xvfb-run) on its xcb
    // platform; with neither, the offscreen platform has no OpenGL and the rendering checks skip.
    if (qEnvironmentVariableIsEmpty("WB_UNDER_XVFB")) {
        const QString xvfbRun = QStandardPaths::findExecutable(u"xvfb-run"_s);
        if (!xvfbRun.isEmpty()) {
            qputenv("WB_UNDER_XVFB", "1");
            std::vector<QByteArray> args{xvfbRun.toLocal8Bit(), "-a", "-s", "-screen 0 1280x1024x24"};
            for (int i = 0; i < argc; ++i)
                args.emplace_back(argv[i]);
            std::vector<char *> raw;
            for (auto &a : args)
                raw.push_back(a.data());
            raw.push_back(nullptr);
            execv(raw.front(), raw.data());
        }
    }
    // Qt's offscreen platform cannot compose an OpenGL widget into a window; the X platform can.
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TstStructureView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_structureview.moc"
