package org.wegweiser.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every table of the current database with its row count and CHECKSUM TABLE: equal digests, equal data. */
public final class TableDigest {

    private TableDigest() {
    }

    public static Map<String, String> of(JdbcClient jdbc, Set<String> except) {
        var digest = new LinkedHashMap<String, String>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = database() "
                + "and table_type = 'BASE TABLE' order by table_name").query(String.class).list()) {
            if (except.contains(table)) {
                continue;
            }
            long rows = jdbc.sql("select count(*) from `" + table + "`").query(Long.class).single();
            String checksum = jdbc.sql("checksum table `" + table + "`").query((rs, n) -> rs.getString(2)).single();
            digest.put(table, rows + " rows, checksum " + checksum);
        }
        return digest;
    }
}
