// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::test {

/**
 * The PostgreSQL server the tests may use: the cluster CTest starts for the "postgres" variants
 * (tests/support/pgcluster.sh, URI in the file named by WB_TEST_POSTGRES_FILE) or a server named by
 * WB_TEST_POSTGRES (a postgresql:// URI whose database is used for administration only).
 */
class PostgresTestServer final
{
public:
    /** True when the tests of this process run against PostgreSQL. */
    static bool isConfigured();
    /** The administration URI, or empty. */
    static QString adminUri();
    /** Creates an empty database with a unique name and returns its URI. Throws wb::Error. */
    static QString createDatabase();
    /** Drops the database of @p uri, disconnecting whoever is still connected. */
    static void dropDatabase(const QString &uri);
};

} // namespace wb::test
