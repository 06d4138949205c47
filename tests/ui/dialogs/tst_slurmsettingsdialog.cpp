// SPDX-License-Identifier: GPL-3.0-or-later
// File → Slurm Settings: the team's settings in the workspace, refused when wrong, and the check against
// a real single-node Slurm (and against a machine without one).
#include "dialogs/slurmsettingsdialog.h"
#include "exec/slurmsettings.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "slurmcluster.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstSlurmSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheTeamsSettingsAndTheDefaults()
    {
        test::TempWorkspace tmp;
        tmp.workspace()->setSetting(u"slurm.partition"_s, u"short"_s);
        ui::WorkspaceSession session(tmp.workspace(), ui::Preferences::load().annotator);
        ui::SlurmSettingsDialog dialog(&session);
        session.waitForIdle();   // the stored values are in the fields
        QCOMPARE(dialog.field(u"slurm.partition"_s)->text(), u"short"_s);
        QVERIFY(dialog.field(u"slurm.account"_s)->text().isEmpty());
        QCOMPARE(dialog.field(u"slurm.max_jobs"_s)->placeholderText(), u"64"_s);
        QCOMPARE(dialog.field(u"slurm.container_runtime"_s)->placeholderText(), u"apptainer"_s);
        QCOMPARE(dialog.field(u"slurm.account"_s)->placeholderText(), u"the site's default"_s);
        QCOMPARE(dialog.field(u"slurm.container_image"_s)->placeholderText(), u"none: rounds run on the node itself"_s);
        for (const QString &key : exec::SlurmSettings::keys())
            QVERIFY2(dialog.field(key), qPrintable(key));
    }

    void wrongValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("not a number") << u"slurm.max_cpus"_s << u"many"_s;
        QTest::newRow("relative shared folder") << u"slurm.shared_directory"_s << u"scratch/team"_s;
        QTest::newRow("unknown runtime") << u"slurm.container_runtime"_s << u"docker"_s;
        QTest::newRow("unbalanced quote") << u"slurm.sbatch_args"_s << u"--comment='open"_s;
        QTest::newRow("poll too fast") << u"slurm.poll_seconds"_s << u"0"_s;
    }

    void wrongValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        test::TempWorkspace tmp;
        tmp.workspace()->setSetting(u"slurm.partition"_s, u"short"_s);
        ui::WorkspaceSession session(tmp.workspace(), ui::Preferences::load().annotator);
        ui::SlurmSettingsDialog dialog(&session);
        session.waitForIdle();   // the stored values are in the fields
        dialog.field(u"slurm.partition"_s)->setText(u"long"_s);
        dialog.field(key)->setText(value);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());   // stays open, says why
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(!dialog.message()->text().isEmpty(), qPrintable(key));
        QCOMPARE(tmp.workspace()->setting(u"slurm.partition"_s), u"short"_s);   // nothing stored
        QVERIFY(tmp.workspace()->setting(key).isEmpty());
    }

    void storesForEveryoneAndAnEmptyFieldMeansTheDefault()
    {
        test::TempWorkspace tmp;
        tmp.workspace()->setSetting(u"slurm.modules"_s, u"python/3.10"_s);
        {
            ui::WorkspaceSession session(tmp.workspace(), ui::Preferences::load().annotator);
            ui::SlurmSettingsDialog dialog(&session);
            session.waitForIdle();   // the stored values are in the fields
            dialog.field(u"slurm.partition"_s)->setText(u" gpu "_s);
            dialog.field(u"slurm.modules"_s)->clear();
            dialog.field(u"slurm.max_gpus"_s)->setText(u"2"_s);
            dialog.field(u"slurm.sbatch_args"_s)->setText(u"--constraint='avx2&ib' --exclusive"_s);
            dialog.accept();
            session.waitForIdle();   // stored in the background
            QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()->text()));
        }
        // Another workbench on the same workspace reads what the campaign will use.
        auto other = store::Workspace::open(tmp.location(), tmp.path(u"other.cache"_s));
        QMap<QString, QString> values;
        for (const QString &key : exec::SlurmSettings::keys())
            if (const QString v = other->setting(key); !v.isEmpty())
                values.insert(key, v);
        const auto settings = exec::SlurmSettings::fromMap(values);
        QCOMPARE(settings.partition, u"gpu"_s);
        QVERIFY(settings.modules.isEmpty());
        QCOMPARE(settings.maxGpus, 2);
        QCOMPARE(settings.extraArguments, QStringList({u"--constraint=avx2&ib"_s, u"--exclusive"_s}));
        QCOMPARE(settings.maxJobs, 64);
    }

    void checkWithoutSlurmSaysWhatIsMissing()
    {
        test::TempWorkspace tmp;
        QTemporaryDir emptyPath;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(emptyPath.path()));
        ui::WorkspaceSession session(tmp.workspace(), ui::Preferences::load().annotator);
        ui::SlurmSettingsDialog dialog(&session);
        session.waitForIdle();   // the stored values are in the fields
        QSignalSpy checked(&dialog, &ui::SlurmSettingsDialog::checked);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        qputenv("PATH", path);
        QCOMPARE(checked.first().at(0).toBool(), false);
        QVERIFY2(checked.first().at(1).toString().contains(u"sbatch was not found on PATH"_s), qPrintable(checked.first().at(1).toString()));
        QVERIFY(dialog.checkButton()->isEnabled());
    }

    void checkListsThePartitionsOfARealCluster()
    {
        test::SlurmCluster cluster;
        if (const QString why = cluster.start(); !why.isEmpty())
            QSKIP(qPrintable(u"no single-node Slurm on this machine: "_s + why));
        test::TempWorkspace tmp;
        ui::WorkspaceSession session(tmp.workspace(), ui::Preferences::load().annotator);
        ui::SlurmSettingsDialog dialog(&session);
        session.waitForIdle();   // the stored values are in the fields
        dialog.field(u"slurm.partition"_s)->setText(u"debug"_s);
        dialog.field(u"slurm.modules"_s)->setText(u"python/3.11"_s);
        dialog.field(u"slurm.shared_directory"_s)->setText(cluster.sharedDirectory());
        dialog.show();
        QSignalSpy checked(&dialog, &ui::SlurmSettingsDialog::checked);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        QVERIFY(!dialog.checkButton()->isEnabled());   // one check at a time
        QVERIFY(checked.wait(60000));
        const QString text = checked.first().at(1).toString();
        QVERIFY2(checked.first().at(0).toBool(), qPrintable(text));
        QVERIFY2(text.startsWith(u"Slurm answers. Partitions: "_s) && text.contains(u"nodes: 1"_s), qPrintable(text));
        if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/slurm-settings.png"_s));
    }
};

QTEST_MAIN(TstSlurmSettingsDialog)
#include "tst_slurmsettingsdialog.moc"
