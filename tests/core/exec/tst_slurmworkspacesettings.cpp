// SPDX-License-Identifier: GPL-3.0-or-later
// The team's Slurm settings in the workspace: read all keys, store checked values in one go, empty resets.
#include "exec/slurmsettings.h"
#include "exec/slurmworkspacesettings.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstSlurmWorkspaceSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void saveLoadAndReset()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        auto values = exec::SlurmWorkspaceSettings::load(ws);
        QCOMPARE(values.keys(), [] {
            auto keys = exec::SlurmSettings::keys();
            keys.sort();
            return keys;
        }());
        QVERIFY(values.value(u"slurm.partition"_s).isEmpty());

        exec::SlurmWorkspaceSettings::save(ws, {{u"slurm.partition"_s, u" gpu "_s}, {u"slurm.max_jobs"_s, u"8"_s}});
        values = exec::SlurmWorkspaceSettings::load(ws);
        QCOMPARE(values.value(u"slurm.partition"_s), u"gpu"_s);
        QCOMPARE(values.value(u"slurm.max_jobs"_s), u"8"_s);

        // A wrong value: nothing is stored.
        QVERIFY_THROWS_EXCEPTION(Error, exec::SlurmWorkspaceSettings::save(ws, {{u"slurm.partition"_s, u"cpu"_s},
                                                                                  {u"slurm.max_jobs"_s, u"many"_s}}));
        QCOMPARE(ws->setting(u"slurm.partition"_s), u"gpu"_s);

        // Absent or empty: the default again.
        exec::SlurmWorkspaceSettings::save(ws, {{u"slurm.partition"_s, u""_s}});
        QVERIFY(ws->setting(u"slurm.partition"_s).isEmpty());
        QVERIFY(ws->setting(u"slurm.max_jobs"_s).isEmpty());
    }
};

QTEST_MAIN(TstSlurmWorkspaceSettings)
#include "tst_slurmworkspacesettings.moc"
