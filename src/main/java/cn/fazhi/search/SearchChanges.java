package cn.fazhi.search;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules report that a searchable record was saved or deleted. The row goes into the change log in the caller's
 * transaction, so a rolled-back save leaves no trace and a committed one reaches every node's index.
 */
@Service
public class SearchChanges {

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that the text {@code type}/{@code id} changed (created, edited, status changed or deleted). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String type, Object id) {
        jdbc.sql("INSERT INTO search_change (entry_type, entry_id, changed_at) VALUES (:t, :i, :at)")
                .param("t", type).param("i", String.valueOf(id)).param("at", OffsetDateTime.now(clock)).update();
    }
}
