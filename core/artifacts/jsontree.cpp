// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/jsontree.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::artifacts::JsonTree)
};

using Json = nlohmann::ordered_json;
constexpr char NonFinite[] = "\x01wb-nonfinite:";      // as decoded
constexpr char NonFiniteJson[] = "\\u0001wb-nonfinite:";   // as written into the text

/** Python's bare NaN / Infinity / -Infinity outside strings, written as marked strings. */
std::string markNonFinite(const QByteArray &bytes)
{
    std::string out;
    out.reserve(size_t(bytes.size()) + 64);
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < bytes.size())
                out += bytes.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        bool replaced = false;
        for (const char *token : {"-Infinity", "Infinity", "NaN"}) {
            const qsizetype n = qsizetype(std::strlen(token));
            if (QByteArrayView(bytes).sliced(i).startsWith(token)) {
                out += '"';
                out += NonFiniteJson;
                out += token;
                out += '"';
                i += n - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += c;
    }
    return out;
}

QString escapeToken(const QString &key)
{
    QString t = key;
    t.replace(u"~"_s, u"~0"_s);
    t.replace(u"/"_s, u"~1"_s);
    return t;
}

struct Builder
{
    QList<JsonTree::Node> &nodes;
    qsizetype maxNodes;
    bool truncated = false;

    void add(const Json &value, const QString &key, const QString &pointer, int parent)
    {
        if (nodes.size() >= maxNodes) {
            truncated = true;
            return;
        }
        const int index = int(nodes.size());
        JsonTree::Node node;
        node.key = key;
        node.pointer = pointer;
        node.parent = parent;
        if (value.is_object()) {
            node.kind = JsonTree::Kind::Object;
        } else if (value.is_array()) {
            node.kind = JsonTree::Kind::Array;
        } else if (value.is_number()) {
            node.kind = JsonTree::Kind::Number;
            node.number = value.get<double>();
            node.text = QString::fromStdString(value.dump());
        } else if (value.is_boolean()) {
            node.kind = JsonTree::Kind::Bool;
            node.text = value.get<bool>() ? u"true"_s : u"false"_s;
        } else if (value.is_null()) {
            node.kind = JsonTree::Kind::Null;
            node.text = u"null"_s;
        } else {
            const std::string s = value.get<std::string>();
            if (s.rfind(NonFinite, 0) == 0) {
                const std::string token = s.substr(std::strlen(NonFinite));
                node.kind = JsonTree::Kind::Number;
                node.text = QString::fromStdString(token);
                node.number = token == "NaN" ? std::numeric_limits<double>::quiet_NaN()
                                             : (token[0] == '-' ? -1.0 : 1.0) * std::numeric_limits<double>::infinity();
            } else {
                node.kind = JsonTree::Kind::String;
                node.text = QString::fromStdString(s);
            }
        }
        nodes.append(node);
        if (parent >= 0)
            nodes[parent].children.append(index);
        if (value.is_object()) {
            for (const auto &[k, v] : value.items()) {
                const QString name = QString::fromStdString(k);
                add(v, name, pointer + u'/' + escapeToken(name), index);
            }
        } else if (value.is_array()) {
            for (size_t i = 0; i < value.size(); ++i)
                add(value[i], u"[%1]"_s.arg(i), pointer + u'/' + QString::number(i), index);
        }
    }
};
} // namespace

bool JsonTree::isJsonName(const QString &name)
{
    return name.toLower().endsWith(u".json"_s);
}

JsonTree JsonTree::parse(const QByteArray &bytes, qsizetype maxNodes)
{
    JsonTree tree;
    // With exceptions: nlohmann throws out_of_range for a number like 1e400 even when asked not to throw.
    Json json;
    QString error;
    const auto attempt = [&json, &error](const auto &...input) {
        try {
            json = Json::parse(input...);
            return true;
        } catch (const Json::exception &e) {
            if (error.isEmpty())
                error = QString::fromUtf8(e.what());
            return false;
        }
    };
    if (!attempt(bytes.constBegin(), bytes.constEnd()) && !attempt(markNonFinite(bytes))) {
        tree.m_error = Tr::tr("Not valid JSON: %1").arg(error);
        return tree;
    }
    Builder builder{tree.m_nodes, std::max<qsizetype>(1, maxNodes)};
    builder.add(json, QString(), QString(), -1);
    tree.m_truncated = builder.truncated;
    tree.m_byPointer.reserve(tree.m_nodes.size());
    for (int i = 0; i < tree.m_nodes.size(); ++i)
        tree.m_byPointer.insert(tree.m_nodes.at(i).pointer, i);
    return tree;
}

std::optional<int> JsonTree::find(const QString &pointer) const
{
    const auto it = m_byPointer.constFind(pointer);
    if (it == m_byPointer.constEnd())
        return std::nullopt;
    return it.value();
}

QString JsonTree::summary(int index) const
{
    const Node &n = m_nodes.at(index);
    switch (n.kind) {
    case Kind::Object: return u"{%1}"_s.arg(n.children.size());
    case Kind::Array: return u"[%1]"_s.arg(n.children.size());
    default: return n.text;
    }
}

} // namespace wb::artifacts
