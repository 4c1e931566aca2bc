package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.FazhiApplication;
import cn.fazhi.IntegrationTest;

/**
 * Domain events go through Spring Modulith's event publication registry (table {@code event_publication}, V88): an
 * event published in a committed transaction whose listener fails stays there incomplete, and is completed when it is
 * published again, by {@link IncompleteEventPublications} or by a restart
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Completed publications are deleted
 * ({@code spring.modulith.events.completion-mode: delete}). Runs on H2 and, with {@code FAZHI_TEST_DB_URL}, PostgreSQL.
 */
@IntegrationTest
class EventPublicationRegistryTest {

    /** A test-only event; {@link ProbeListener} fails for the ids in {@link #FAILING}. */
    public record Probe(String id) {}

    static final java.util.Set<String> FAILING = ConcurrentHashMap.newKeySet();
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    /** Probe id → id of the application context whose listener completed it. */
    static final Map<String, String> DONE_BY = new ConcurrentHashMap<>();
    /** Probe id → incomplete publications of it the listener found while it ran (the registry's row: 1). */
    static final Map<String, Integer> SEEN_WHILE_RUNNING = new ConcurrentHashMap<>();
    /** Probe id → the thread the listener last ran on. */
    static final Map<String, String> THREAD = new ConcurrentHashMap<>();

    /** A listener as another module would have one: after commit, asynchronously, in a transaction of its own. */
    public static class ProbeListener implements ApplicationContextAware {

        private final JdbcClient jdbc;
        private String contextId;

        ProbeListener(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void setApplicationContext(ApplicationContext context) {
            this.contextId = context.getId();
        }

        @ApplicationModuleListener
        public void on(Probe probe) {
            CALLS.computeIfAbsent(probe.id(), k -> new AtomicInteger()).incrementAndGet();
            THREAD.put(probe.id(), Thread.currentThread().getName());
            SEEN_WHILE_RUNNING.put(probe.id(), jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type = :t "
                            + "AND serialized_event LIKE :id AND completion_date IS NULL")
                    .param("t", Probe.class.getName()).param("id", "%" + probe.id() + "%").query(Integer.class).single());
            if (FAILING.contains(probe.id())) {
                throw new IllegalStateException("the probe listener is down for " + probe.id());
            }
            DONE_BY.put(probe.id(), contextId);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeConfiguration {
        @Bean
        ProbeListener probeListener(JdbcClient jdbc) {
            return new ProbeListener(jdbc);
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    ApplicationContext context;
    @Autowired
    EventRetries retries;
    @Autowired
    org.springframework.modulith.events.FailedEventPublications failed;

    private final String id = UUID.randomUUID().toString();

    @AfterEach
    void forget() {
        FAILING.remove(id);
        jdbc.sql("DELETE FROM event_publication WHERE event_type = :t AND serialized_event LIKE :id")
                .param("t", Probe.class.getName()).param("id", "%" + id + "%").update();
    }

    @Test
    void aFailedListenerStaysIncompleteUntilItsEventIsResubmitted() {
        FAILING.add(id);
        publishInCommittedTransaction();

        await().atMost(Duration.ofSeconds(20)).until(() -> statuses().equals(List.of("FAILED")));
        assertThat(calls()).isEqualTo(1);
        assertThat(DONE_BY).doesNotContainKey(id);
        assertThat(jdbc.sql("SELECT listener_id FROM event_publication WHERE event_type = :t AND serialized_event LIKE :id")
                .param("t", Probe.class.getName()).param("id", "%" + id + "%").query(String.class).single())
                .contains(ProbeListener.class.getSimpleName());

        FAILING.remove(id);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof Probe probe && probe.id().equals(id));

        await().atMost(Duration.ofSeconds(20)).until(() -> DONE_BY.containsKey(id) && statuses().isEmpty());
        assertThat(calls()).isEqualTo(2);
        assertThat(DONE_BY.get(id)).isEqualTo(context.getId());
    }

    /** Between restarts, the retry job resubmits a failed publication and the listener completes it. */
    @Test
    void theRetryJobResubmitsAFailedPublication() {
        FAILING.add(id);
        publishInCommittedTransaction();
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses().equals(List.of("FAILED")));

        retries.retry(Duration.ofHours(1));
        assertThat(statuses()).containsExactly("FAILED");
        assertThat(calls()).isEqualTo(1);

        FAILING.remove(id);
        retries.retry(Duration.ZERO);
        await().atMost(Duration.ofSeconds(20)).until(() -> DONE_BY.containsKey(id) && statuses().isEmpty());
        assertThat(calls()).isEqualTo(2);
    }

    /** A listener that keeps failing is called {@code max-attempts} times in all; then its row stays FAILED. */
    @Test
    void theRetryJobGivesUpAfterTheLastAttempt() {
        FAILING.add(id);
        publishInCommittedTransaction();
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses().equals(List.of("FAILED")));

        EventRetries twice = new EventRetries(failed, java.time.Clock.systemUTC(), Duration.ZERO, 2);
        for (int round = 0; round < 4; round++) {
            twice.retry(Duration.ZERO);
            await().atMost(Duration.ofSeconds(20)).until(() -> statuses().equals(List.of("FAILED")));
        }
        assertThat(calls()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT completion_attempts FROM event_publication WHERE event_type = :t "
                        + "AND serialized_event LIKE :id").param("t", Probe.class.getName()).param("id", "%" + id + "%")
                .query(Integer.class).single()).isEqualTo(2);
    }

    /**
     * The node whose listener did not complete goes away; the next node to start publishes the event again (the
     * restart is a second application on the same database, its demo data already there).
     */
    @Test
    void aRestartPublishesWhatWasNotCompletedAgain() {
        FAILING.add(id);
        publishInCommittedTransaction();
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses().equals(List.of("FAILED")));
        FAILING.remove(id);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(FazhiApplication.class,
                ProbeConfiguration.class).profiles("test")
                .run("--server.port=0", "--fazhi.demo.enabled=false", "--spring.application.name=fazhi-restarted")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> DONE_BY.containsKey(id) && statuses().isEmpty());
            assertThat(DONE_BY.get(id)).isEqualTo(restarted.getId()).isNotEqualTo(context.getId());
            assertThat(calls()).isEqualTo(2);
        }
    }

    /**
     * The publication is written with the publishing transaction, so it is there while the listener runs (after commit,
     * on another thread); once the listener completes it is deleted (completion mode delete).
     */
    @Test
    void aListenerRunsAfterCommitFromItsPublicationWhichIsDeletedOnceCompleted() {
        publishInCommittedTransaction();
        await().atMost(Duration.ofSeconds(20)).until(() -> DONE_BY.containsKey(id));
        assertThat(SEEN_WHILE_RUNNING.get(id)).isEqualTo(1);
        // Boot's applicationTaskExecutor (spring.task.execution.mode: force), not the single scheduling thread.
        assertThat(THREAD.get(id)).startsWith("event-");
        await().atMost(Duration.ofSeconds(5)).until(() -> statuses().isEmpty());
        assertThat(calls()).isEqualTo(1);
    }

    /** A transaction that rolls back publishes nothing: no publication, no listener call. */
    @Test
    void aRolledBackTransactionPublishesNothing() throws InterruptedException {
        tx.executeWithoutResult(s -> {
            events.publishEvent(new Probe(id));
            s.setRollbackOnly();
        });
        Thread.sleep(500);
        assertThat(calls()).isZero();
        assertThat(statuses()).isEmpty();
    }

    private void publishInCommittedTransaction() {
        tx.executeWithoutResult(s -> events.publishEvent(new Probe(id)));
    }

    private int calls() {
        AtomicInteger n = CALLS.get(id);
        return n == null ? 0 : n.get();
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM event_publication WHERE event_type = :t AND serialized_event LIKE :id")
                .param("t", Probe.class.getName()).param("id", "%" + id + "%").query(String.class).list();
    }
}
