package cn.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * Issue 10, point 6: a lock wait that ends in a timeout (H2's lock timeout; on PostgreSQL, which waits without limit,
 * the waiting statement is cancelled as a statement timeout would) answers 409 "请稍后重试" — a problem body on the API,
 * the Chinese error page on pages — and saves nothing, instead of a 500.
 */
@IntegrationTest
class LockConflictTest {

    static final String WENQUAN = DisputeSpreadsheetTest.WENQUAN;
    static final int YEAR = 2008;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    long disputes() {
        return jdbc.sql("SELECT COUNT(*) FROM dispute WHERE number_scope = :s AND received_on BETWEEN :f AND :t")
                .param("s", WENQUAN).param("f", java.time.LocalDate.of(YEAR, 1, 1))
                .param("t", java.time.LocalDate.of(YEAR, 12, 31)).query(Long.class).single();
    }

    /** Runs {@code request} while another transaction holds the township's sequence row for {@value #YEAR}. */
    MvcResult whileTheSequenceIsHeld(RequestBuilder request) throws Exception {
        jdbc.sql("INSERT INTO case_number_sequence (case_type, scope_key, seq_year, last_value) VALUES "
                + "('mediation', :s, :y, 0) ON CONFLICT DO NOTHING").param("s", WENQUAN).param("y", YEAR).update();
        boolean postgres = dataSource.getConnection().getMetaData().getURL().startsWith("jdbc:postgresql");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> transactions.executeWithoutResult(s -> {
                jdbc.sql("SELECT last_value FROM case_number_sequence WHERE case_type = 'mediation' AND scope_key = :s "
                        + "AND seq_year = :y FOR UPDATE").param("s", WENQUAN).param("y", YEAR).query(Long.class).single();
                held.countDown();
                try {
                    done.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            if (postgres) {
                pool.submit(() -> {
                    for (int i = 0; i < 300 && done.getCount() > 0; i++) {
                        int cancelled = jdbc.sql("SELECT COUNT(pg_cancel_backend(pid)) FROM pg_stat_activity WHERE "
                                + "wait_event_type = 'Lock' AND query LIKE 'UPDATE case_number_sequence%'")
                                .query(Integer.class).single();
                        if (cancelled > 0) {
                            return null;
                        }
                        Thread.sleep(100);
                    }
                    return null;
                });
            }
            try {
                return mvc.perform(request).andReturn();
            } finally {
                done.countDown();
                holder.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockTimeoutOnTheApiIsA409ProblemAndSavesNothing() throws Exception {
        String token = TestAccounts.token(mvc, accounts.create("lcapi", 18, "TOWNSHIP_STAFF"), TestAccounts.PASSWORD);
        long before = disputes();
        MvcResult r = whileTheSequenceIsHeld(post("/api/v1/mediation/disputes").header("Authorization", "Bearer " + token)
                .contentType("application/json").content(MediationApiTest.registration(WENQUAN, "WALK_IN", "NEIGHBOUR",
                        YEAR + "-05-01", "0", DisputeSpreadsheetTest.VALID_ID)));
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(r.getResponse().getContentAsString()).contains("请稍后重试");
        assertThat(disputes()).isEqualTo(before);
    }

    @Test
    void aLockTimeoutOnAPageIsTheChineseErrorPageWith409() throws Exception {
        String username = accounts.create("lcpage", 18, "TOWNSHIP_STAFF");
        long before = disputes();
        MvcResult r = whileTheSequenceIsHeld(post("/mediation").with(cn.fazhi.FormTokenRequests.formToken())
                .with(user(userAccounts.loadDetails(username).orElseThrow())).with(csrf()).param("confirmDuplicate", "true").param("channel", "WALK_IN").param("category", "NEIGHBOUR").param("townshipCode", WENQUAN)
                .param("receivedOn", YEAR + "-05-02").param("amount", "0").param("summary", "邻里纠纷")
                .param("applicantKind", "PERSON").param("applicantName", "王某")
                .param("applicantIdentifier", DisputeSpreadsheetTest.VALID_ID).param("respondentKind", "PERSON")
                .param("respondentName", "李某"));
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentAsString()).contains("请稍后重试").contains("出错了");
        assertThat(disputes()).isEqualTo(before);
    }
}
