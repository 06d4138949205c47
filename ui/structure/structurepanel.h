// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/structure.h"
#include "structure/structureview.h"

#include <QFutureWatcher>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QSlider;

namespace wb::ui {

/**
 * A structure artifact: the StructureView beside a panel with the formula, atom count, lattice
 * (a, b, c, α, β, γ), volume and density, and a frame slider for trajectories. load() reads the file
 * on a worker thread (Open Babel, or ASE through Python for .traj) and finds the first frame's bonds
 * there; the newest load wins. Without OpenGL or when the file cannot be read it says why.
 */
class StructurePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructurePanel)

public:
    /** What a load hands to the GUI thread. */
    struct Loaded
    {
        artifacts::Structure structure;
        StructureView::Bonds bonds;
    };

    explicit StructurePanel(QWidget *parent = nullptr);
    ~StructurePanel() override;

    /** Reads @p content (artifact @p name) off the GUI thread; @p pythonPath for trajectories (empty: python3). */
    void load(const QString &name, const QByteArray &content, const QString &pythonPath = {});
    /** Reads and finds bonds: what load() runs on the worker. */
    static Loaded read(const QString &name, const QByteArray &content, const QString &pythonPath);
    /** Shows an already read structure. */
    void setLoaded(const Loaded &loaded);

    StructureView *view() const { return m_view; }
    QSlider *frameSlider() const { return m_slider; }
    const artifacts::Structure &structure() const { return m_structure; }
    /** The panel's text, label by label (for tests and accessibility). */
    QString summaryText() const;
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /** A load finished (also when the file could not be read). */
    void loaded();

private:
    void showFacts(int frame);

    StructureView *m_view;
    QLabel *m_message;
    QLabel *m_formula;
    QLabel *m_atoms;
    QLabel *m_frames;
    QLabel *m_lengths;
    QLabel *m_angles;
    QLabel *m_volume;
    QLabel *m_density;
    QLabel *m_bonds;
    QSlider *m_slider;
    QPushButton *m_reset;
    QFormLayout *m_form;
    artifacts::Structure m_structure;
    QFutureWatcher<Loaded> m_watcher;
    quint64 m_ticket = 0;
};

} // namespace wb::ui
