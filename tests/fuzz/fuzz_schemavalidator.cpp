// SPDX-License-Identifier: GPL-3.0-or-later
// SchemaValidator::validate on any JSON value against each stage's schema (and its "plan" variant).
// The first byte chooses the schema, the rest is the answer.
#include "llm/schemavalidator.h"
#include "llm/stageschemas.h"

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
    const qsizetype pick = data[0] % (2 * schemas.size());
    const nlohmann::ordered_json &base = schemas[pick / 2];
    const nlohmann::json schema(pick % 2 ? wb::llm::StageSchemas::withPlan(base) : base);
    const auto value = nlohmann::json::parse(data + 1, data + size, nullptr, false);
    if (value.is_discarded())
        return 0;
    const QStringList errors = wb::llm::SchemaValidator::validate(value, schema);
    (void)errors.join(u'\n').toUtf8();
    return 0;
}
