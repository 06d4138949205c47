// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace wb::artifacts {

/**
 * Any JSON document (results.json, log.json, …) as a flat tree of plain values: node 0 is the root, each
 * node knows its parent, children, key, JSON Pointer (RFC 6901) and, for leaves, its text and number. Key
 * order is the file's. Python's bare NaN / Infinity / -Infinity are read as numbers (json.dump writes
 * them). At most maxNodes nodes are kept (truncated() says so). A value type for any thread.
 */
class JsonTree
{
public:
    enum class Kind { Object, Array, String, Number, Bool, Null };

    struct Node
    {
        QString key;       ///< member name, or "[i]" for an array element; empty for the root
        QString pointer;   ///< "" for the root, "/runs/0/loss"
        Kind kind = Kind::Null;
        QString text;      ///< leaves: the value as written (numbers in their shortest exact form)
        double number = 0; ///< Kind::Number
        int parent = -1;
        QList<int> children;
    };

    static constexpr qsizetype DefaultMaxNodes = 200000;

    /** Reads @p bytes; an invalid document gives an empty tree with error() set. */
    static JsonTree parse(const QByteArray &bytes, qsizetype maxNodes = DefaultMaxNodes);
    static bool isJsonName(const QString &name);

    bool isValid() const { return !m_nodes.isEmpty(); }
    QString error() const { return m_error; }
    bool truncated() const { return m_truncated; }
    qsizetype size() const { return m_nodes.size(); }
    const Node &node(int index) const { return m_nodes.at(index); }
    /** The node at JSON Pointer @p pointer. */
    std::optional<int> find(const QString &pointer) const;
    /** A short rendering of node @p index: its text for a leaf, "{3}" / "[12]" for containers. */
    QString summary(int index) const;

private:
    QList<Node> m_nodes;
    QHash<QString, int> m_byPointer;
    QString m_error;
    bool m_truncated = false;
};

} // namespace wb::artifacts
