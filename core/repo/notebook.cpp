// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/notebook.h"

#include "util/error.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::Notebook)
};

// A cell's source is a string or a list of lines (each usually ending in '\n').
QString sourceOf(const nlohmann::json &cell, const char *key)
{
    if (!cell.contains(key))
        return {};
    const auto &src = cell.at(key);
    if (src.is_string())
        return QString::fromStdString(src.get<std::string>());
    QString out;
    if (src.is_array()) {
        for (const auto &line : src)
            if (line.is_string())
                out += QString::fromStdString(line.get<std::string>());
    }
    return out;
}

void appendCells(const nlohmann::json &cells, QStringList &out)
{
    if (!cells.is_array())
        return;
    for (const auto &cell : cells) {
        if (cell.is_object() && cell.value("cell_type", std::string()) == "code")
            out << sourceOf(cell, cell.contains("source") ? "source" : "input");
    }
}
} // namespace

QStringList Notebook::codeCells(const QByteArray &ipynb)
{
    QStringList cells;
    try {
        const auto doc = nlohmann::json::parse(ipynb.constData(), ipynb.constData() + ipynb.size());
        if (!doc.is_object())
            throw Error(Tr::tr("The notebook is not a JSON object."), Error::Kind::InvalidInput);
        if (doc.contains("cells"))
            appendCells(doc["cells"], cells);
        else if (doc.contains("worksheets") && doc["worksheets"].is_array())
            for (const auto &ws : doc["worksheets"])
                if (ws.is_object() && ws.contains("cells"))
                    appendCells(ws["cells"], cells);
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("The notebook is not valid JSON: %1").arg(QString::fromUtf8(e.what())),
                    Error::Kind::InvalidInput);
    }
    return cells;
}

QString Notebook::codeAsScript(const QByteArray &ipynb)
{
    const QStringList cells = codeCells(ipynb);
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        out += u"# %% [cell %1]\n"_s.arg(i + 1) + cells.at(i);
        if (!out.endsWith(u'\n'))
            out += u'\n';
    }
    return out;
}

} // namespace wb::repo
