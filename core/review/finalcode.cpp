// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/finalcode.h"

#include "store/pipelinestore.h"

using namespace Qt::StringLiterals;

namespace wb::review {

const QStringList &FinalCode::fileNames()
{
    static const QStringList names{u"main.py"_s, u"requirements.txt"_s, u"run.sh"_s, u"metadata.json"_s};
    return names;
}

FinalCode FinalCode::load(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId)
{
    FinalCode code;
    code.exampleId = exampleId;
    const store::PipelineStore pipeline(workspace);
    const auto rounds = pipeline.rounds(exampleId);
    for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) {
        if (it->origin == u"human"_s)
            continue;
        code.roundIndex = it->index;
        const QString blobs[] = {it->mainPyBlob, it->requirementsBlob, it->runShBlob, it->metadataBlob};
        for (qsizetype i = 0; i < fileNames().size(); ++i)
            code.files.insert(fileNames().at(i), QString::fromUtf8(pipeline.blob(blobs[i])));
        break;
    }
    return code;
}

} // namespace wb::review
