package org.wegweiser.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts searches that found nothing, per query text and day, so editors see what visitors
 * miss. Only the text is kept: no time of day, no kiosk, nothing about the visitor.
 */
@Service
public class SearchMisses {

    private static final Logger log = LoggerFactory.getLogger(SearchMisses.class);
    private static final int MAX_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    public SearchMisses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Miss(String query, int misses) {
    }

    /** Counts one miss; a database that cannot be reached loses the count, never the visitor's page. */
    public void count(String query) {
        String text = normalise(query);
        if (text.length() < 2) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into search_miss (query, miss_day, misses) values (:query, :day, 1)
                            on duplicate key update misses = misses + 1""")
                    .param("query", text).param("day", LocalDate.now(clock)).update();
        } catch (DataAccessException e) {
            log.warn("A missed search could not be counted: {}", e.getMessage());
        }
    }

    /** The most missed queries since the given day, most first. */
    public List<Miss> since(LocalDate from, int max) {
        return jdbc.sql("""
                        select query, sum(misses) as total from search_miss where miss_day >= :from
                        group by query order by total desc, query limit :max""")
                .param("from", from).param("max", max)
                .query((rs, i) -> new Miss(rs.getString("query"), rs.getInt("total"))).list();
    }

    static String normalise(String query) {
        String text = ServiceSearch.normalise(query);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
