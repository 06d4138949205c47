// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/classificationtask.h"

#include "llm/llmresult.h"
#include "store/pipelinerecords.h"
#include "store/pipelinestore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::ClassificationTask)
};
} // namespace

void ClassificationTask::save(const std::shared_ptr<store::Workspace> &workspace, const llm::LlmResult &result) const
{
    store::ClassificationRecord c;
    c.exampleId = exampleId;
    c.path = path;
    c.fileTokens = fileTokens;
    c.truncated = truncated;
    c.llmCallId = result.callId;
    if (result.ok()) {
        c.responseJson = result.json;
        const auto j = nlohmann::json::parse(result.json.constData(), result.json.constData() + result.json.size(), nullptr, false);
        if (j.is_object() && j.contains("how_relevant_rating") && j["how_relevant_rating"].is_number_integer())
            c.rating = j["how_relevant_rating"].get<int>();
    } else {
        c.error = result.error;
    }
    store::PipelineStore(workspace).saveClassification(c);
}

QString ClassificationTask::customId() const
{
    const QByteArray digest = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    return u"e%1-%2"_s.arg(exampleId).arg(QString::fromLatin1(digest));
}

QByteArray ClassificationTask::context() const
{
    const nlohmann::json j{{"example_id", exampleId}, {"path", path.toStdString()}, {"file_tokens", fileTokens}, {"truncated", truncated}};
    return QByteArray::fromStdString(j.dump());
}

ClassificationTask ClassificationTask::fromContext(const QByteArray &context)
{
    const auto j = nlohmann::json::parse(context.constData(), context.constData() + context.size(), nullptr, false);
    if (!j.is_object() || !j.contains("path") || !j["path"].is_string() || !j.contains("example_id"))
        throw Error(Tr::tr("A classification batch request has no readable context."), Error::Kind::InvalidInput);
    ClassificationTask t;
    t.exampleId = j.value("example_id", qint64(0));
    t.path = QString::fromStdString(j["path"].get<std::string>());
    t.fileTokens = j.value("file_tokens", qint64(0));
    t.truncated = j.value("truncated", false);
    return t;
}

} // namespace wb::pipeline
