// SPDX-License-Identifier: GPL-3.0-or-later
#include "structure/structureview.h"

#include "artifacts/bondfinder.h"
#include "artifacts/element.h"

#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <QOpenGLVertexArrayObject>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
// Ball radius as a share of the covalent radius, and the bonds' radius (angstrom).
constexpr float kBallScale = 0.5f;
constexpr float kBondRadius = 0.12f;
constexpr int kCylinderSides = 8;

constexpr char kShade[] = R"(
vec3 shade(vec3 color, vec3 n) {
    vec3 l = normalize(vec3(0.4, 0.5, 1.0));
    float diffuse = max(dot(n, l), 0.0);
    float specular = pow(max(dot(n, normalize(l + vec3(0.0, 0.0, 1.0))), 0.0), 40.0) * 0.35;
    return color * (0.3 + 0.7 * diffuse) + vec3(specular);
}
)";

constexpr char kSphereVertex[] = R"(
layout(location = 0) in vec2 corner;
layout(location = 1) in vec3 center;
layout(location = 2) in float radius;
layout(location = 3) in vec3 color;
uniform mat4 view;
uniform mat4 projection;
out vec2 vCorner;
out vec3 vCenter;
out float vRadius;
out vec3 vColor;
void main() {
    vec4 c = view * vec4(center, 1.0);
    vCorner = corner;
    vCenter = c.xyz;
    vRadius = radius;
    vColor = color;
    gl_Position = projection * vec4(c.xyz + vec3(corner * radius, 0.0), 1.0);
}
)";

constexpr char kSphereFragment[] = R"(
in vec2 vCorner;
in vec3 vCenter;
in float vRadius;
in vec3 vColor;
uniform mat4 projection;
out vec4 fragColor;
void main() {
    float r2 = dot(vCorner, vCorner);
    if (r2 > 1.0)
        discard;
    vec3 n = vec3(vCorner, sqrt(1.0 - r2));
    vec4 clip = projection * vec4(vCenter + n * vRadius, 1.0);
    gl_FragDepth = clip.z / clip.w * 0.5 + 0.5;
    fragColor = vec4(shade(vColor, n), 1.0);
}
)";

constexpr char kBondVertex[] = R"(
layout(location = 0) in vec3 mesh;
layout(location = 1) in vec3 startPoint;
layout(location = 2) in vec3 endPoint;
layout(location = 3) in vec3 color;
uniform mat4 view;
uniform mat4 projection;
uniform float radius;
out vec3 vNormal;
out vec3 vColor;
void main() {
    vec3 d = endPoint - startPoint;
    vec3 axis = normalize(d);
    vec3 helper = abs(axis.x) < 0.9 ? vec3(1.0, 0.0, 0.0) : vec3(0.0, 1.0, 0.0);
    vec3 u = normalize(cross(axis, helper));
    vec3 v = cross(axis, u);
    vec3 n = u * mesh.x + v * mesh.y;
    vNormal = mat3(view) * n;
    vColor = color;
    gl_Position = projection * view * vec4(startPoint + d * mesh.z + n * radius, 1.0);
}
)";

constexpr char kBondFragment[] = R"(
in vec3 vNormal;
in vec3 vColor;
out vec4 fragColor;
void main() {
    fragColor = vec4(shade(vColor, normalize(vNormal)), 1.0);
}
)";

constexpr char kLineVertex[] = R"(
layout(location = 0) in vec3 position;
uniform mat4 view;
uniform mat4 projection;
void main() {
    gl_Position = projection * view * vec4(position, 1.0);
}
)";

constexpr char kLineFragment[] = R"(
uniform vec3 color;
out vec4 fragColor;
void main() {
    fragColor = vec4(color, 1.0);
}
)";

QVector3D toVector(const artifacts::Vec3 &v) { return QVector3D(float(v[0]), float(v[1]), float(v[2])); }

QVector3D colorOf(int z)
{
    const quint32 rgb = artifacts::Elements::byNumber(z).rgb;
    return QVector3D(float((rgb >> 16) & 0xff) / 255.f, float((rgb >> 8) & 0xff) / 255.f, float(rgb & 0xff) / 255.f);
}

void put(std::vector<float> &out, const QVector3D &v)
{
    out.push_back(v.x());
    out.push_back(v.y());
    out.push_back(v.z());
}

QQuaternion defaultRotation()
{
    // c up on the screen, a little from the side: a slab shows its layers and what sits on it.
    return QQuaternion::fromAxisAndAngle(0, 1, 0, -25) * QQuaternion::fromAxisAndAngle(1, 0, 0, -70);
}
} // namespace

StructureView::StructureView(QWidget *parent)
    : QOpenGLWidget(parent)
    , m_rotation(defaultRotation())
{
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setDepthBufferSize(24);
    format.setSamples(4);
    setFormat(format);
    setMinimumSize(200, 200);
    setFocusPolicy(Qt::StrongFocus);
}

StructureView::~StructureView()
{
    if (!m_gl)
        return;
    makeCurrent();
    const unsigned buffers[] = {m_quadBuffer, m_atomBuffer, m_cylinderBuffer, m_bondBuffer, m_lineBuffer};
    m_gl->glDeleteBuffers(5, buffers);
    m_sphereVao.reset();
    m_bondVao.reset();
    m_lineVao.reset();
    m_sphereProgram.reset();
    m_bondProgram.reset();
    m_lineProgram.reset();
    doneCurrent();
}

void StructureView::setStructure(const artifacts::Structure &structure, const Bonds &bonds)
{
    m_structure = structure;
    m_bonds = bonds;
    m_frame = 0;
    m_dirty = true;
    resetView();
}

void StructureView::clear()
{
    setStructure({}, {});
}

void StructureView::setFrame(int index)
{
    if (index < 0 || index >= m_structure.frameCount() || index == m_frame)
        return;
    m_frame = index;
    m_bonds = artifacts::BondFinder::find(m_structure.frames.at(size_t(index)));
    m_dirty = true;
    update();
    Q_EMIT frameChanged(index);
}

void StructureView::resetView()
{
    m_rotation = defaultRotation();
    m_pan = QVector3D();
    m_center = QVector3D();
    m_extent = 10.0f;
    if (m_structure.frameCount() > 0) {
        const artifacts::Frame &f = m_structure.frames.front();
        std::vector<QVector3D> points;
        if (f.cell) {
            const QVector3D a = toVector((*f.cell)[0]), b = toVector((*f.cell)[1]), c = toVector((*f.cell)[2]);
            m_center = (a + b + c) / 2;
            points = {QVector3D(), a, b, c, a + b, a + c, b + c, a + b + c};
        } else if (!f.positions.empty()) {
            for (const auto &p : f.positions)
                m_center += toVector(p);
            m_center /= float(f.positions.size());
        }
        float radius = 1.0f;
        for (const auto &p : f.positions)
            radius = std::max(radius, (toVector(p) - m_center).length() + 1.0f);
        for (const auto &p : points)
            radius = std::max(radius, (p - m_center).length());
        m_extent = radius * 1.05f;
    }
    update();
}

QMatrix4x4 StructureView::viewMatrix() const
{
    QMatrix4x4 view;
    view.translate(m_pan.x(), m_pan.y(), -(m_extent * 4 + 10));
    view.rotate(m_rotation);
    view.translate(-m_center);
    return view;
}

QMatrix4x4 StructureView::projectionMatrix() const
{
    const float aspect = height() > 0 ? float(width()) / float(height()) : 1.0f;
    const float h = aspect >= 1 ? m_extent : m_extent / aspect;   // the structure fits the shorter side
    QMatrix4x4 projection;
    projection.ortho(-h * aspect, h * aspect, -h, h, 0.1f, m_extent * 8 + 20);
    return projection;
}

void StructureView::initializeGL()
{
    m_gl = context()->extraFunctions();
    const QByteArray header = context()->isOpenGLES() ? QByteArrayLiteral("#version 300 es\nprecision highp float;\n")
                                                      : QByteArrayLiteral("#version 330 core\n");
    const auto build = [&](const char *vertex, const char *fragment, bool shaded) {
        auto program = std::make_unique<QOpenGLShaderProgram>();
        const bool ok = program->addShaderFromSourceCode(QOpenGLShader::Vertex, header + vertex)
                        && program->addShaderFromSourceCode(QOpenGLShader::Fragment, header + (shaded ? QByteArray(kShade) : QByteArray()) + fragment)
                        && program->link();
        if (!ok)
            qWarning("StructureView: %s", qPrintable(program->log()));
        return ok ? std::move(program) : nullptr;
    };
    m_sphereProgram = build(kSphereVertex, kSphereFragment, true);
    m_bondProgram = build(kBondVertex, kBondFragment, true);
    m_lineProgram = build(kLineVertex, kLineFragment, false);
    if (!m_sphereProgram || !m_bondProgram || !m_lineProgram)
        return;
    unsigned buffers[5];
    m_gl->glGenBuffers(5, buffers);
    m_quadBuffer = buffers[0];
    m_atomBuffer = buffers[1];
    m_cylinderBuffer = buffers[2];
    m_bondBuffer = buffers[3];
    m_lineBuffer = buffers[4];

    const float quad[] = {-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1};
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_quadBuffer);
    m_gl->glBufferData(GL_ARRAY_BUFFER, sizeof(quad), quad, GL_STATIC_DRAW);
    std::vector<float> cylinder;
    for (int k = 0; k < kCylinderSides; ++k) {
        const float a0 = 2 * float(M_PI) * float(k) / kCylinderSides, a1 = 2 * float(M_PI) * float(k + 1) / kCylinderSides;
        const QVector3D p00(std::cos(a0), std::sin(a0), 0), p10(std::cos(a1), std::sin(a1), 0);
        const QVector3D p01(std::cos(a0), std::sin(a0), 1), p11(std::cos(a1), std::sin(a1), 1);
        for (const QVector3D &v : {p00, p10, p01, p10, p11, p01})
            put(cylinder, v);
    }
    m_cylinderVertices = int(cylinder.size() / 3);
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_cylinderBuffer);
    m_gl->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(cylinder.size() * sizeof(float)), cylinder.data(), GL_STATIC_DRAW);

    // Atoms: a quad per instance; instance data = centre (3), radius (1), colour (3).
    m_sphereVao = std::make_unique<QOpenGLVertexArrayObject>();
    m_sphereVao->create();
    m_sphereVao->bind();
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_quadBuffer);
    m_gl->glEnableVertexAttribArray(0);
    m_gl->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_atomBuffer);
    const GLsizei atomStride = 7 * sizeof(float);
    for (const auto &[location, size, offset] : {std::tuple{1, 3, 0}, std::tuple{2, 1, 3}, std::tuple{3, 3, 4}}) {
        m_gl->glEnableVertexAttribArray(GLuint(location));
        m_gl->glVertexAttribPointer(GLuint(location), size, GL_FLOAT, GL_FALSE, atomStride,
                                    reinterpret_cast<const void *>(quintptr(offset) * sizeof(float)));
        m_gl->glVertexAttribDivisor(GLuint(location), 1);
    }
    m_sphereVao->release();

    // Bonds: a cylinder per instance (one per half bond); instance data = start (3), end (3), colour (3).
    m_bondVao = std::make_unique<QOpenGLVertexArrayObject>();
    m_bondVao->create();
    m_bondVao->bind();
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_cylinderBuffer);
    m_gl->glEnableVertexAttribArray(0);
    m_gl->glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 0, nullptr);
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_bondBuffer);
    const GLsizei bondStride = 9 * sizeof(float);
    for (const auto &[location, offset] : {std::pair{1, 0}, std::pair{2, 3}, std::pair{3, 6}}) {
        m_gl->glEnableVertexAttribArray(GLuint(location));
        m_gl->glVertexAttribPointer(GLuint(location), 3, GL_FLOAT, GL_FALSE, bondStride,
                                    reinterpret_cast<const void *>(quintptr(offset) * sizeof(float)));
        m_gl->glVertexAttribDivisor(GLuint(location), 1);
    }
    m_bondVao->release();

    m_lineVao = std::make_unique<QOpenGLVertexArrayObject>();
    m_lineVao->create();
    m_lineVao->bind();
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_lineBuffer);
    m_gl->glEnableVertexAttribArray(0);
    m_gl->glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 0, nullptr);
    m_lineVao->release();
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_ready = true;
    m_dirty = true;
}

void StructureView::upload()
{
    m_dirty = false;
    m_atomCount = 0;
    m_bondCount = 0;
    m_lineVertices = 0;
    if (m_frame >= m_structure.frameCount())
        return;
    const artifacts::Frame &f = m_structure.frames.at(size_t(m_frame));
    const size_t n = std::min(f.numbers.size(), f.positions.size());
    std::vector<float> atoms;
    atoms.reserve(n * 7);
    for (size_t i = 0; i < n; ++i) {
        const auto &element = artifacts::Elements::byNumber(f.numbers[i]);
        put(atoms, toVector(f.positions[i]));
        atoms.push_back(float(std::max(0.2, element.covalentRadius)) * kBallScale);
        put(atoms, colorOf(f.numbers[i]));
    }
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_atomBuffer);
    m_gl->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(atoms.size() * sizeof(float)), atoms.data(), GL_STATIC_DRAW);
    m_atomCount = int(n);

    std::vector<float> halves;
    if (m_bonds.size() <= MaxDrawnBonds) {
        halves.reserve(m_bonds.size() * 18);
        for (const auto &[i, j] : m_bonds) {
            if (size_t(i) >= n || size_t(j) >= n)
                continue;
            const QVector3D a = toVector(f.positions[size_t(i)]), b = toVector(f.positions[size_t(j)]), middle = (a + b) / 2;
            put(halves, a);
            put(halves, middle);
            put(halves, colorOf(f.numbers[size_t(i)]));
            put(halves, middle);
            put(halves, b);
            put(halves, colorOf(f.numbers[size_t(j)]));
        }
    }
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_bondBuffer);
    m_gl->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(halves.size() * sizeof(float)), halves.data(), GL_STATIC_DRAW);
    m_bondCount = halves.size() / 18;

    std::vector<float> lines;
    if (f.cell) {
        const QVector3D a = toVector((*f.cell)[0]), b = toVector((*f.cell)[1]), c = toVector((*f.cell)[2]);
        const QVector3D o;
        const std::pair<QVector3D, QVector3D> edges[] = {{o, a},         {o, b},         {o, c},         {a, a + b},
                                                          {a, a + c},     {b, a + b},     {b, b + c},     {c, a + c},
                                                          {c, b + c},     {a + b, a + b + c}, {a + c, a + b + c}, {b + c, a + b + c}};
        for (const auto &[p, q] : edges) {
            put(lines, p);
            put(lines, q);
        }
    }
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, m_lineBuffer);
    m_gl->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(lines.size() * sizeof(float)), lines.data(), GL_STATIC_DRAW);
    m_lineVertices = int(lines.size() / 3);
    m_gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void StructureView::resizeGL(int, int) {}

void StructureView::paintGL()
{
    const QColor background = palette().color(QPalette::Base);
    QOpenGLExtraFunctions *gl = context()->extraFunctions();
    gl->glClearColor(background.redF(), background.greenF(), background.blueF(), 1.0f);
    gl->glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    if (!m_ready)
        return;
    if (m_dirty)
        upload();
    gl->glEnable(GL_DEPTH_TEST);
    const QMatrix4x4 view = viewMatrix(), projection = projectionMatrix();
    if (m_atomCount > 0) {
        m_sphereProgram->bind();
        m_sphereProgram->setUniformValue("view", view);
        m_sphereProgram->setUniformValue("projection", projection);
        m_sphereVao->bind();
        gl->glDrawArraysInstanced(GL_TRIANGLES, 0, 6, m_atomCount);
        m_sphereVao->release();
    }
    if (m_bondCount > 0) {
        m_bondProgram->bind();
        m_bondProgram->setUniformValue("view", view);
        m_bondProgram->setUniformValue("projection", projection);
        m_bondProgram->setUniformValue("radius", kBondRadius);
        m_bondVao->bind();
        gl->glDrawArraysInstanced(GL_TRIANGLES, 0, m_cylinderVertices, GLsizei(m_bondCount * 2));
        m_bondVao->release();
    }
    if (m_lineVertices > 0) {
        const QColor text = palette().color(QPalette::Text);
        m_lineProgram->bind();
        m_lineProgram->setUniformValue("view", view);
        m_lineProgram->setUniformValue("projection", projection);
        m_lineProgram->setUniformValue("color", QVector3D(float(text.redF()), float(text.greenF()), float(text.blueF())));
        m_lineVao->bind();
        gl->glDrawArrays(GL_LINES, 0, m_lineVertices);
        m_lineVao->release();
    }
}

QVector3D StructureView::arcball(const QPointF &position) const
{
    // The point on a unit sphere under the cursor (outside it: on its rim).
    const float side = float(std::min(width(), height()));
    QVector3D p(float(2 * position.x() - width()) / side, float(height() - 2 * position.y()) / side, 0);
    const float d = p.lengthSquared();
    if (d <= 1)
        p.setZ(std::sqrt(1 - d));
    else
        p.normalize();
    return p;
}

void StructureView::mousePressEvent(QMouseEvent *event)
{
    m_lastMouse = event->position();
    event->accept();
}

void StructureView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (event->buttons() & Qt::LeftButton) {
        const QVector3D from = arcball(m_lastMouse), to = arcball(position);
        m_rotation = (QQuaternion::rotationTo(from, to) * m_rotation).normalized();
    } else if (event->buttons() & (Qt::RightButton | Qt::MiddleButton)) {
        const float perPixel = 2 * m_extent / float(std::max(1, std::min(width(), height())));
        const QPointF delta = position - m_lastMouse;
        m_pan += QVector3D(float(delta.x()) * perPixel, -float(delta.y()) * perPixel, 0);
    }
    m_lastMouse = position;
    update();
    event->accept();
}

void StructureView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetView();
    event->accept();
}

void StructureView::wheelEvent(QWheelEvent *event)
{
    const float steps = float(event->angleDelta().y()) / 120.0f;
    m_extent = std::clamp(m_extent * std::pow(0.85f, steps), 0.5f, 1e5f);
    update();
    event->accept();
}

} // namespace wb::ui
