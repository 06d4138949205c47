// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/jsonextractor.h"
#include "llm/schemavalidator.h"
#include "llm/stageschemas.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::llm;

class TstStructuredOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");   // compact dump, empty: nothing
        QTest::newRow("plain") << u"{\"a\": 1}"_s << u"{\"a\":1}"_s;
        QTest::newRow("fenced json") << u"Here you go:\n```json\n{\"a\": 2}\n```\nDone."_s << u"{\"a\":2}"_s;
        QTest::newRow("last fence wins") << u"```\n{\"a\": 1}\n```\nfixed:\n```json\n{\"a\": 3}\n```"_s << u"{\"a\":3}"_s;
        QTest::newRow("prose around") << u"Sure! The answer is {\"a\": {\"b\": [1, 2]}} as requested."_s << u"{\"a\":{\"b\":[1,2]}}"_s;
        QTest::newRow("array") << u"[1, 2, 3]"_s << u"[1,2,3]"_s;
        QTest::newRow("unicode") << u"{\"formula\": \"Å → NaCl\"}"_s << u"{\"formula\":\"Å → NaCl\"}"_s;
        QTest::newRow("nothing") << u"I cannot help with that."_s << QString();
        QTest::newRow("broken") << u"{\"a\": 1,"_s << QString();
        QTest::newRow("scalar is not an answer") << u"42"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto j = JsonExtractor::extract(text);
        if (expected.isEmpty())
            QVERIFY(!j.has_value());
        else
            QCOMPARE(QString::fromStdString(j.value().dump()), expected);
    }

    void everyStageHasASchema()
    {
        QCOMPARE(StageSchemas::names(), (QStringList{u"example_generation"_s, u"example_repair"_s, u"file_classification"_s,
                                                     u"judge_verdict"_s, u"repository_summary"_s}));
        QVERIFY(!StageSchemas::get(u"nope"_s).has_value());
    }

    void classification_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errorParts");
        QTest::newRow("valid, nulls where allowed")
            << QByteArray("{\"classification\":\"code_example\",\"description\":\"Relaxes a structure.\",\"important_information\":null,\n"
            "                 \"computational_requirements\":null,\"highly_relevant_files\":[],\"how_relevant_rating\":5,\"stand_alone_example\":true,\"needs_gpu\":null}")
            << QStringList{};
        QTest::newRow("rating out of range")
            << QByteArray("{\"classification\":\"code_example\",\"description\":\"d\",\"important_information\":null,\"computational_requirements\":null,\n"
            "                 \"highly_relevant_files\":[],\"how_relevant_rating\":7,\"stand_alone_example\":true,\"needs_gpu\":false}")
            << QStringList{u"how_relevant_rating"_s, u"maximum"_s};
        QTest::newRow("unknown label")
            << QByteArray("{\"classification\":\"example\",\"description\":\"d\",\"important_information\":null,\"computational_requirements\":null,\n"
            "                 \"highly_relevant_files\":[],\"how_relevant_rating\":3,\"stand_alone_example\":false,\"needs_gpu\":false}")
            << QStringList{u"classification"_s, u"not one of"_s};
        QTest::newRow("null where a string is required")
            << QByteArray("{\"classification\":\"other\",\"description\":null,\"important_information\":null,\"computational_requirements\":null,\n"
            "                 \"highly_relevant_files\":null,\"how_relevant_rating\":1,\"stand_alone_example\":false,\"needs_gpu\":false}")
            << QStringList{u"$.description"_s, u"$.highly_relevant_files"_s};
        QTest::newRow("missing and extra fields")
            << QByteArray("{\"classification\":\"other\",\"description\":\"d\",\"rating\":3}")
            << QStringList{u"missing required field \"how_relevant_rating\""_s, u"$.rating: unexpected field"_s};
    }

    void classification()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errorParts);
        const auto schema = StageSchemas::get(u"file_classification"_s).value();
        const QString errors = SchemaValidator::validate(nlohmann::json::parse(json.constData(), json.constData() + json.size()), schema)
                                   .join(u'\n');
        if (errorParts.isEmpty())
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        for (const QString &part : errorParts)
            QVERIFY2(errors.contains(part), qPrintable(errors));
    }

    void generationUsesTheSharedMetadataDefinition()
    {
        const auto schema = StageSchemas::get(u"example_generation"_s).value();
        auto answer = nlohmann::json::parse("{\"main_py\":\"print(1)\",\"requirements_txt\":\"numpy\\n\",\"run_sh\":\"pip install -r requirements.txt\\n\",\n"
            "            \"metadata\":{\"repository_url\":\"https://github.com/a/b\",\"description\":\"d\",\"example_description\":\"e\",\n"
            "              \"example_inclusion_criteria\":\"i\",\"example_exclusion_criteria\":\"x\",\"example_type\":\"library_demo\",\"user_type\":\"no_user\",\n"
            "              \"compute_requirements\":{\"gpu_required\":false,\"gpu_normally_recommended\":null,\"min_gpu_memory_gb\":null,\"cpu_cores\":2,\n"
            "                \"ram_gb\":4,\"disk_space_gb\":null,\"api_keys_required\":[],\"api_keys_optional\":[],\"time_constraint_limited\":false}}}");
        QVERIFY(SchemaValidator::validate(answer, schema).isEmpty());
        answer["metadata"]["example_type"] = "demo";
        answer["metadata"]["compute_requirements"].erase("ram_gb");
        const QString errors = SchemaValidator::validate(answer, schema).join(u'\n');
        QVERIFY2(errors.contains(u"$.metadata.example_type"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"ram_gb"_s), qPrintable(errors));
    }

    void judgeVerdictHasOurErrorClass()
    {
        const auto schema = StageSchemas::get(u"judge_verdict"_s).value();
        const auto props = schema["properties"];
        for (const char *key : {"correct_behavior", "critical_issues", "issues", "is_faithful", "is_accurate", "is_complete",
                                "faithfulness_accurate_completeness_statement", "is_finished", "error_class"})
            QVERIFY2(props.contains(key), key);
    }
};

QTEST_APPLESS_MAIN(TstStructuredOutput)
#include "tst_structuredoutput.moc"
