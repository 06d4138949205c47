// SPDX-License-Identifier: GPL-3.0-or-later
// Lenient reading of structured answers, the way CodeDistiller reads its models' answers.
#include "llm/answernormalizer.h"
#include "llm/schemavalidator.h"
#include "llm/stageschemas.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::llm;

namespace {
nlohmann::json schema(const char *stage)
{
    return nlohmann::json(StageSchemas::get(QString::fromLatin1(stage)).value());
}

nlohmann::json j(const char *text)
{
    return nlohmann::json::parse(text);
}
} // namespace

class TstAnswerNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classification_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("rating");
        QTest::newRow("unknown label becomes other, rating kept")
            << QByteArray(R"({"classification":"code_library","description":"d","important_information":null,
                "computational_requirements":null,"highly_relevant_files":[],"how_relevant_rating":4,"stand_alone_example":false,"needs_gpu":null})")
            << u"classification"_s << QByteArray(R"("other")") << 4;
        QTest::newRow("label in capitals is the label")
            << QByteArray(R"({"classification":"Code_Example","how_relevant_rating":5})") << u"classification"_s
            << QByteArray(R"("code_example")") << 5;
        QTest::newRow("a string where a list is expected")
            << QByteArray(R"({"classification":"code_general","highly_relevant_files":"examples/demo.py","how_relevant_rating":3})")
            << u"highly_relevant_files"_s << QByteArray(R"(["examples/demo.py"])") << 3;
        QTest::newRow("missing optional fields take defaults")
            << QByteArray(R"({"how_relevant_rating":2})") << u"important_information"_s << QByteArray("null") << 2;
        QTest::newRow("missing list defaults to empty")
            << QByteArray(R"({"how_relevant_rating":2})") << u"highly_relevant_files"_s << QByteArray("[]") << 2;
        QTest::newRow("missing boolean defaults to false")
            << QByteArray(R"({"how_relevant_rating":2})") << u"stand_alone_example"_s << QByteArray("false") << 2;
        QTest::newRow("rating as a string") << QByteArray(R"({"how_relevant_rating":"4"})") << u"how_relevant_rating"_s
                                            << QByteArray("4") << 4;
        QTest::newRow("rating out of range is clamped") << QByteArray(R"({"how_relevant_rating":7})") << u"how_relevant_rating"_s
                                                        << QByteArray("5") << 5;
        QTest::newRow("boolean as text") << QByteArray(R"({"how_relevant_rating":1,"stand_alone_example":"yes"})")
                                         << u"stand_alone_example"_s << QByteArray("true") << 1;
        QTest::newRow("unknown field is dropped") << QByteArray(R"({"how_relevant_rating":3,"reasoning":"because"})")
                                                  << u"reasoning"_s << QByteArray() << 3;
    }
    void classification()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, field);
        QFETCH(QByteArray, expected);
        QFETCH(int, rating);
        const auto r = AnswerNormalizer::normalize(nlohmann::json::parse(answer.toStdString()), schema("file_classification"),
                                                   {u"how_relevant_rating"_s});
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u"; "_s)));
        QVERIFY(SchemaValidator::validate(r.value, schema("file_classification")).isEmpty());
        QCOMPARE(r.value["how_relevant_rating"].get<int>(), rating);
        if (expected.isEmpty())
            QVERIFY(!r.value.contains(field.toStdString()));
        else
            QCOMPARE(QByteArray::fromStdString(r.value[field.toStdString()].dump()), expected);
    }

    void indispensableFieldsCannotBeDefaulted_data()
    {
        QTest::addColumn<QByteArray>("stage");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("field");
        QTest::newRow("classification without a rating") << QByteArray("file_classification")
                                                         << QByteArray(R"({"classification":"code_general"})") << u"how_relevant_rating"_s;
        QTest::newRow("classification with an unreadable rating") << QByteArray("file_classification")
                                                                  << QByteArray(R"({"how_relevant_rating":"very"})") << u"how_relevant_rating"_s;
        QTest::newRow("verdict without is_finished") << QByteArray("judge_verdict")
                                                     << QByteArray(R"({"is_faithful":true,"issues":[]})") << u"is_finished"_s;
        QTest::newRow("verdict with is_finished maybe") << QByteArray("judge_verdict") << QByteArray(R"({"is_finished":"maybe"})")
                                                        << u"is_finished"_s;
    }
    void indispensableFieldsCannotBeDefaulted()
    {
        QFETCH(QByteArray, stage);
        QFETCH(QByteArray, answer);
        QFETCH(QString, field);
        const auto r = AnswerNormalizer::normalize(nlohmann::json::parse(answer.toStdString()), schema(stage.constData()), {field});
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().contains(field), qPrintable(r.problems.first()));
    }

    void verdictWithOnlyIsFinishedIsUsable()
    {
        const auto r = AnswerNormalizer::normalize(j(R"({"is_finished": false, "critical_issues": "ImportError: no module named x"})"),
                                                   schema("judge_verdict"), {u"is_finished"_s});
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.value["is_finished"].get<bool>(), false);
        QVERIFY(r.value["critical_issues"] == j(R"(["ImportError: no module named x"])"));
        QVERIFY(r.value["error_class"].get<std::string>() == "other");   // an enumerated field defaults to "other"
        QVERIFY(r.value["faithfulness_accurate_completeness_statement"].get<std::string>() == "");
    }

    void metadataTyposAndNestedDefaults()
    {
        // The original's prompt example has the key "example_type:"; models copy it.
        const auto r = AnswerNormalizer::normalize(
            j(R"json({"main_py":"print(1)","requirements_txt":"","run_sh":"",
                  "metadata":{"example_type:":"library_demo","user_type":"no_user",
                              "compute_requirements":{"cpu_cores":"2","api_keys_required":"MP_API_KEY"}}})json"),
            schema("example_generation"), {u"main_py"_s});
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u"; "_s)));
        const auto &m = r.value["metadata"];
        QVERIFY(m["example_type"].get<std::string>() == "library_demo");
        QVERIFY(!m.contains("example_type:"));
        QCOMPARE(m["compute_requirements"]["cpu_cores"].get<int>(), 2);
        QVERIFY(m["compute_requirements"]["api_keys_required"] == j(R"(["MP_API_KEY"])"));
        QVERIFY(m["compute_requirements"]["api_keys_optional"] == j("[]"));
        QVERIFY(m["compute_requirements"]["time_constraint_limited"].is_null());
        QVERIFY(m["repository_url"].get<std::string>() == "");
        QVERIFY(!r.notes.isEmpty());
    }

    void missingMetadataObjectIsBuilt()
    {
        const auto r = AnswerNormalizer::normalize(j(R"({"main_py":"x = 1"})"), schema("example_repair"), {u"main_py"_s});
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u"; "_s)));
        QVERIFY(SchemaValidator::validate(r.value, schema("example_repair")).isEmpty());
        QVERIFY(r.value["metadata"]["user_type"].get<std::string>() == "no_user");
        QVERIFY(r.value["changes_made"] == j("[]"));
    }

    void notAnObject()
    {
        const auto r = AnswerNormalizer::normalize(j("[1, 2]"), schema("judge_verdict"), {u"is_finished"_s});
        QCOMPARE(r.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstAnswerNormalizer)
#include "tst_answernormalizer.moc"
