// SPDX-License-Identifier: GPL-3.0-or-later
#include "distillationscript.h"

#include "gitfixture.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace wb::test {

namespace {

const char *const kBuggyMain =
    "\"\"\"Lattice energy of a toy fcc crystal with matlib.\"\"\"\n"
    "import os, sys\n"
    "sys.path.insert(0, os.environ['REPO_DIR'])\n"
    "from matlib import lattice_energy\n"
    "print('energy at a = 1.6:', lattice_energy(spacing=1.6))\n";

const char *const kFixedMain =
    "\"\"\"Lattice energy of a toy fcc crystal with matlib: scan the lattice constant and find the minimum.\"\"\"\n"
    "import json, os, sys, time\n"
    "sys.path.insert(0, os.environ['REPO_DIR'])\n"
    "import matplotlib\n"
    "matplotlib.use('Agg')\n"
    "import matplotlib.pyplot as plt\n"
    "from matlib import lattice_energy\n"
    "start = time.time()\n"
    "log = []\n"
    "def note(message, kind='info'):\n"
    "    log.append({'type': kind, 'runtime_sec': round(time.time() - start, 2), 'message': message})\n"
    "    json.dump(log, open('log.json', 'w'))\n"
    "spacings = [1.3 + 0.025 * i for i in range(41)]\n"
    "energies = [lattice_energy(a) for a in spacings]\n"
    "best = min(range(len(spacings)), key=lambda i: energies[i])\n"
    "print(f'minimum energy {energies[best]:.4f} at a = {spacings[best]:.3f}')\n"
    "note(f'scanned {len(spacings)} lattice constants')\n"
    "os.makedirs('to_save', exist_ok=True)\n"
    "plt.plot(spacings, energies)\n"
    "plt.xlabel('a'); plt.ylabel('E per atom')\n"
    "plt.savefig('to_save/energy.png')\n"
    "json.dump({'a_min': spacings[best], 'e_min': energies[best]}, open('results.json', 'w'))\n"
    "note('done')\n";

nlohmann::json metadata()
{
    return {{"repository_url", "file:///matlib"},
            {"description", "matlib: toy lattice energies"},
            {"example_description", "Scan the lattice constant of an fcc crystal and find the energy minimum."},
            {"example_inclusion_criteria", "Computing lattice energies with matlib."},
            {"example_exclusion_criteria", "Anything beyond the toy pair potential."},
            {"example_type", "library_demo"},
            {"user_type", "no_user"},
            {"compute_requirements", {{"gpu_required", false}, {"gpu_normally_recommended", false}, {"min_gpu_memory_gb", nullptr},
                                      {"cpu_cores", 1}, {"ram_gb", 1}, {"disk_space_gb", nullptr}, {"api_keys_required", nlohmann::json::array()},
                                      {"api_keys_optional", nlohmann::json::array()}, {"time_constraint_limited", false}}}};
}

FakeResponse answer(const nlohmann::json &content, int promptTokens = 900, int completionTokens = 300)
{
    return FakeResponse::openAi(QString::fromStdString(content.dump()),
                                {{"prompt_tokens", promptTokens}, {"completion_tokens", completionTokens}, {"total_tokens", promptTokens + completionTokens}});
}

bool isAnthropic(const RecordedRequest &request)
{
    return request.path.endsWith("/v1/messages");
}

QString promptOf(const RecordedRequest &request)
{
    const auto body = request.json();
    if (!body.is_object() || !body.contains("messages") || !body["messages"].is_array() || body["messages"].empty())
        return {};
    const auto &content = body["messages"].back()["content"];
    if (content.is_string())
        return QString::fromStdString(content.get<std::string>());
    QString text;   // Anthropic's text blocks (the cacheable prefix, then the rest)
    if (content.is_array())
        for (const auto &block : content)
            if (block.is_object() && block.value("type", std::string()) == "text")
                text += QString::fromStdString(block.value("text", std::string()));
    return text;
}

/**
 * The OpenAI-format answer @p r as Anthropic's tool answer to @p request, with cache usage as Anthropic
 * reports it: the first request with a given cache_control prefix writes it, later ones read it.
 */
FakeResponse asAnthropic(const RecordedRequest &request, const QString &stage, const FakeResponse &r)
{
    const auto openAi = nlohmann::json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
    if (openAi.is_discarded() || !openAi.contains("choices"))
        return r;
    const std::string content = openAi["choices"][0]["message"].value("content", std::string());
    const auto value = nlohmann::json::parse(content, nullptr, false);
    const auto &usage = openAi["usage"];
    nlohmann::json anthropicUsage{{"input_tokens", usage.value("prompt_tokens", 0)}, {"output_tokens", usage.value("completion_tokens", 0)},
                                  {"cache_creation_input_tokens", 0}, {"cache_read_input_tokens", 0}};
    static QMutex mutex;
    static QSet<QByteArray> cached;
    const auto body = request.json();
    if (body.contains("messages") && body["messages"].back()["content"].is_array()) {
        const auto &first = body["messages"].back()["content"][0];
        if (first.contains("cache_control")) {
            const QByteArray prefix = QByteArray::fromStdString(first.value("text", std::string()));
            const int tokens = int(prefix.size() / 4);
            const QMutexLocker lock(&mutex);
            const bool hit = cached.contains(prefix);
            cached.insert(prefix);
            anthropicUsage[hit ? "cache_read_input_tokens" : "cache_creation_input_tokens"] = tokens;
        }
    }
    if (stage.isEmpty() || value.is_discarded())
        return FakeResponse::anthropicText(QString::fromStdString(content), anthropicUsage);
    FakeResponse a = FakeResponse::anthropicTool(stage, value, anthropicUsage);
    a.delayMs = r.delayMs;
    return a;
}

} // namespace

QString DistillationScript::makeRepository(const QString &dir)
{
    GitFixture repo(dir);
    repo.addFile("README.md", "# matlib\n\nLattice energies of simple crystals with a toy pair potential.\n"
                              "See examples/demo.py for a scan of the lattice constant.\n\n"
                              "```python\nfrom matlib import lattice_energy\nprint(lattice_energy(a=1.6))\n```\n");
    repo.addFile("LICENSE", "Permission is hereby granted, free of charge, to any person obtaining a copy of this software. "
                            "The above copyright notice and this permission notice shall be included in all copies or "
                            "substantial portions of the Software.\n");
    repo.addFile("setup.py", "from setuptools import setup\nsetup(name='matlib', packages=['matlib'])\n");
    repo.addFile("matlib/__init__.py", "from .core import lattice_energy\n\n__all__ = ['lattice_energy']\n");
    repo.addFile("matlib/core.py", "import math\n\n\ndef lattice_energy(a, epsilon=1.0):\n"
                                   "    \"\"\"Energy per atom of an fcc lattice with lattice constant a (Lennard-Jones, 12 neighbours).\"\"\"\n"
                                   "    r = a / math.sqrt(2)\n"
                                   "    return 0.5 * 12 * 4 * epsilon * ((1 / r) ** 12 - (1 / r) ** 6)\n");
    repo.addFile("examples/demo.py", "from matlib import lattice_energy\n\nfor a in (1.5, 1.6, 1.7):\n    print(a, lattice_energy(a))\n");
    repo.addFile("tests/test_core.py", "from matlib import lattice_energy\n\n\ndef test_minimum():\n    assert lattice_energy(1.587) < 0\n");
    return repo.commit("matlib 0.1");
}

QString DistillationScript::stageOf(const RecordedRequest &request)
{
    const auto body = request.json();
    if (body.is_object() && body.contains("tool_choice") && body["tool_choice"].is_object())   // Anthropic's forced tool
        return QString::fromStdString(body["tool_choice"].value("name", std::string()));
    if (body.is_object() && body.contains("response_format"))
        return QString::fromStdString(body["response_format"]["json_schema"].value("name", std::string()));
    return {};
}

std::function<FakeResponse(const RecordedRequest &)> DistillationScript::handler(Options options)
{
    // Both wire formats: the script answers in OpenAI's, and Anthropic's requests get the same answers as tools.
    const auto openAi = openAiHandler(options);
    return [openAi](const RecordedRequest &request) -> FakeResponse {
        const FakeResponse r = openAi(request);
        return isAnthropic(request) ? asAnthropic(request, stageOf(request), r) : r;
    };
}

std::function<FakeResponse(const RecordedRequest &)> DistillationScript::openAiHandler(Options options)
{
    return [options](const RecordedRequest &request) -> FakeResponse {
        const QString stage = stageOf(request);
        const QString prompt = promptOf(request);
        if (stage == QLatin1String("repository_summary"))
            return answer({{"description", "matlib computes lattice energies of fcc crystals with a toy Lennard-Jones potential."},
                           {"highly_relevant_files", {"examples/demo.py"}}}, 600, 80);
        if (stage == QLatin1String("file_classification")) {
            static const QRegularExpression fileRe(QStringLiteral("^File: (\\S+)"), QRegularExpression::MultilineOption);
            const QString path = fileRe.match(prompt).captured(1);
            int rating = 2;
            QString label = QStringLiteral("code_general");
            if (path == QLatin1String("examples/demo.py")) {
                rating = 5;
                label = QStringLiteral("code_example");
            } else if (path == QLatin1String("matlib/core.py")) {
                rating = 5;
            } else if (path == QLatin1String("README.md")) {
                rating = 4;
                label = QStringLiteral("documentation_example");
            } else if (path == QLatin1String("setup.py")) {
                rating = 3;
            }
            return answer({{"classification", label.toStdString()}, {"description", "A file of matlib."},
                           {"important_information", nullptr}, {"computational_requirements", nullptr},
                           {"highly_relevant_files", nlohmann::json::array()}, {"how_relevant_rating", rating},
                           {"stand_alone_example", rating == 5}, {"needs_gpu", false}}, 300, 60);
        }
        if (stage == QLatin1String("example_generation")) {
            if (options.brokenGeneration)
                return answer(nlohmann::json{{"main", "not the right shape"}});
            return answer({{"main_py", kBuggyMain}, {"requirements_txt", "numpy\nmatplotlib\n"},
                           {"run_sh", "pip install -r requirements.txt\n"}, {"metadata", metadata()}}, 3000, 700);
        }
        if (stage == QLatin1String("judge_verdict")) {
            const bool failed = prompt.contains(QLatin1String("Traceback"));
            return answer({{"correct_behavior", failed ? nlohmann::json::array() : nlohmann::json::array({"finds the minimum"})},
                           {"critical_issues", failed ? nlohmann::json::array({"TypeError: wrong keyword 'spacing'"}) : nlohmann::json::array()},
                           {"issues", nlohmann::json::array()}, {"is_faithful", !failed}, {"is_accurate", !failed}, {"is_complete", !failed},
                           {"faithfulness_accurate_completeness_statement", failed ? "The call uses a keyword lattice_energy does not have." : "Runs and finds the minimum."},
                           {"is_finished", !failed}, {"error_class", failed ? "api_misuse" : "none"}}, 2500, 200);
        }
        if (stage == QLatin1String("example_repair")) {
            FakeResponse r = answer({{"issues_identified", {"lattice_energy takes a, not spacing"}},
                                     {"changes_made", {"call lattice_energy(a)", "scan, plot and save results"}},
                                     {"main_py", kFixedMain}, {"requirements_txt", "numpy\nmatplotlib\n"},
                                     {"run_sh", "pip install -r requirements.txt\n"}, {"metadata", metadata()}}, 3500, 900);
            r.delayMs = options.repairDelayMs;
            return r;
        }
        return FakeResponse::openAi(QStringLiteral("pong"));
    };
}

pipeline::CampaignConfig DistillationScript::campaignConfig(const FakeLlmServer &server)
{
    pipeline::CampaignConfig c;
    c.generator = {QStringLiteral("vllm"), QStringLiteral("gpt-oss-120b"), server.openAiBaseUrl()};
    c.classifier = c.generator;
    c.judge = c.generator;
    c.executor = QStringLiteral("local");
    c.maxRounds = 3;
    c.limits.wallSeconds = 120;
    return c;
}

} // namespace wb::test
