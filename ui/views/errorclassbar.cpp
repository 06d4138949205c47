// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/errorclassbar.h"

#include "review/errortaxonomy.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

ErrorClassBar::ErrorClassBar(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_class(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_correct(new QPushButton(tr("C&orrect Class"), this))
{
    setObjectName(u"ErrorClassBar"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    for (const QString &c : review::ErrorTaxonomy::classes())
        m_class->addItem(c, c);
    m_class->setToolTip(tr("The error class this round really has, for the report's error taxonomy"));
    m_reason->setPlaceholderText(tr("why (optional)"));
    m_correct->setToolTip(tr("Record your class for this round; the judge's verdict stays as it was, the history is kept"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(new QLabel(tr("Class:"), this));
    layout->addWidget(m_class);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_correct);
    connect(m_correct, &QPushButton::clicked, this, &ErrorClassBar::submit);
    connect(m_reason, &QLineEdit::returnPressed, this, &ErrorClassBar::submit);
    connect(m_session, &WorkspaceSession::annotatorChanged, this, &ErrorClassBar::refresh);
    refresh();
}

void ErrorClassBar::setRound(qint64 roundId, const QString &judgeClass)
{
    const bool same = roundId == m_roundId;
    m_roundId = roundId;
    m_judgeClass = judgeClass;
    if (!same) {
        m_corrections.clear();
        m_reason->clear();
    }
    refresh();
    reload();
}

QString ErrorClassBar::currentClass() const
{
    return m_corrections.isEmpty() ? m_judgeClass : m_corrections.last().errorClass;
}

void ErrorClassBar::reload()
{
    if (m_roundId <= 0)
        return;
    const qint64 roundId = m_roundId;
    m_session->load(
        this, m_latest, [roundId](const std::shared_ptr<store::Workspace> &workspace) { return review::ErrorTaxonomy::corrections(workspace, roundId); },
        [this, roundId](const QList<store::ErrorClassRecord> &records) {
            if (roundId != m_roundId)
                return;
            m_corrections = records;
            refresh();
            Q_EMIT loaded(roundId);
        },
        [this](const QString &message) { Q_EMIT failed(message); });
}

void ErrorClassBar::refresh()
{
    const QString judge = m_judgeClass.isEmpty() ? tr("no class (not judged)") : m_judgeClass;
    if (m_corrections.isEmpty()) {
        m_summary->setText(tr("Error class: <b>%1</b> (the judge's)").arg(judge.toHtmlEscaped()));
    } else {
        const auto &c = m_corrections.last();
        m_summary->setText(tr("Error class: <b>%1</b>, corrected by %2 on %3 (the judge said %4; %n correction(s))", nullptr,
                              int(m_corrections.size()))
                               .arg(c.errorClass.toHtmlEscaped(), c.annotator.toHtmlEscaped(),
                                    QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat), judge.toHtmlEscaped()));
        m_summary->setToolTip(c.reason);
    }
    const int shown = m_class->findData(currentClass());
    if (shown >= 0)
        m_class->setCurrentIndex(shown);
    const bool named = !m_session->annotator().trimmed().isEmpty();
    m_correct->setEnabled(m_roundId > 0 && named);
    m_class->setEnabled(m_roundId > 0);
    if (!named)
        m_correct->setToolTip(tr("Give your name in Settings → General to record a correction"));
}

void ErrorClassBar::submit()
{
    if (m_roundId <= 0 || !m_correct->isEnabled())
        return;
    store::ErrorClassRecord record;
    record.roundId = m_roundId;
    record.annotator = m_session->annotator();
    record.errorClass = m_class->currentData().toString();
    record.reason = m_reason->text();
    m_correct->setEnabled(false);   // until the answer: no double submission
    m_session->load(
        this, [record](const std::shared_ptr<store::Workspace> &workspace) { return review::ErrorTaxonomy::correct(workspace, record); },
        [this](const store::ErrorClassRecord &stored) {
            m_reason->clear();
            if (stored.roundId == m_roundId)
                m_corrections << stored;
            refresh();
            Q_EMIT corrected(stored);
        },
        [this](const QString &message) {
            refresh();
            m_summary->setText(u"<span style='color:#c0392b'>"_s + message.toHtmlEscaped() + u"</span>"_s);
            Q_EMIT failed(message);
        });
}

} // namespace wb::ui
