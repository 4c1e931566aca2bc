package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * Issue 10, point 6: steps racing on one case. Acceptance (which starts legal clocks, each recorded in the audit trail)
 * and non-acceptance used to take the audit chain head and the case row in opposite orders and deadlock into 500s.
 * Now every step locks the case row first: of ten concurrent acceptances and non-acceptances with the version their
 * callers saw, exactly one wins and the others are told, with a 409, that the case changed — no 500, on H2 and on
 * PostgreSQL. The daily deemed-acceptance job takes the same order.
 */
@IntegrationTest
class CaseStepRaceTest {

    private static final int RACERS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReconsiderationCases cases;

    private String office;

    @BeforeEach
    void signIn() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("rrc", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    private long register(String received) throws Exception {
        String body = mvc.perform(post("/api/v1/reconsideration/cases").header("Authorization", "Bearer " + office)
                        .contentType(MediaType.APPLICATION_JSON).content(ReconsiderationApiTest.application(5, "IN_PERSON",
                                received, ReconsiderationApiTest.idNumber())))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private int version(long id) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get("/api/v1/reconsideration/cases/" + id)
                .header("Authorization", "Bearer " + office)).andReturn().getResponse().getContentAsString(),
                "$.version")).intValue();
    }

    /** Runs the calls at the same moment; returns how many ended with each HTTP status. */
    private Map<Integer, Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> f : results) {
                statuses.merge(f.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Integer> step(long id, String path, String body) {
        return () -> mvc.perform(post("/api/v1/reconsideration/cases/" + id + path)
                        .header("Authorization", "Bearer " + office).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void acceptanceAgainstNonAcceptanceHasOneWinnerAndNo500() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = register("2024-03-01");
            int seen = version(id);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                calls.add(i % 2 == 0
                        ? step(id, "/acceptance", "{\"acceptedOn\":\"2024-03-05\",\"procedure\":\"ORDINARY\",\"version\":" + seen + "}")
                        : step(id, "/non-acceptance", "{\"reasons\":\"不属于受理范围\",\"decidedOn\":\"2024-03-05\",\"version\":" + seen + "}"));
            }
            Map<Integer, Integer> statuses = race(calls);
            assertThat(statuses).as("round %d", round).containsEntry(200, 1).containsEntry(409, RACERS - 1).hasSize(2);
            String status = jdbc.sql("SELECT status FROM reconsideration_case WHERE id = :id").param("id", id)
                    .query(String.class).single();
            assertThat(status).isIn("ACCEPTED", "NOT_ACCEPTED");
            // the winner's step only: one timeline entry after the registration, the chain of audit records intact
            assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'reconsideration' AND case_id = :id")
                    .param("id", id).query(Integer.class).single()).isEqualTo(2);
            assertThat(version(id)).isEqualTo(seen + 1);
        }
    }

    @Test
    void theDailyDeemedAcceptanceJobRacesStepsWithoutDeadlock() throws Exception {
        long id = register("2024-04-01");
        int seen = version(id);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS - 1; i++) {
            calls.add(step(id, "/acceptance", "{\"acceptedOn\":\"2024-04-02\",\"procedure\":\"ORDINARY\",\"version\":" + seen + "}"));
        }
        calls.add(() -> cases.deemAcceptedWhereDue() >= 0 ? 0 : -1);
        Map<Integer, Integer> statuses = race(calls);
        assertThat(statuses.keySet()).isSubsetOf(0, 200, 409);
        assertThat(statuses.getOrDefault(200, 0)).isLessThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM reconsideration_case WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(version(id)).isEqualTo(seen + 1);
    }
}
