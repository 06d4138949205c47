// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/schemavalidator.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {

/** A float with no fractional part, within 64 bits (converting one beyond them is undefined behaviour). */
bool isWholeInt64(const nlohmann::json &value)
{
    if (!value.is_number_float())
        return false;
    const double d = value.get<double>();
    return d >= -0x1p63 && d < 0x1p63 && d == std::trunc(d);
}

bool hasType(const nlohmann::json &value, const std::string &type)
{
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "integer") return value.is_number_integer() || isWholeInt64(value);
    if (type == "number") return value.is_number();
    if (type == "boolean") return value.is_boolean();
    if (type == "null") return value.is_null();
    return false;
}

QString typeName(const nlohmann::json &value)
{
    return QString::fromUtf8(value.type_name());
}

void check(const nlohmann::json &value, const nlohmann::json &schema, const nlohmann::json &root, const QString &path,
           QStringList &errors)
{
    if (schema.contains("$ref")) {
        const std::string ref = schema["$ref"].get<std::string>();
        const std::string prefix = "#/$defs/";
        if (ref.rfind(prefix, 0) == 0 && root.contains("$defs") && root["$defs"].contains(ref.substr(prefix.size()))) {
            check(value, root["$defs"][ref.substr(prefix.size())], root, path, errors);
        } else {
            errors << u"%1: unresolvable $ref %2"_s.arg(path, QString::fromStdString(ref));
        }
        return;
    }
    if (schema.contains("type")) {
        const auto &t = schema["type"];
        bool matches = false;
        QStringList expected;
        for (const auto &name : t.is_array() ? t : nlohmann::json::array({t})) {
            expected << QString::fromStdString(name.get<std::string>());
            matches = matches || hasType(value, name.get<std::string>());
        }
        if (!matches) {
            errors << u"%1: expected %2, got %3"_s.arg(path, expected.join(u" or "_s), typeName(value));
            return;
        }
    }
    if (schema.contains("enum") && !value.is_null()) {
        const auto &allowed = schema["enum"];
        if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
            QStringList names;
            for (const auto &a : allowed)
                names << QString::fromStdString(a.dump());
            errors << u"%1: %2 is not one of %3"_s.arg(path, QString::fromStdString(value.dump()), names.join(u", "_s));
        }
    }
    if (value.is_number()) {
        if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>())
            errors << u"%1: %2 is below the minimum %3"_s.arg(path, QString::fromStdString(value.dump()),
                                                              QString::fromStdString(schema["minimum"].dump()));
        if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>())
            errors << u"%1: %2 is above the maximum %3"_s.arg(path, QString::fromStdString(value.dump()),
                                                              QString::fromStdString(schema["maximum"].dump()));
    }
    if (value.is_object()) {
        const auto props = schema.value("properties", nlohmann::json::object());
        for (const auto &req : schema.value("required", nlohmann::json::array())) {
            if (!value.contains(req.get<std::string>()))
                errors << u"%1: missing required field \"%2\""_s.arg(path, QString::fromStdString(req.get<std::string>()));
        }
        for (const auto &[key, child] : value.items()) {
            const QString childPath = path + u'.' + QString::fromStdString(key);
            if (props.contains(key))
                check(child, props[key], root, childPath, errors);
            else if (schema.contains("additionalProperties") && schema["additionalProperties"] == false)
                errors << u"%1: unexpected field"_s.arg(childPath);
        }
    }
    if (value.is_array() && schema.contains("items")) {
        for (size_t i = 0; i < value.size(); ++i)
            check(value[i], schema["items"], root, u"%1[%2]"_s.arg(path).arg(i), errors);
    }
}

} // namespace

QStringList SchemaValidator::validate(const nlohmann::json &value, const nlohmann::json &schema)
{
    QStringList errors;
    check(value, schema, schema, u"$"_s, errors);
    return errors;
}

} // namespace wb::llm
