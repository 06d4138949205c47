// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::test {

/**
 * A small library in a workspace (synthetic data), for the search, its command and its view. Two
 * campaigns, "gpt-5" and "claude-sonnet-4-5", over scientific repositories; every successful example has
 * a final round with a real metadata.json and main.py:
 *  - WMD-group/MacroDensity (gpt-5, accepted): planar and macroscopic averages of an electrostatic
 *    potential from a VASP LOCPOT file;
 *  - ase/ase (gpt-5, accepted): Ewald sum of an ionic crystal's electrostatic energy (shares words with it);
 *  - materialsproject/pymatgen (both campaigns, accepted): X-ray diffraction from a CIF file, the same
 *    main.py and description twice (a duplicate; the later one never ranks first for its description);
 *  - dfm/emcee: rejected in gpt-5, accepted in claude-sonnet-4-5;
 *  - phonopy/phonopy (gpt-5): successful, not reviewed;
 *  - lmfit/lmfit-py (gpt-5): failed; sunpy/sunpy: no example at all.
 * Ids are in the order listed (the gpt-5 campaign's examples first).
 */
class LibraryFixture final
{
public:
    explicit LibraryFixture(std::shared_ptr<store::Workspace> workspace);

    qint64 macroDensity = 0;
    qint64 ase = 0;
    qint64 pymatgen = 0;
    qint64 pymatgenTwin = 0;
    qint64 emceeRejected = 0;
    qint64 emceeAccepted = 0;
    qint64 phonopy = 0;
    qint64 lmfit = 0;
    qint64 gpt5 = 0;
    qint64 claude = 0;

    /** Adds a successful example of @p repository to @p campaign (a repository made on first use); returns its id. */
    qint64 addExample(qint64 campaign, const QString &repository, const QString &description, const QString &mainPy,
                      const QString &decision = {});
    /** Records @p annotator's whole-example judgement with @p decision ("accept", "reject", "needs_work"). */
    void judge(qint64 exampleId, const QString &annotator, const QString &decision);

private:
    qint64 repository(const QString &name);

    std::shared_ptr<store::Workspace> m_workspace;
};

} // namespace wb::test
