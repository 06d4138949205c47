// SPDX-License-Identifier: GPL-3.0-or-later
// AnswerNormalizer::normalize on any JSON answer against each stage's schema; a usable result must be
// valid for the schema. The first byte chooses the schema and which required fields are indispensable.
#include "llm/answernormalizer.h"
#include "llm/schemavalidator.h"

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    wb::fuzz::stageSchemas();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto &schemas = wb::fuzz::stageSchemas();
    const nlohmann::ordered_json &schema = schemas[data[0] % schemas.size()];
    QStringList indispensable;
    if (data[0] & 0x80) {
        for (const auto &field : schema.value("required", nlohmann::ordered_json::array()))
            indispensable << QString::fromStdString(field.get<std::string>());
    }
    const auto answer = nlohmann::ordered_json::parse(data + 1, data + size, nullptr, false);
    if (answer.is_discarded())
        return 0;
    const auto result = wb::llm::AnswerNormalizer::normalize(answer, schema, indispensable);
    (void)result.value.dump();
    (void)result.notes.join(u'\n').toUtf8();
    if (result.problems.isEmpty() && !wb::llm::SchemaValidator::validate(nlohmann::json(result.value), nlohmann::json(schema)).isEmpty())
        __builtin_trap();   // normalize() said usable, yet the value does not fit the schema
    return 0;
}
