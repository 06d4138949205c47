// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect to Team Workspace: the fields make a location without the password in its URI, the
// connection test reaches the test cluster (or names why not), and a main window on a team workspace
// shows another workbench's judgement without reopening.
#include "postgrestestserver.h"

#include "dialogs/teamworkspacedialog.h"
#include "store/workspace.h"
#include "store/workspacewatcher.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstTeamWorkspaceDialog : public QObject
{
    Q_OBJECT

    static void fill(ui::TeamWorkspaceDialog &dialog, const store::WorkspaceLocation &l, const QString &password)
    {
        dialog.findChild<QLineEdit *>(u"Host"_s)->setText(l.host());
        dialog.findChild<QSpinBox *>()->setValue(l.port());
        dialog.findChild<QLineEdit *>(u"Database"_s)->setText(l.database());
        dialog.findChild<QLineEdit *>(u"User"_s)->setText(l.user());
        dialog.findChild<QLineEdit *>(u"Password"_s)->setText(password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PostgresTestServer::isConfigured())
            QSKIP("No PostgreSQL test server: run this test through CTest, which starts one (postgres_cluster_start)");
    }

    void makesALocationAndTestsTheConnection()
    {
        const auto server = store::WorkspaceLocation::parse(test::PostgresTestServer::adminUri());
        ui::TeamWorkspaceDialog dialog;
        fill(dialog, server, u"s3cret"_s);
        auto *tls = dialog.findChild<QComboBox *>();
        tls->setCurrentIndex(tls->findData(u"disable"_s));
        const store::WorkspaceLocation l = dialog.location();
        QCOMPARE(l.host(), server.host());
        QCOMPARE(l.password(), u"s3cret"_s);
        QVERIFY(!l.uri().contains(u"s3cret"_s));
        QVERIFY(l.uri().contains(u"sslmode=disable"_s));
        QVERIFY(dialog.rememberPassword());

        dialog.show();
        QSignalSpy tested(&dialog, &ui::TeamWorkspaceDialog::tested);
        auto *test = dialog.findChild<QPushButton *>();
        const auto buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text().contains(u"Test"_s))
                test = b;
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(dialog.findChild<QLabel *>(u"TestResult"_s)->text().contains(u"PostgreSQL"_s));
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            dialog.findChild<QLineEdit *>(u"Host"_s)->setText(u"db.institute.example"_s);
            dialog.findChild<QLineEdit *>(u"Database"_s)->setText(u"curation"_s);
            dialog.findChild<QLineEdit *>(u"User"_s)->setText(u"ada"_s);
            dialog.findChild<QSpinBox *>()->setValue(5432);
            tls->setCurrentIndex(tls->findData(u"verify-full"_s));
            dialog.findChild<QLabel *>(u"TestResult"_s)->setText(u"Connected: PostgreSQL 15.8 (Debian 15.8-0+deb12u1) on x86_64-pc-linux-gnu"_s);
            dialog.resize(620, dialog.sizeHint().height());
            QVERIFY(dialog.grab().save(dir + u"/team-workspace.png"_s));
        }
    }

    void aDeadServerIsNamed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ui::TeamWorkspaceDialog dialog;
        fill(dialog, store::WorkspaceLocation::postgres(u"127.0.0.1"_s, port, u"curation"_s, u"ada"_s), QString());
        QSignalSpy tested(&dialog, &ui::TeamWorkspaceDialog::tested);
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(u"Test"_s))
                b->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY(!tested.first().at(0).toBool());
        QVERIFY2(tested.first().at(1).toString().contains(u"Cannot connect"_s), qPrintable(tested.first().at(1).toString()));
    }
};

QTEST_MAIN(TstTeamWorkspaceDialog)
#include "tst_teamworkspacedialog.moc"
