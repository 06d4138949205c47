// SPDX-License-Identifier: GPL-3.0-or-later
// A cassette (recorded responses, JSON Lines) read and looked up; malformed lines throw wb::Error only.
#include "llm/cassette.h"
#include "util/error.h"

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const auto cassette = wb::llm::Cassette::parse(wb::fuzz::bytes(data, size), QStringLiteral("fuzz.jsonl"));
        (void)cassette.find(QStringLiteral("0123abcd"));
        for (const char *stage : {"repository_summary", "file_classification", "example_generation", "judge_verdict", "example_repair"}) {
            if (const auto entry = cassette.match(QString::fromLatin1(stage), QStringLiteral("a prompt about ase and pymatgen")))
                (void)entry->response.size();
        }
    } catch (const wb::Error &) {
    }
    return 0;
}
