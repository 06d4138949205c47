// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace wb::pipeline {

/**
 * The prompt templates (resources/prompts/<name>.md), rendered by replacing {{variable}} markers.
 * Rendering is deterministic, so the same inputs give the same request and hit the response cache.
 */
class PromptLibrary final
{
public:
    /** Throws wb::Error when the template is missing, a variable is not given, or one is left unused. */
    static QString render(const QString &name, const QHash<QString, QString> &variables);
    static QString systemPrompt();
};

} // namespace wb::pipeline
