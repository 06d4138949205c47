// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/csvtable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::artifacts::CsvTable)
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

/**
 * Reads records from UTF-8 (or Latin-1) bytes: the separator and quote are ASCII, so fields are split on
 * bytes and decoded afterwards. Blank lines are skipped. Separator ' ' means runs of blanks.
 */
class RecordReader
{
public:
    RecordReader(QByteArrayView data, char separator)
        : m_p(data.data())
        , m_end(data.data() + data.size())
        , m_separator(separator)
    {
    }

    /** The next record's fields into @p fields (only counted when null); false at the end. */
    bool next(QList<QByteArray> *fields)
    {
        const bool blanks = m_separator == ' ';
        while (m_p < m_end) {   // blank lines
            if (blanks)
                while (m_p < m_end && isBlank(*m_p))
                    ++m_p;
            if (m_p < m_end && isLineEnd(*m_p)) {
                skipLineEnd();
                continue;
            }
            break;
        }
        if (m_p >= m_end)
            return false;
        if (fields)
            fields->clear();
        QByteArray field;
        for (;;) {
            field.clear();
            if (m_p < m_end && *m_p == '"') {
                ++m_p;
                for (;;) {
                    const auto *quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
                    if (!quote) {   // unterminated: the rest of the file is this field
                        if (fields)
                            field.append(m_p, m_end - m_p);
                        m_p = m_end;
                        m_unterminated = true;
                        break;
                    }
                    if (fields)
                        field.append(m_p, quote - m_p);
                    m_p = quote + 1;
                    if (m_p < m_end && *m_p == '"') {   // "" is a quote
                        if (fields)
                            field.append('"');
                        ++m_p;
                        continue;
                    }
                    break;
                }
            }
            // An unquoted field, or what follows a closing quote up to the separator (kept, leniently).
            const char *start = m_p;
            while (m_p < m_end && !isLineEnd(*m_p) && !(blanks ? isBlank(*m_p) : *m_p == m_separator))
                ++m_p;
            if (fields) {
                field.append(start, m_p - start);
                fields->append(field);
            }
            ++m_fields;
            if (m_p >= m_end)
                return true;
            if (isLineEnd(*m_p)) {
                skipLineEnd();
                return true;
            }
            ++m_p;   // the separator
            if (blanks) {
                while (m_p < m_end && isBlank(*m_p))
                    ++m_p;
                if (m_p >= m_end || isLineEnd(*m_p)) {   // trailing blanks end the record
                    if (m_p < m_end)
                        skipLineEnd();
                    return true;
                }
            }
        }
    }

    bool unterminated() const { return m_unterminated; }
    bool atEnd() const { return m_p >= m_end; }

private:
    void skipLineEnd()
    {
        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
    }

    const char *m_p;
    const char *m_end;
    char m_separator;
    bool m_unterminated = false;
    qsizetype m_fields = 0;
};

/** How well @p separator splits @p sample: the usual field count and the share of records that have it. */
struct Fit
{
    qsizetype fields = 0;
    double share = 0;
};

Fit fitOf(QByteArrayView sample, char separator)
{
    RecordReader reader(sample, separator);
    QList<QByteArray> fields;
    std::map<qsizetype, int> counts;
    int records = 0;
    while (records < 60 && reader.next(&fields)) {
        if (reader.atEnd() && sample.size() >= 65536)
            break;   // the sample's last record may be cut
        ++counts[fields.size()];
        ++records;
    }
    Fit fit;
    int best = 0;
    for (const auto &[n, count] : counts) {
        if (count > best || (count == best && n > fit.fields)) {
            best = count;
            fit.fields = n;
        }
    }
    fit.share = records ? double(best) / records : 0;
    return fit;
}

char sniff(QByteArrayView data)
{
    QByteArrayView sample = data.first(std::min<qsizetype>(data.size(), 65536));
    char best = 0;
    Fit bestFit;
    for (const char candidate : {',', ';', '\t', '|'}) {
        const Fit fit = fitOf(sample, candidate);
        if (fit.fields < 2 || fit.share < 0.6)
            continue;
        if (!best || fit.share > bestFit.share + 1e-9 || (std::abs(fit.share - bestFit.share) < 1e-9 && fit.fields > bestFit.fields)) {
            best = candidate;
            bestFit = fit;
        }
    }
    if (best)
        return best;
    const Fit blanks = fitOf(sample, ' ');   // whitespace-aligned columns
    if (blanks.fields >= 2 && blanks.share >= 0.9)
        return ' ';
    return ',';
}

bool isMissing(QStringView cell)
{
    const QStringView t = cell.trimmed();
    return t.isEmpty() || t.compare(u"na"_s, Qt::CaseInsensitive) == 0 || t.compare(u"n/a"_s, Qt::CaseInsensitive) == 0
        || t.compare(u"null"_s, Qt::CaseInsensitive) == 0 || t.compare(u"none"_s, Qt::CaseInsensitive) == 0 || t == u"-"_s;
}

QString separatorName(char separator)
{
    switch (separator) {
    case '\t': return u"\t"_s;
    case ' ': return u"whitespace"_s;
    case 0: return QString();
    default: return QString(QLatin1Char(separator));
    }
}
} // namespace

std::optional<double> CsvTable::toNumber(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 64)
        return std::nullopt;
    char buffer[65] = {};
    qsizetype n = 0;
    for (const QChar c : t) {
        if (c.unicode() > 127)
            return std::nullopt;
        buffer[n++] = char(c.unicode());
    }
    const char *first = buffer;
    if (*first == '+')
        ++first;
    if (first == buffer + n)
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(first, buffer + n, value, std::chars_format::general);
    if (error != std::errc() || end != buffer + n)
        return std::nullopt;
    return value;
}

std::optional<double> CsvTable::toDecimalCommaNumber(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype comma = t.indexOf(u',');
    if (comma <= 0 || comma != t.lastIndexOf(u',') || t.contains(u'.'))
        return std::nullopt;
    if (!t.at(comma - 1).isDigit() || comma + 1 >= t.size() || !t.at(comma + 1).isDigit())
        return std::nullopt;
    QString dotted = t.toString();
    dotted[comma] = u'.';
    return toNumber(dotted);
}

bool CsvTable::isTableName(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(u".csv"_s) || lower.endsWith(u".tsv"_s) || lower.endsWith(u".tab"_s);
}

void CsvTable::addWarning(const QString &code, const QString &message)
{
    m_warnings.append({code, message});
}

CsvTable CsvTable::parse(const QByteArray &input, const Options &options)
{
    CsvTable table;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        bytes = text.toUtf8();
        table.m_encoding = u"utf-16"_s;
    }
    if (bytes.trimmed().isEmpty()) {
        table.addWarning(u"empty"_s, Tr::tr("The file is empty."));
        return table;
    }
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 8192));
    const qsizetype controls = std::count_if(head.begin(), head.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    if (head.contains('\0') || controls * 10 > head.size()) {
        table.addWarning(u"binary"_s, Tr::tr("The file holds binary data, not a text table."));
        return table;
    }
    const bool utf8 = QByteArrayView(bytes).isValidUtf8();
    if (!utf8) {
        table.m_encoding = u"latin-1"_s;
        table.addWarning(u"latin1"_s, Tr::tr("The file is not valid UTF-8; it was read as Latin-1 (ISO 8859-1)."));
    }
    const auto decode = [utf8](const QByteArray &field) { return utf8 ? QString::fromUtf8(field) : QString::fromLatin1(field); };

    table.m_separator = options.separator.value_or(sniff(bytes));
    RecordReader reader(bytes, table.m_separator);
    QList<QByteArray> fields;
    QList<QStringList> records;
    const qsizetype keep = std::max<qsizetype>(0, options.maxRows) + 1;   // a header, maybe
    while (records.size() < keep && reader.next(&fields)) {
        QStringList row;
        row.reserve(fields.size());
        for (const QByteArray &f : std::as_const(fields))
            row.append(decode(f));
        records.append(std::move(row));
    }
    qsizetype uncounted = 0;
    while (reader.next(nullptr))
        ++uncounted;
    if (reader.unterminated())
        table.addWarning(u"unterminated_quote"_s, Tr::tr("A quoted field is not closed; it runs to the end of the file."));

    if (records.isEmpty()) {
        table.addWarning(u"empty"_s, Tr::tr("The file is empty."));
        return table;
    }
    // Header: the first record has no number and is not a lone row of numbers, and either some column
    // below it holds numbers or (an all-text table) its names are present and distinct.
    const QStringList &first = records.first();
    const auto numeric = [](const QString &cell) { return toNumber(cell) || toDecimalCommaNumber(cell); };
    bool header = std::none_of(first.begin(), first.end(), numeric);
    if (header && records.size() > 1) {
        bool numbersBelow = false;
        for (qsizetype r = 1; r < records.size() && r < 200 && !numbersBelow; ++r)
            numbersBelow = std::any_of(records[r].begin(), records[r].end(), numeric);
        if (!numbersBelow) {
            const bool present = std::none_of(first.begin(), first.end(), [](const QString &c) { return c.trimmed().isEmpty(); });
            header = present && QSet<QString>(first.begin(), first.end()).size() == first.size();
        }
    }
    table.m_hasHeader = header;
    QStringList names;
    if (header)
        names = records.takeFirst();
    else if (records.size() > options.maxRows) {
        records.removeLast();
        ++uncounted;
    }
    table.m_totalRows = records.size() + uncounted;

    qsizetype width = names.size();
    qsizetype ragged = 0;
    for (const QStringList &row : std::as_const(records)) {
        width = std::max(width, row.size());
        if (header && row.size() != names.size())
            ++ragged;
    }
    for (qsizetype c = 0; c < width; ++c) {
        const QString name = c < names.size() ? names.at(c).trimmed() : QString();
        table.m_columns.append({name.isEmpty() ? Tr::tr("Column %1").arg(c + 1) : name});
    }
    if (ragged > 0)
        table.addWarning(u"ragged_rows"_s, Tr::tr("%n row(s) have another number of fields than the header's %1; missing cells are empty.", nullptr, int(ragged))
                                               .arg(names.size()));
    if (!header)
        table.addWarning(u"no_header"_s, Tr::tr("The first row holds data, not column names; the columns are numbered."));
    table.m_rows = std::move(records);
    table.typeColumns();
    if (table.truncated())
        table.addWarning(u"truncated"_s, Tr::tr("Showing the first %1 of %2 rows.").arg(table.rowCount()).arg(table.m_totalRows));
    return table;
}

void CsvTable::typeColumns()
{
    m_numbers.resize(m_columns.size());
    QStringList flagged;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        qsizetype dotted = 0, commas = 0;
        bool text = false;
        for (qsizetype r = 0; r < m_rows.size() && !text; ++r) {
            const QString value = cell(r, c);
            if (isMissing(value))
                continue;
            if (toNumber(value))
                ++dotted;
            else if (toDecimalCommaNumber(value))
                ++commas;
            else
                text = true;
        }
        Column &column = m_columns[c];
        if (text || dotted + commas == 0)
            continue;
        column.type = ColumnType::Number;
        column.decimalComma = commas > 0;
        if (column.decimalComma)
            flagged << column.name;
        QList<double> &numbers = m_numbers[c];
        numbers.reserve(m_rows.size());
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            const QString value = cell(r, c);
            std::optional<double> n = toNumber(value);
            if (!n && column.decimalComma)
                n = toDecimalCommaNumber(value);
            numbers.append(n.value_or(NaN));
        }
    }
    if (!flagged.isEmpty())
        addWarning(u"decimal_comma"_s, Tr::tr("Numbers with a decimal comma were read as decimals (\"1,5\" = 1.5) in: %1.")
                                           .arg(flagged.join(u", "_s)));
}

QString CsvTable::cell(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QStringList &r = m_rows.at(row);
    return column >= 0 && column < r.size() ? r.at(column) : QString();
}

double CsvTable::number(qsizetype row, qsizetype column) const
{
    if (column < 0 || column >= m_numbers.size() || row < 0 || row >= m_numbers.at(column).size())
        return NaN;
    return m_numbers.at(column).at(row);
}

std::optional<qsizetype> CsvTable::columnIndex(const QString &name) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).name == name)
            return c;
    return std::nullopt;
}

bool CsvTable::decimalComma() const
{
    return std::any_of(m_columns.begin(), m_columns.end(), [](const Column &c) { return c.decimalComma; });
}

QJsonObject CsvTable::description() const
{
    QJsonArray columns;
    for (const Column &c : m_columns) {
        QJsonObject o{{u"name"_s, c.name}, {u"type"_s, c.type == ColumnType::Number ? u"number"_s : u"text"_s}};
        if (c.decimalComma)
            o.insert(u"decimal_comma"_s, true);
        columns.append(o);
    }
    QJsonArray warnings;
    for (const Warning &w : m_warnings)
        warnings.append(QJsonObject{{u"code"_s, w.code}, {u"message"_s, w.message}});
    return {{u"columns"_s, columns},
            {u"rows"_s, double(m_totalRows)},
            {u"separator"_s, separatorName(m_separator)},
            {u"header"_s, m_hasHeader},
            {u"decimal_comma"_s, decimalComma()},
            {u"encoding"_s, m_encoding},
            {u"warnings"_s, warnings}};
}

QJsonObject CsvTable::describe(const QByteArray &bytes)
{
    Options options;
    options.maxRows = 10000;   // enough to type the columns; every row is still counted
    return parse(bytes, options).description();
}

} // namespace wb::artifacts
