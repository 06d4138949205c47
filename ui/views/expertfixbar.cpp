// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/expertfixbar.h"

#include "editor/codeeditor.h"
#include "session/workspacesession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

ExpertFixBar::ExpertFixBar(WorkspaceSession *session, QHash<QString, CodeEditor *> editors, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editors(std::move(editors))
    , m_edit(new QPushButton(tr("&Edit as Expert Fix"), this))
    , m_save(new QPushButton(tr("Save as Expert Round"), this))
    , m_discard(new QPushButton(tr("Discard Edits"), this))
    , m_run(new QPushButton(tr("Run Expert Round"), this))
    , m_runAfterSave(new QCheckBox(tr("Run after saving"), this))
    , m_judge(new QCheckBox(tr("Judge it too"), this))
    , m_status(new QLabel(this))
{
    m_edit->setToolTip(tr("Edit the shown round's four files; saving them makes a new, human-authored round"));
    m_save->setToolTip(tr("Store the edited files as the example's next round (origin: human)"));
    m_save->setShortcut(QKeySequence::Save);
    m_run->setToolTip(tr("Run the example's newest round, an expert round that has not run yet, through the campaign's executor"));
    m_runAfterSave->setChecked(true);
    m_judge->setToolTip(tr("Also ask the campaign's judge for a verdict on the expert round (costs one model call)"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_save);
    layout->addWidget(m_discard);
    layout->addWidget(m_runAfterSave);
    layout->addWidget(m_judge);
    layout->addWidget(m_run);
    layout->addWidget(m_status, 1);
    connect(m_edit, &QPushButton::clicked, this, &ExpertFixBar::startEditing);
    connect(m_save, &QPushButton::clicked, this, &ExpertFixBar::save);
    connect(m_discard, &QPushButton::clicked, this, &ExpertFixBar::discard);
    connect(m_run, &QPushButton::clicked, this, &ExpertFixBar::run);
    update();
}

ExpertFixBar::~ExpertFixBar() = default;

void ExpertFixBar::setExample(qint64 campaignId, qint64 exampleId, int shownRound, bool lastRoundIsPendingExpertRound)
{
    if (m_editing && exampleId != m_exampleId) {
        m_drafts.insert(m_exampleId, editorFiles());   // kept until saved or discarded
        m_editing = false;
        setEditorsWritable(false);
    }
    const bool changed = exampleId != m_exampleId;
    m_campaignId = campaignId;
    m_exampleId = exampleId;
    m_shownRound = shownRound;
    m_pendingRound = lastRoundIsPendingExpertRound;
    if (changed && m_drafts.contains(exampleId)) {
        startEditing();
        m_status->setText(tr("Your unsaved expert fix of this example is back in the editors."));
    } else if (changed) {
        m_status->clear();
    }
    update();
}

void ExpertFixBar::startEditing()
{
    if (m_exampleId <= 0 || m_busy)
        return;
    if (const auto draft = m_drafts.constFind(m_exampleId); draft != m_drafts.cend()) {
        m_editors.value(u"main.py"_s)->showFile(u"main.py"_s, QString::fromUtf8(draft->mainPy));
        m_editors.value(u"requirements.txt"_s)->showFile(u"requirements.txt"_s, QString::fromUtf8(draft->requirementsTxt));
        m_editors.value(u"run.sh"_s)->showFile(u"run.sh"_s, QString::fromUtf8(draft->runSh));
        m_editors.value(u"metadata.json"_s)->showFile(u"metadata.json"_s, QString::fromUtf8(draft->metadataJson));
    }
    m_editing = true;
    setEditorsWritable(true);
    m_status->setText(tr("Editing the files of round %1; saving adds them as a new expert round.").arg(m_shownRound));
    if (CodeEditor *main = m_editors.value(u"main.py"_s))
        main->setFocus(Qt::OtherFocusReason);
    update();
}

void ExpertFixBar::discard()
{
    m_drafts.remove(m_exampleId);
    m_editing = false;
    setEditorsWritable(false);
    m_status->setText(tr("Edits discarded."));
    update();
    Q_EMIT restoreRequested();
}

pipeline::ExampleFiles ExpertFixBar::editorFiles() const
{
    auto text = [this](const QString &file) {
        const CodeEditor *editor = m_editors.value(file);
        return editor ? editor->text().toUtf8() : QByteArray();
    };
    return {text(u"main.py"_s), text(u"requirements.txt"_s), text(u"run.sh"_s), text(u"metadata.json"_s)};
}

void ExpertFixBar::setEditorsWritable(bool writable)
{
    for (CodeEditor *editor : std::as_const(m_editors))
        editor->setReadOnly(!writable);
}

void ExpertFixBar::save()
{
    if (!m_editing || m_busy)
        return;
    m_busy = true;
    update();
    const pipeline::ExampleFiles files = editorFiles();
    const QString annotator = m_session->annotator();
    const qint64 exampleId = m_exampleId;
    m_session->load(
        this,
        [exampleId, files, annotator](const std::shared_ptr<store::Workspace> &workspace) {
            return pipeline::ExpertRound::create(workspace, exampleId, files, annotator);
        },
        [this, exampleId](const store::RoundRecord &round) {
            m_busy = false;
            m_drafts.remove(exampleId);
            if (exampleId == m_exampleId) {
                m_editing = false;
                setEditorsWritable(false);
                m_pendingRound = true;
            }
            m_status->setText(tr("Saved as round %1 (expert).").arg(round.index));
            update();
            Q_EMIT roundSaved(exampleId, round.index);
            if (m_runAfterSave->isChecked() && exampleId == m_exampleId)
                run();
        },
        [this](const QString &message) {
            m_busy = false;   // the edits stay in the editors
            m_status->setText(message);
            update();
        });
}

void ExpertFixBar::run()
{
    if (m_exampleId <= 0 || !m_pendingRound || m_busy)
        return;
    m_busy = true;
    m_status->setText(tr("Running the expert round…"));
    update();
    Q_EMIT runRequested(m_campaignId, m_exampleId, m_judge->isChecked());
}

void ExpertFixBar::runFinished(const QString &message)
{
    m_busy = false;
    m_status->setText(message);
    update();
}

void ExpertFixBar::update()
{
    const bool example = m_exampleId > 0;
    m_edit->setVisible(!m_editing);
    m_edit->setEnabled(example && !m_busy);
    m_save->setVisible(m_editing);
    m_save->setEnabled(!m_busy);
    m_discard->setVisible(m_editing);
    m_discard->setEnabled(!m_busy);
    m_runAfterSave->setVisible(m_editing);
    m_run->setVisible(!m_editing && m_pendingRound);
    m_run->setEnabled(!m_busy);
    m_judge->setVisible(m_editing || m_pendingRound);
}

} // namespace wb::ui
