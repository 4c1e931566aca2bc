package cn.fazhi.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.IntegrationTest;

/**
 * With {@code fazhi.demo.background} on, a large generation runs on a background thread after the caller returns,
 * is listed as in progress meanwhile, commits its rows together with its marker, and runs once.
 */
@IntegrationTest
class BackgroundDemoGenerationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate tx;

    @Test
    void runsInTheBackgroundOnceAndCommitsWithItsMarker() throws Exception {
        DemoGenerations generations = new DemoGenerations(jdbc, clock, tx, true);
        CountDownLatch release = new CountDownLatch(1);
        String name = "background-test-" + System.nanoTime();
        generations.runOnceAfterStart(name, () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 7;
        });
        // the caller is not held up: the generation waits for the latch, and is listed as in progress
        assertThat(generations.inProgress()).contains(name);
        assertThat(generations.generated(name)).isFalse();
        release.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!generations.inProgress().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(generations.inProgress()).isEmpty();
        assertThat(generations.generated(name)).isTrue();
        assertThat(jdbc.sql("SELECT rows_created FROM demo_generation WHERE name = :n").param("n", name)
                .query(Integer.class).single()).isEqualTo(7);
        // a second call finds it done and does not run it again
        generations.runOnceAfterStart(name, () -> {
            throw new AssertionError("ran twice");
        });
        assertThat(generations.inProgress()).isEmpty();
        generations.stop();
    }
}
