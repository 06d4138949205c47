// SPDX-License-Identifier: GPL-3.0-or-later
// The structure viewer at scale: a POSCAR of ~100 000 atoms (fcc Cu, 30 x 30 x 30 cells) — Open Babel's
// parse, the bond search (cell list), and frames rendered by the StructureView (Mesa llvmpipe under Xvfb,
// grabFramebuffer: render + read back), still and while rotating. Prints the figures; asserts nothing.
//   bench_structure [cells per side, default 30]
#include "artifacts/bondfinder.h"
#include "artifacts/structurereader.h"
#include "structure/structureview.h"
#include "structurefixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("WB_UNDER_XVFB")) {   // OpenGL needs a window system: a virtual X server
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
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    const int cells = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const QByteArray poscar = StructureFixture::copperBlock(cells);

    QElapsedTimer timer;
    timer.start();
    const wb::artifacts::Structure structure = wb::artifacts::StructureReader::read(poscar, u"POSCAR"_s);
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;
    if (!structure.isValid()) {
        std::fprintf(stderr, "could not read: %s\n", qPrintable(structure.error));
        return 1;
    }
    timer.restart();
    const auto bonds = wb::artifacts::BondFinder::find(structure.frames.front());
    const double bondMs = double(timer.nsecsElapsed()) / 1e6;

    wb::ui::StructureView view;
    view.resize(1024, 768);
    view.show();
    QCoreApplication::processEvents();
    timer.restart();
    view.setStructure(structure, bonds);
    QImage first = view.grabFramebuffer();   // uploads the instance buffers, then renders
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    if (!view.isRenderable()) {
        std::fprintf(stderr, "no OpenGL context\n");
        return 1;
    }
    constexpr int frames = 10;
    timer.restart();
    for (int i = 0; i < frames; ++i)
        first = view.grabFramebuffer();
    const double stillMs = double(timer.nsecsElapsed()) / 1e6 / frames;
    // Rotating: a drag step, then a frame, as the user sees it.
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(500, 380), QPointF(500, 380), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &press);
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(500 + 8 * (i + 1), 380), QPointF(500 + 8 * (i + 1), 380), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        first = view.grabFramebuffer();
    }
    const double rotateMs = double(timer.nsecsElapsed()) / 1e6 / frames;

    std::printf("structure: %d atoms (%.1f MB POSCAR), %zu bonds (%zu drawn as %zu cylinders)\n", structure.atomCount(),
                double(poscar.size()) / 1e6, bonds.size(), view.drawnBonds(), 2 * view.drawnBonds());
    std::printf("parse (Open Babel, VASP):        %8.1f ms\n", parseMs);
    std::printf("bond search (cell list):         %8.1f ms\n", bondMs);
    std::printf("first frame (upload + render):   %8.1f ms\n", firstMs);
    std::printf("frame, still (render + readback): %7.1f ms\n", stillMs);
    std::printf("frame, rotating:                 %8.1f ms\n", rotateMs);
    std::printf("renderer: %s\n", "OpenGL through Qt (QOpenGLWidget), 3 instanced draw calls per frame");
    return 0;
}
