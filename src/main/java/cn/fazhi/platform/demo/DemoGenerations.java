package cn.fazhi.platform.demo;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marker that makes a generation of demo data run once: {@link #claim} inserts the generation's row inside the
 * transaction that inserts the data. A second node racing for the same name waits on the row's key until the first
 * commits and then finds it taken (or, if the first rolled back, takes it itself).
 */
@Service
public class DemoGenerations {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoGenerations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this transaction may generate {@code name}: true once, false ever after. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String name) {
        return jdbc.sql("INSERT INTO demo_generation (name, generated_at) VALUES (:n, :at) ON CONFLICT DO NOTHING")
                .param("n", name).param("at", OffsetDateTime.now(clock)).update() == 1;
    }

    /** Records how many rows the claimed generation created. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void done(String name, int rows) {
        jdbc.sql("UPDATE demo_generation SET rows_created = :r WHERE name = :n").param("r", rows).param("n", name)
                .update();
    }

    public boolean generated(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM demo_generation WHERE name = :n").param("n", name).query(Long.class)
                .single() > 0;
    }
}
