// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::test {

/**
 * A vetted library in a workspace: one campaign of finished examples, each from a repository with an
 * MIT licence, a judged-finished round with realistic metadata (description, inclusion and exclusion
 * criteria), requirements and a main.py with example functions, accepted by an annotator — what
 * LibrarySelection and the CodeScientist export take. Deterministic.
 */
class CodeblockLibrary final
{
public:
    /** Adds @p count examples (the first ones from a fixed list of scientific topics, then numbered). */
    static void build(const std::shared_ptr<store::Workspace> &workspace, int count, const QString &campaign = QStringLiteral("library"));
    /** The example_description of example @p i, as build() writes it. */
    static QString description(int i);
    /** The repository name of example @p i. */
    static QString repository(int i);
};

} // namespace wb::test
