// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/welcomedialog.h"

#include "settings/recentworkspaces.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_demo(new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), tr("Open the &Demo"), this))
    , m_recent(new QListWidget(this))
{
    setWindowTitle(tr("Welcome to CodeDistiller Workbench"));
    setWindowIcon(QIcon(u":/icons/codedistiller-workbench.svg"_s));
    auto *title = new QLabel(tr("<h2>CodeDistiller Workbench</h2>"
                                "<p>Distil runnable examples from scientific repositories, watch them run, and vet "
                                "them before agents use them.</p>"), this);
    title->setWordWrap(true);
    auto *demoNote = new QLabel(tr("The demo adds a small sample repository (crystaltoolkit, a crystal-structure "
                                   "toolkit) and runs the real pipeline on it with recorded model responses and "
                                   "local Python: a first round that fails, a repaired round with a chart, the "
                                   "judge's verdicts. No network and no API key needed."), this);
    demoNote->setWordWrap(true);
    m_demo->setDefault(true);
    m_demo->setObjectName(u"OpenDemo"_s);
    auto *newButton = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New Workspace…"), this);
    auto *openButton = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("&Open Workspace…"), this);
    connect(m_demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(newButton, &QPushButton::clicked, this, [this] { choose(Choice::New); });
    connect(openButton, &QPushButton::clicked, this, [this] { choose(Choice::Open); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_demo);
    layout->addWidget(demoNote);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    const QStringList recent = RecentWorkspaces::list();
    if (!recent.isEmpty()) {
        layout->addWidget(new QLabel(tr("Recent workspaces:"), this));
        for (const QString &path : recent) {
            auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
            item->setToolTip(path);
            item->setData(Qt::UserRole, path);
        }
        m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 6 + 4);
        connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_recentPath = item->data(Qt::UserRole).toString();
            choose(Choice::Recent);
        });
        layout->addWidget(m_recent);
    } else {
        m_recent->hide();
    }
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    setMinimumWidth(520);
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace wb::ui
