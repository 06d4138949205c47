// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}
namespace wb::llm {
struct LlmResult;
}

namespace wb::pipeline {

/** The classification of one file of one example: its request and what is stored with the answer. */
struct ClassificationTask
{
    qint64 exampleId = 0;
    QString path;
    qint64 fileTokens = 0;
    bool truncated = false;
    llm::LlmRequest request;

    /** Stores @p result as the file's classification: the rating of a valid answer, else the error. Throws wb::Error. */
    void save(const std::shared_ptr<store::Workspace> &workspace, const llm::LlmResult &result) const;

    /** The batch custom_id: the example and a digest of the path ("e12-3f9a…", [A-Za-z0-9_-], ≤ 64 characters). */
    QString customId() const;
    /** Example, path, token count and truncation as JSON (kept with the batch request). */
    QByteArray context() const;
    /** The task of a batch request from its context; throws wb::Error (InvalidInput) on a bad context. */
    static ClassificationTask fromContext(const QByteArray &context);
};

} // namespace wb::pipeline
