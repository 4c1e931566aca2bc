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
    private final boolean background;
    private final java.util.Set<String> inProgress = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile java.util.concurrent.ExecutorService executor;

    DemoGenerations(JdbcClient jdbc, Clock clock, TransactionTemplate tx,
            @org.springframework.beans.factory.annotation.Value("${fazhi.demo.background:false}") boolean background) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
        this.background = background;
    }

    /**
     * {@link #runOnce} for a large generation (the 2023 demo year): with {@code fazhi.demo.background} on (the
     * default outside tests) it runs on one background thread, in the order the generations were handed over, so the
     * application is ready at once instead of waiting for it; the rows appear together when its one transaction
     * commits (a page never shows half a year). {@link #inProgress()} names what is still being generated. Off (tests):
     * exactly {@link #runOnce}, before the application is ready.
     */
    public void runOnceAfterStart(String name, IntSupplier generation) {
        if (!background) {
            runOnce(name, generation);
            return;
        }
        if (generated(name)) {
            return;
        }
        inProgress.add(name);
        synchronized (this) {
            if (executor == null) {
                executor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "demo-generation");
                    t.setDaemon(true);
                    return t;
                });
            }
        }
        log.info("Generating demo data {} in the background", name);
        executor.execute(() -> {
            try {
                runOnce(name, generation);
            } catch (RuntimeException e) {
                log.warn("Demo data {} not generated: {}", name, e.toString());
            } finally {
                inProgress.remove(name);
            }
        });
    }

    /** The generations handed to the background that have not finished yet (empty when all demo data is in). */
    public java.util.Set<String> inProgress() {
        return java.util.Set.copyOf(inProgress);
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
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
