package cn.fazhi.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the listeners that failed. A domain event's listener in another module ({@code @ApplicationModuleListener})
 * runs after commit from its row in the event publication registry ({@code event_publication}); when it throws, the
 * row is left FAILED. A restart publishes every incomplete row again
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); between restarts this job resubmits the
 * failed ones whose last attempt is {@code fazhi.events.retry-after} old, every {@code fazhi.events.retry-every}, until
 * the listener has been called {@code fazhi.events.max-attempts} times in all (then the row stays FAILED for an operator,
 * and for the next restart). Only one node takes a given row (the registry marks it RESUBMITTED with a conditional
 * update); listeners are idempotent anyway.
 * <p>
 * The age is checked here, not with {@code ResubmissionOptions.withMinAge}: Spring Modulith 2.0.3's JDBC query for
 * failed publications ({@code STATUS = 'FAILED' OR (…) AND PUBLICATION_DATE < ?}) applies the date only to rows without
 * a status. The batch is large so that rows out of attempts (read first, oldest first) cannot hide newer failures.
 */
@Component
class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private static final int BATCH = 10_000;

    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration retryAfter;
    private final int maxAttempts;

    EventRetries(FailedEventPublications failed, Clock clock,
            @Value("${fazhi.events.retry-after:5m}") Duration retryAfter,
            @Value("${fazhi.events.max-attempts:10}") int maxAttempts) {
        this.failed = failed;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${fazhi.events.retry-every:5m}", initialDelayString = "${fazhi.events.retry-every:5m}")
    void retry() {
        retry(retryAfter);
    }

    /** Resubmits the failed publications whose last attempt is at least {@code minAge} old and that have attempts left. */
    void retry(Duration minAge) {
        Instant cutoff = clock.instant().minus(minAge);
        try {
            failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH).withFilter(p -> {
                Instant last = p.getLastResubmissionDate() != null ? p.getLastResubmissionDate() : p.getPublicationDate();
                return p.getCompletionAttempts() < maxAttempts && !last.isAfter(cutoff);
            }));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit the failed event publications: {}", e.toString());
        }
    }
}
