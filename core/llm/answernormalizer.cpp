// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/answernormalizer.h"

#include "llm/schemavalidator.h"

#include <QString>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {

struct Context
{
    const nlohmann::ordered_json &root;
    QStringList &notes;
};

const nlohmann::ordered_json &resolve(const nlohmann::ordered_json &schema, const nlohmann::ordered_json &root)
{
    if (schema.contains("$ref") && schema["$ref"].is_string()) {
        const std::string ref = schema["$ref"].get<std::string>();
        const std::string prefix = "#/$defs/";
        if (ref.rfind(prefix, 0) == 0 && root.contains("$defs") && root["$defs"].contains(ref.substr(prefix.size())))
            return root["$defs"][ref.substr(prefix.size())];
    }
    return schema;
}

QStringList types(const nlohmann::ordered_json &schema)
{
    QStringList out;
    if (!schema.contains("type"))
        return out;
    const auto &t = schema["type"];
    for (const auto &name : t.is_array() ? t : nlohmann::ordered_json::array({t}))
        if (name.is_string())
            out << QString::fromStdString(name.get<std::string>());
    return out;
}

nlohmann::ordered_json defaultFor(const nlohmann::ordered_json &schemaIn, const nlohmann::ordered_json &root);

nlohmann::ordered_json defaultObject(const nlohmann::ordered_json &schema, const nlohmann::ordered_json &root)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    const auto props = schema.value("properties", nlohmann::ordered_json::object());
    for (const auto &req : schema.value("required", nlohmann::ordered_json::array()))
        if (req.is_string() && props.contains(req.get<std::string>()))
            out[req.get<std::string>()] = defaultFor(props[req.get<std::string>()], root);
    return out;
}

nlohmann::ordered_json defaultFor(const nlohmann::ordered_json &schemaIn, const nlohmann::ordered_json &root)
{
    const nlohmann::ordered_json &schema = resolve(schemaIn, root);
    const QStringList t = types(schema);
    if (t.contains(u"null"_s))
        return nullptr;
    if (schema.contains("enum") && schema["enum"].is_array() && !schema["enum"].empty()) {
        const auto &allowed = schema["enum"];
        const auto other = std::find(allowed.begin(), allowed.end(), nlohmann::ordered_json("other"));
        return other != allowed.end() ? *other : allowed.front();
    }
    if (t.contains(u"array"_s))
        return nlohmann::ordered_json::array();
    if (t.contains(u"object"_s))
        return defaultObject(schema, root);
    if (t.contains(u"string"_s))
        return "";
    if (t.contains(u"boolean"_s))
        return false;
    if (t.contains(u"integer"_s) || t.contains(u"number"_s))
        return schema.contains("minimum") ? schema["minimum"] : nlohmann::ordered_json(0);
    return nullptr;
}

std::optional<bool> readBool(const nlohmann::ordered_json &v)
{
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_string()) {
        const QString s = QString::fromStdString(v.get<std::string>()).trimmed().toLower();
        if (s == u"true"_s || s == u"yes"_s)
            return true;
        if (s == u"false"_s || s == u"no"_s)
            return false;
    }
    return std::nullopt;
}

std::optional<double> readNumber(const nlohmann::ordered_json &v)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string()) {
        bool ok = false;
        const double d = QString::fromStdString(v.get<std::string>()).trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

/** @p value read as @p schema describes it; nullopt when it cannot be read (the caller then defaults it). */
std::optional<nlohmann::ordered_json> coerce(const nlohmann::ordered_json &value, const nlohmann::ordered_json &schemaIn, const QString &path, Context &c)
{
    const nlohmann::ordered_json &schema = resolve(schemaIn, c.root);
    const QStringList t = types(schema);
    if (value.is_null())
        return t.contains(u"null"_s) ? std::optional(value) : std::nullopt;
    if (t.contains(u"array"_s)) {
        nlohmann::ordered_json list = value;
        if (!value.is_array()) {
            if (!value.is_string())
                return std::nullopt;
            list = nlohmann::ordered_json::array({value});
            c.notes << u"%1: a string where a list was expected, read as a list of one"_s.arg(path);
        }
        if (!schema.contains("items"))
            return list;
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (size_t i = 0; i < list.size(); ++i) {
            const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
            if (auto item = coerce(list[i], schema["items"], itemPath, c))
                out.push_back(*item);
            else
                c.notes << u"%1: unreadable item dropped"_s.arg(itemPath);
        }
        return out;
    }
    if (t.contains(u"object"_s)) {
        if (!value.is_object())
            return std::nullopt;
        const auto props = schema.value("properties", nlohmann::ordered_json::object());
        nlohmann::ordered_json read = nlohmann::ordered_json::object();   // in the answer's order, then put in the schema's
        nlohmann::ordered_json &out = read;
        for (const auto &[rawKey, child] : value.items()) {
            QString key = QString::fromStdString(rawKey).trimmed();
            while (key.endsWith(u':'))
                key.chop(1);
            const std::string k = key.toStdString();
            if (!props.contains(k)) {
                if (schema.value("additionalProperties", true) == false) {
                    c.notes << u"%1.%2: a field the format does not have, dropped"_s.arg(path, QString::fromStdString(rawKey));
                    continue;
                }
                out[rawKey] = child;
                continue;
            }
            if (k != rawKey)
                c.notes << u"%1: key \"%2\" read as \"%3\""_s.arg(path, QString::fromStdString(rawKey), key);
            if (out.contains(k) && k != rawKey)
                continue;   // the exact key wins over its misspelling
            if (auto coerced = coerce(child, props[k], path + u'.' + key, c))
                out[k] = *coerced;
        }
        for (const auto &req : schema.value("required", nlohmann::ordered_json::array())) {
            const std::string k = req.get<std::string>();
            if (!out.contains(k) && props.contains(k)) {
                out[k] = defaultFor(props[k], c.root);
                c.notes << u"%1.%2: missing, default %3"_s.arg(path, QString::fromStdString(k), QString::fromStdString(out[k].dump()));
            }
        }
        nlohmann::ordered_json ordered = nlohmann::ordered_json::object();
        for (const auto &[key, child] : props.items())
            if (read.contains(key))
                ordered[key] = read[key];
        for (const auto &[key, child] : read.items())
            if (!ordered.contains(key))
                ordered[key] = child;
        return ordered;
    }
    if (schema.contains("enum") && schema["enum"].is_array()) {
        const auto &allowed = schema["enum"];
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
            return value;
        if (value.is_string()) {
            const QString s = QString::fromStdString(value.get<std::string>()).trimmed().toLower();
            for (const auto &a : allowed)
                if (a.is_string() && QString::fromStdString(a.get<std::string>()) == s)
                    return a;
        }
        const auto other = std::find(allowed.begin(), allowed.end(), nlohmann::ordered_json("other"));
        if (other == allowed.end())
            return std::nullopt;
        c.notes << u"%1: %2 is not a known value, read as \"other\""_s.arg(path, QString::fromStdString(value.dump()));
        return *other;
    }
    if (t.contains(u"boolean"_s)) {
        if (const auto b = readBool(value)) {
            if (!value.is_boolean())
                c.notes << u"%1: %2 read as %3"_s.arg(path, QString::fromStdString(value.dump()), *b ? u"true"_s : u"false"_s);
            return *b;
        }
        return std::nullopt;
    }
    if (t.contains(u"integer"_s) || t.contains(u"number"_s)) {
        const auto n = readNumber(value);
        if (!n)
            return std::nullopt;
        double x = *n;
        if (schema.contains("minimum") && x < schema["minimum"].get<double>())
            x = schema["minimum"].get<double>();
        if (schema.contains("maximum") && x > schema["maximum"].get<double>())
            x = schema["maximum"].get<double>();
        if (x != *n || !value.is_number())
            c.notes << u"%1: %2 read as %3"_s.arg(path, QString::fromStdString(value.dump())).arg(x);
        if (t.contains(u"integer"_s)) {
            if (!(x > -0x1p63 && x < 0x1p63))
                return std::nullopt;   // beyond 64 bits: no integer to round to
            return nlohmann::ordered_json(qint64(std::llround(x)));
        }
        return nlohmann::ordered_json(x);
    }
    if (t.contains(u"string"_s)) {
        if (value.is_string())
            return value;
        if (value.is_number() || value.is_boolean()) {
            c.notes << u"%1: %2 read as text"_s.arg(path, QString::fromStdString(value.dump()));
            return value.dump();
        }
        if (value.is_array() && std::all_of(value.begin(), value.end(), [](const auto &v) { return v.is_string(); })) {
            QStringList parts;
            for (const auto &v : value)
                parts << QString::fromStdString(v.get<std::string>());
            c.notes << u"%1: a list where text was expected, joined"_s.arg(path);
            return parts.join(u'\n').toStdString();
        }
        return std::nullopt;
    }
    return value;
}

} // namespace

AnswerNormalizer::Result AnswerNormalizer::normalize(const nlohmann::ordered_json &answer, const nlohmann::ordered_json &schema,
                                                     const QStringList &indispensable)
{
    Result r;
    if (!answer.is_object()) {
        r.problems << u"the answer is not a JSON object"_s;
        return r;
    }
    // The indispensable fields, checked on the answer as given (a default would hide their absence).
    const auto props = schema.value("properties", nlohmann::ordered_json::object());
    Context c{schema, r.notes};
    for (const QString &field : indispensable) {
        const std::string k = field.toStdString();
        const nlohmann::ordered_json *given = nullptr;
        for (const auto &[rawKey, child] : answer.items()) {
            QString key = QString::fromStdString(rawKey).trimmed();
            while (key.endsWith(u':'))
                key.chop(1);
            if (key == field && (!given || rawKey == k))
                given = &child;
        }
        if (!given) {
            r.problems << u"$.%1: missing"_s.arg(field);
            continue;
        }
        QStringList ignored;
        Context probe{schema, ignored};
        if (props.contains(k) && !coerce(*given, props[k], u"$."_s + field, probe))
            r.problems << u"$.%1: %2 cannot be read as the format requires"_s.arg(field, QString::fromStdString(given->dump()).left(80));
    }
    if (!r.problems.isEmpty())
        return r;
    r.value = coerce(answer, schema, u"$"_s, c).value_or(nlohmann::ordered_json::object());
    // Whatever is still off (it should be nothing) counts against the answer.
    r.problems = SchemaValidator::validate(nlohmann::json(r.value), nlohmann::json(schema));
    return r;
}

} // namespace wb::llm
