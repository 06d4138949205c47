// SPDX-License-Identifier: GPL-3.0-or-later
// A round's table or JSON artifact read and compared with a changed copy of itself: CsvTable (sniffed and
// with each forced separator), describe(), JsonTree, ArtifactDiff. Nothing may throw or crash.
#include "artifacts/artifactdiff.h"
#include "artifacts/csvtable.h"
#include "artifacts/jsontree.h"

#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using namespace wb::artifacts;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = wb::fuzz::bytes(data, size);
    CsvTable::Options options;
    options.maxRows = 64;
    const CsvTable table = CsvTable::parse(input, options);
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        for (qsizetype c = 0; c < table.columnCount(); ++c)
            (void)table.number(r, c);
    for (const char separator : {',', ';', '\t', ' '}) {
        options.separator = separator;
        (void)CsvTable::parse(input, options).description();
    }
    (void)CsvTable::describe(input);
    QByteArray changed = input;   // the same artifact in a later round: one byte different
    if (!changed.isEmpty())
        changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 1);
    (void)ArtifactDiff::compare(u"t.csv"_s, input, changed).toJson();
    const JsonTree tree = JsonTree::parse(input, 4096);
    for (int i = 0; i < tree.size(); ++i)
        (void)tree.summary(i);
    (void)ArtifactDiff::compare(u"r.json"_s, input, changed).toJson();
    return 0;
}
