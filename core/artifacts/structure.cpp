// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/structure.h"

#include "artifacts/element.h"

#include <QMap>
#include <QStringList>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
double dot(const Vec3 &u, const Vec3 &v) { return u[0] * v[0] + u[1] * v[1] + u[2] * v[2]; }
double norm(const Vec3 &u) { return std::sqrt(dot(u, u)); }
Vec3 cross(const Vec3 &u, const Vec3 &v)
{
    return {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
}
double angle(const Vec3 &u, const Vec3 &v)
{
    const double n = norm(u) * norm(v);
    return n > 0 ? std::acos(std::clamp(dot(u, v) / n, -1.0, 1.0)) * 180.0 / std::numbers::pi : 0.0;
}
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}
} // namespace

QString Structure::formula(const Frame &frame, FormulaStyle style)
{
    QMap<QString, int> counts;   // sorted alphabetically by symbol
    for (int z : frame.numbers)
        ++counts[Elements::byNumber(z).symbol];
    QStringList parts;
    const auto take = [&](const QString &symbol) {
        const int n = counts.take(symbol);
        parts << (n == 1 ? symbol : symbol + QString::number(n));
    };
    if (counts.contains(u"C"_s)) {
        take(u"C"_s);
        if (counts.contains(u"H"_s))
            take(u"H"_s);
    }
    while (!counts.isEmpty())
        take(counts.firstKey());
    return parts.join(style == FormulaStyle::Spaced ? u" "_s : QString());
}

QString Structure::formula(FormulaStyle style) const
{
    return frames.empty() ? QString() : formula(frames.front(), style);
}

std::optional<Lattice> Structure::lattice(const Frame &frame)
{
    if (!frame.cell)
        return std::nullopt;
    const auto &[a, b, c] = *frame.cell;
    Lattice l;
    l.a = norm(a);
    l.b = norm(b);
    l.c = norm(c);
    l.alpha = angle(b, c);
    l.beta = angle(a, c);
    l.gamma = angle(a, b);
    l.volume = std::abs(dot(a, cross(b, c)));
    return l;
}

std::optional<Lattice> Structure::lattice(int index) const
{
    if (index < 0 || index >= frameCount())
        return std::nullopt;
    return lattice(frames.at(size_t(index)));
}

std::optional<double> Structure::density(const Frame &frame)
{
    const auto l = lattice(frame);
    if (!l || l->volume <= 0)
        return std::nullopt;
    double mass = 0;   // u
    for (int z : frame.numbers)
        mass += Elements::byNumber(z).mass;
    constexpr double gramsPerCm3 = 1.66053906660;   // 1 u/Å³ in g/cm³
    return mass / l->volume * gramsPerCm3;
}

std::optional<double> Structure::density(int index) const
{
    if (index < 0 || index >= frameCount())
        return std::nullopt;
    return density(frames.at(size_t(index)));
}

QJsonObject Structure::describe() const
{
    if (!isValid())
        return {{u"error"_s, error.isEmpty() ? u"no atoms"_s : error}, {u"format"_s, format}};
    QJsonObject o{{u"formula"_s, formula()}, {u"formula_compact"_s, formula(FormulaStyle::Compact)},
                  {u"atoms"_s, atomCount()}, {u"frames"_s, frameCount()}, {u"format"_s, format}};
    if (const auto l = lattice()) {
        o.insert(u"lattice"_s, QJsonObject{{u"a"_s, rounded(l->a, 4)}, {u"b"_s, rounded(l->b, 4)}, {u"c"_s, rounded(l->c, 4)},
                                           {u"alpha"_s, rounded(l->alpha, 3)}, {u"beta"_s, rounded(l->beta, 3)},
                                           {u"gamma"_s, rounded(l->gamma, 3)}, {u"volume"_s, rounded(l->volume, 3)}});
        if (const auto d = density())
            o.insert(u"density"_s, rounded(*d, 4));
    }
    return o;
}

} // namespace wb::artifacts
