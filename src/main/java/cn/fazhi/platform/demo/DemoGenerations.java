package cn.fazhi.platform.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.IntSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The marker that makes a generation of demo data run once: {@link #claim} inserts the generation's row inside the
 * transaction that inserts the data. A second node racing for the same name waits on the row's key until the first
 * commits and then finds it taken (or, if the first rolled back, takes it itself).
 */
@Service
public class DemoGenerations {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoGenerations.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;

    DemoGenerations(JdbcClient jdbc, Clock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Runs {@code generation} (which returns how many rows it created) in one transaction with the claim of
     * {@code name}, unless it has run before or another node holds the claim; logs how long it took.
     */
    public void runOnce(String name, IntSupplier generation) {
        if (generated(name)) {
            return;
        }
        long started = System.nanoTime();
        Integer rows = tx.execute(status -> {
            if (!claim(name)) {
                return null;
            }
            int created = generation.getAsInt();
            done(name, created);
            return created;
        });
        if (rows != null) {
            log.info("Generated demo data {}: {} rows in {} ms", name, rows, (System.nanoTime() - started) / 1_000_000);
        }
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
