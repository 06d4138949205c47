// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/vettedexample.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::exchange {

/**
 * The files of one exported example folder (folders and git formats), so that the folder stands on its own:
 * the round's four files, provenance, a README, the final round's to_save/ files under expected_output/, the
 * repository's licence (and NOTICE), and run_example.sh, the one command that runs it outside the workbench.
 * Pure: texts only; the exporters write them (and redact known secrets).
 */
class ExampleFolder final
{
public:
    struct File
    {
        QString path;           ///< relative to the example's folder, '/'-separated
        QByteArray content;
        bool executable = false;
    };

    /** Every file of @p v's folder, named @p folderName in the export. */
    static QList<File> files(const VettedExample &v, const QString &folderName);

    /** README.md: what it demonstrates, repository and commit, licence, how to run, outputs, verdicts. */
    static QString readme(const VettedExample &v, const QString &folderName);
    /**
     * run_example.sh: when REPO_DIR is unset, clones the recorded URL and checks out the pinned commit into a
     * cache next to the folder (CODEDISTILLER_REPO_CACHE overrides it); then, in the folder, creates a virtual
     * environment as the workbench did (system packages visible; skipped inside an active virtual or conda
     * environment or with CODEDISTILLER_NO_VENV=1), sources run.sh and runs `python main.py`. Its exit status
     * is main.py's (2 when the repository cannot be fetched).
     */
    static QString runExampleScript(const VettedExample &v);
    /** The name the licence file gets in the folder ("LICENSE" for "LICENSE.md", "COPYING" for "COPYING"). */
    static QString licenseFileName(const VettedExample &v);
    /** One line: the judge's verdict on the final round. */
    static QString judgeLine(const VettedExample &v);
    /** One line: the experts' current decisions. */
    static QString expertsLine(const VettedExample &v);
};

} // namespace wb::exchange
