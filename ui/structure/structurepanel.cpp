// SPDX-License-Identifier: GPL-3.0-or-later
#include "structure/structurepanel.h"

#include "artifacts/bondfinder.h"
#include "artifacts/structurereader.h"
#include "artifacts/trajectoryreader.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace wb::ui {

StructurePanel::StructurePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new StructureView(this))
    , m_message(new QLabel(this))
    , m_formula(new QLabel(this))
    , m_atoms(new QLabel(this))
    , m_frames(new QLabel(this))
    , m_lengths(new QLabel(this))
    , m_angles(new QLabel(this))
    , m_volume(new QLabel(this))
    , m_density(new QLabel(this))
    , m_bonds(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_reset(new QPushButton(tr("Reset View"), this))
    , m_form(new QFormLayout)
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_formula->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_formula->setFont(bold);
    for (QLabel *label : {m_formula, m_atoms, m_frames, m_lengths, m_angles, m_volume, m_density, m_bonds})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Formula"), m_formula);
    m_form->addRow(tr("Atoms"), m_atoms);
    m_form->addRow(tr("Frames"), m_frames);
    m_form->addRow(tr("a, b, c"), m_lengths);
    m_form->addRow(tr("α, β, γ"), m_angles);
    m_form->addRow(tr("Volume"), m_volume);
    m_form->addRow(tr("Density"), m_density);
    m_form->addRow(tr("Bonds"), m_bonds);
    m_slider->setToolTip(tr("Frame of the trajectory"));
    m_reset->setToolTip(tr("Look at the whole structure again (or double-click the view)"));
    auto *hint = new QLabel(tr("Drag to rotate, wheel to zoom, right or middle drag to pan."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *side = new QVBoxLayout;
    side->addWidget(m_message);
    side->addLayout(m_form);
    side->addWidget(m_slider);
    side->addWidget(m_reset);
    side->addWidget(hint);
    side->addStretch(1);
    auto *sidePanel = new QWidget(this);
    sidePanel->setLayout(side);
    sidePanel->setFixedWidth(290);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(sidePanel);

    connect(m_reset, &QPushButton::clicked, m_view, &StructureView::resetView);
    connect(m_slider, &QSlider::valueChanged, this, [this](int frame) {
        m_view->setFrame(frame);
        showFacts(frame);
    });
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        const quint64 ticket = m_watcher.property("ticket").toULongLong();
        if (ticket != m_ticket)
            return;   // an older load; the newest one is still running
        setLoaded(m_watcher.result());
        Q_EMIT loaded();
    });
    setLoaded({});
}

StructurePanel::~StructurePanel()
{
    m_watcher.waitForFinished();
}

StructurePanel::Loaded StructurePanel::read(const QString &name, const QByteArray &content, const QString &pythonPath)
{
    Loaded out;
    out.structure = artifacts::TrajectoryReader::canRead(name) ? artifacts::TrajectoryReader::read(content, pythonPath)
                                                                : artifacts::StructureReader::read(content, name);
    if (out.structure.isValid())
        out.bonds = artifacts::BondFinder::find(out.structure.frames.front());
    return out;
}

void StructurePanel::load(const QString &name, const QByteArray &content, const QString &pythonPath)
{
    ++m_ticket;
    m_message->setText(tr("Reading %1…").arg(name));
    m_message->show();
    m_watcher.setProperty("ticket", QVariant::fromValue(m_ticket));
    m_watcher.setFuture(QtConcurrent::run([name, content, pythonPath] { return read(name, content, pythonPath); }));
}

void StructurePanel::setLoaded(const Loaded &loaded)
{
    m_structure = loaded.structure;
    m_view->setStructure(m_structure, loaded.bonds);
    const bool valid = m_structure.isValid();
    m_message->setText(m_structure.error);
    m_message->setVisible(!m_structure.error.isEmpty());
    m_slider->blockSignals(true);
    m_slider->setRange(0, std::max(0, m_structure.frameCount() - 1));
    m_slider->setValue(0);
    m_slider->blockSignals(false);
    m_slider->setVisible(m_structure.frameCount() > 1);
    m_reset->setEnabled(valid);
    m_bonds->setText(!valid ? QString()
                     : loaded.bonds.size() > StructureView::MaxDrawnBonds
                         ? tr("%1 (too many to draw)").arg(QLocale().toString(qulonglong(loaded.bonds.size())))
                         : QLocale().toString(qulonglong(loaded.bonds.size())));
    showFacts(0);
}

void StructurePanel::showFacts(int frame)
{
    const bool valid = m_structure.isValid() && frame < m_structure.frameCount();
    const QLocale locale;
    const artifacts::Frame *f = valid ? &m_structure.frames.at(size_t(frame)) : nullptr;
    m_formula->setText(f ? artifacts::Structure::formula(*f) : QString());
    m_atoms->setText(f ? locale.toString(qulonglong(f->numbers.size())) : QString());
    m_frames->setText(valid ? tr("%1 of %2").arg(frame + 1).arg(m_structure.frameCount()) : QString());
    const auto lattice = f ? artifacts::Structure::lattice(*f) : std::nullopt;
    const auto density = f ? artifacts::Structure::density(*f) : std::nullopt;
    const QString none = valid ? tr("no cell") : QString();
    m_lengths->setText(lattice ? tr("%1, %2, %3 Å").arg(locale.toString(lattice->a, 'f', 4), locale.toString(lattice->b, 'f', 4),
                                                         locale.toString(lattice->c, 'f', 4))
                               : none);
    m_angles->setText(lattice ? tr("%1°, %2°, %3°").arg(locale.toString(lattice->alpha, 'f', 2), locale.toString(lattice->beta, 'f', 2),
                                                         locale.toString(lattice->gamma, 'f', 2))
                              : none);
    m_volume->setText(lattice ? tr("%1 Å³").arg(locale.toString(lattice->volume, 'f', 2)) : none);
    m_density->setText(density ? tr("%1 g/cm³").arg(locale.toString(*density, 'f', 3)) : none);
}

QString StructurePanel::summaryText() const
{
    QStringList lines;
    if (m_message->isVisibleTo(this) && !m_message->text().isEmpty())
        lines << m_message->text();
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + u": "_s + value->text();
    }
    return lines.join(u'\n');
}

} // namespace wb::ui
