// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/element.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
struct Table
{
    QList<Element> byZ;              // index = z; [0] is the unknown element
    QHash<QString, int> bySymbol;    // lower-case symbol → z
};

const Table &table()
{
    static const Table t = [] {
        Table out;
        out.byZ.append(Element{0, u"X"_s, 0.0, 0.7, 0xff1493});
        QFile file(u":/wb/data/elements.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return out;   // the resource is compiled in; without it every atom is "X"
        const QJsonArray elements = QJsonDocument::fromJson(file.readAll()).object().value(u"elements"_s).toArray();
        for (const QJsonValue &v : elements) {
            const QJsonObject o = v.toObject();
            Element e;
            e.z = o.value(u"z"_s).toInt();
            e.symbol = o.value(u"symbol"_s).toString();
            e.mass = o.value(u"mass"_s).toDouble();
            e.covalentRadius = o.value(u"covalent_radius"_s).toDouble();
            e.rgb = o.value(u"color"_s).toString().mid(1).toUInt(nullptr, 16);
            if (e.z != out.byZ.size())
                continue;   // the file lists the elements in order, without gaps
            out.byZ.append(e);
            out.bySymbol.insert(e.symbol.toLower(), e.z);
        }
        return out;
    }();
    return t;
}
} // namespace

const Element &Elements::byNumber(int z)
{
    const Table &t = table();
    return z > 0 && z < t.byZ.size() ? t.byZ.at(z) : t.byZ.first();
}

int Elements::number(QStringView symbol)
{
    return table().bySymbol.value(symbol.trimmed().toString().toLower(), 0);
}

int Elements::count()
{
    return int(table().byZ.size()) - 1;
}

} // namespace wb::artifacts
