// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::artifacts {

/**
 * A delimited text table (CSV, TSV, semicolon-separated) read with an RFC 4180 parser: quoted fields,
 * "" escapes, separators and line breaks inside quotes, CRLF / LF / CR line ends, a UTF-8 byte-order mark
 * stripped, UTF-16 with a byte-order mark decoded, anything that is not UTF-8 read as Latin-1 and said so.
 * The separator is sniffed (comma, semicolon, tab, bar, else runs of blanks), the header row detected, and
 * each column typed: a number column holds only numbers (read locale-independently) or missing cells; a
 * column of decimal-comma numbers ("1,5") is a number column too and is flagged.
 *
 * Bounded: at most Options::maxRows data rows are kept; the rest are only counted (one pass without
 * allocating), so totalRows() is exact. Column types are judged from the rows kept. A plain value type,
 * for any thread; parse() never throws — what went wrong is in warnings().
 */
class CsvTable
{
public:
    enum class ColumnType { Text, Number };

    struct Column
    {
        QString name;
        ColumnType type = ColumnType::Text;
        bool decimalComma = false;   ///< its numbers are written with a decimal comma
    };

    /** Something the reader noticed: a stable code ("ragged_rows") and a sentence for the user. */
    struct Warning
    {
        QString code;
        QString message;
    };

    struct Options
    {
        qsizetype maxRows = 50000;   ///< data rows kept (the rest counted)
        std::optional<char> separator;   ///< forced; sniffed when empty (' ' means runs of blanks)
    };

    CsvTable() = default;

    static CsvTable parse(const QByteArray &bytes, const Options &options);
    static CsvTable parse(const QByteArray &bytes) { return parse(bytes, Options{}); }
    /**
     * What is stored with a table artifact: {"columns": [{"name", "type": "number"|"text"}...], "rows": N
     * (data rows in the file), "separator", "header": bool, "decimal_comma": bool, "encoding",
     * "warnings": [{"code", "message"}...]}.
     */
    static QJsonObject describe(const QByteArray &bytes);
    /** Whether @p name is read as a table (.csv, .tsv, .tab). */
    static bool isTableName(const QString &name);
    /** A locale-independent number ("1.5", "-2e-3", "nan", "inf"; surrounding blanks allowed). */
    static std::optional<double> toNumber(QStringView text);
    /** The same for a decimal-comma number ("1,5", "-2,0e3"); nullopt for anything else. */
    static std::optional<double> toDecimalCommaNumber(QStringView text);

    const QList<Column> &columns() const { return m_columns; }
    qsizetype columnCount() const { return m_columns.size(); }
    /** Data rows kept (at most Options::maxRows). */
    qsizetype rowCount() const { return m_rows.size(); }
    /** Data rows in the whole file. */
    qsizetype totalRows() const { return m_totalRows; }
    bool truncated() const { return m_totalRows > m_rows.size(); }
    /** Row @p row's cell in column @p column; empty when the row was short. */
    QString cell(qsizetype row, qsizetype column) const;
    /** The cell as a number (decimal commas honoured in a flagged column); NaN when missing or text. */
    double number(qsizetype row, qsizetype column) const;
    std::optional<qsizetype> columnIndex(const QString &name) const;

    /** ',', ';', '\t', '|', or ' ' for runs of blanks; 0 when nothing was read. */
    char separator() const { return m_separator; }
    bool hasHeader() const { return m_hasHeader; }
    /** Whether any column is read with decimal commas. */
    bool decimalComma() const;
    /** "utf-8", "utf-16" or "latin-1". */
    QString encoding() const { return m_encoding; }
    const QList<Warning> &warnings() const { return m_warnings; }
    /** describe()'s object for this table. */
    QJsonObject description() const;

private:
    void addWarning(const QString &code, const QString &message);
    void typeColumns();

    QList<Column> m_columns;
    QList<QStringList> m_rows;
    QList<QList<double>> m_numbers;   ///< per column; empty for text columns
    qsizetype m_totalRows = 0;
    char m_separator = 0;
    bool m_hasHeader = false;
    QString m_encoding = QStringLiteral("utf-8");
    QList<Warning> m_warnings;
};

} // namespace wb::artifacts
