// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/structure.h"

#include <QMatrix4x4>
#include <QOpenGLWidget>
#include <QQuaternion>
#include <QVector3D>

#include <memory>
#include <utility>
#include <vector>

class QOpenGLBuffer;
class QOpenGLExtraFunctions;
class QOpenGLShaderProgram;
class QOpenGLVertexArrayObject;

namespace wb::ui {

/**
 * A structure in ball-and-stick: atoms as sphere impostors (one instanced quad each; the fragment shader
 * draws the sphere and writes its depth), bonds as instanced cylinders in the two atoms' colours, the
 * unit cell as lines. Jmol CPK colours and covalent radii (artifacts::Elements). Orthographic camera:
 * drag to rotate (arcball), wheel to zoom, right or middle drag to pan, double-click to reset.
 *
 * OpenGL 3.3 core or OpenGL ES 3.0 (the shaders are written for both): three draw calls per frame
 * whatever the number of atoms. Holds what it is given; reads and parses nothing (bonds of the first
 * frame come with the structure, found off the GUI thread; later frames' bonds are found when shown).
 */
class StructureView final : public QOpenGLWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructureView)

public:
    using Bonds = std::vector<std::pair<int, int>>;

    explicit StructureView(QWidget *parent = nullptr);
    ~StructureView() override;

    /** Shows frame 0 of @p structure with @p bonds (BondFinder of that frame); the view is reset. */
    void setStructure(const artifacts::Structure &structure, const Bonds &bonds);
    void clear();
    /** Shows frame @p index (its bonds are found now). */
    void setFrame(int index);
    int frame() const { return m_frame; }
    /** Looks at the whole structure again from the default direction (down c, a to the right). */
    void resetView();

    /** Structures with more bonds than this show their atoms only (software rendering stays interactive). */
    static constexpr size_t MaxDrawnBonds = 100'000;
    size_t drawnBonds() const { return m_bondCount; }
    /** Whether the OpenGL context could be created and the shaders compiled. */
    bool isRenderable() const { return m_ready; }

    QSize sizeHint() const override { return {640, 480}; }

Q_SIGNALS:
    void frameChanged(int index);

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void upload();
    QVector3D arcball(const QPointF &position) const;
    QMatrix4x4 viewMatrix() const;
    QMatrix4x4 projectionMatrix() const;

    artifacts::Structure m_structure;
    Bonds m_bonds;
    int m_frame = 0;
    bool m_dirty = false;
    bool m_ready = false;

    // Camera
    QQuaternion m_rotation;
    QVector3D m_center;
    QVector3D m_pan;
    float m_extent = 10.0f;   ///< half the visible height in angstrom
    QPointF m_lastMouse;

    // GPU state (created in initializeGL)
    QOpenGLExtraFunctions *m_gl = nullptr;
    std::unique_ptr<QOpenGLShaderProgram> m_sphereProgram, m_bondProgram, m_lineProgram;
    std::unique_ptr<QOpenGLVertexArrayObject> m_sphereVao, m_bondVao, m_lineVao;
    unsigned m_quadBuffer = 0, m_atomBuffer = 0, m_cylinderBuffer = 0, m_bondBuffer = 0, m_lineBuffer = 0;
    int m_atomCount = 0;
    size_t m_bondCount = 0;
    int m_cylinderVertices = 0;
    int m_lineVertices = 0;
};

} // namespace wb::ui
