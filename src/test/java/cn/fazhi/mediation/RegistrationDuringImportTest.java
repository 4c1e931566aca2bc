package cn.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Issue 10, point 6: a bulk import reserves its block of case numbers in a short transaction of its own
 * ({@code CaseNumbers.reserveBlock}), so a registration in the same township while the import is still inserting is
 * numbered at once, right after the block — instead of waiting behind the import for the sequence row and failing
 * with a 500 when the lock wait times out.
 */
@IntegrationTest
class RegistrationDuringImportTest {

    static final String WENQUAN = DisputeSpreadsheetTest.WENQUAN;
    static final int YEAR = 2009;
    static final int ROWS = 4000;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DisputeImports imports;

    long lastSeq() {
        return jdbc.sql("SELECT last_value FROM case_number_sequence WHERE case_type = 'mediation' AND scope_key = :s "
                        + "AND seq_year = :y").param("s", WENQUAN).param("y", YEAR).query(Long.class).optional().orElse(0L);
    }

    long disputes() {
        return jdbc.sql("SELECT COUNT(*) FROM dispute WHERE number_scope = :s AND received_on BETWEEN :f AND :t")
                .param("s", WENQUAN).param("f", java.time.LocalDate.of(YEAR, 1, 1))
                .param("t", java.time.LocalDate.of(YEAR, 12, 31)).query(Long.class).single();
    }

    @Test
    void aRegistrationInTheTownshipOfARunningImportIsNumberedAtOnceAfterTheBlock() throws Exception {
        String user = accounts.create("rdi", 18, "TOWNSHIP_STAFF");
        String token = TestAccounts.token(mvc, user, TestAccounts.PASSWORD);
        CurrentUser me = new CurrentUser(accounts.idOf(user), user, user, 18, WENQUAN,
                new DataScope(ScopeLevel.TOWNSHIP, 18, WENQUAN), Set.of("mediation:register", "mediation:view"), false,
                "zh-CN");
        long before = lastSeq();
        long disputesBefore = disputes();
        Path file = Files.createTempFile("big-import", ".xlsx");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Files.write(file, DisputeSpreadsheetTest.xlsx(DisputeSpreadsheetTest.HEADER,
                    DisputeSpreadsheetTest.rows(ROWS, WENQUAN, YEAR + "-06-01")));
            Future<ImportResult> running = pool.submit(() -> imports.importFile("big.xlsx", file, me));
            // the reservation commits at once: another connection sees the block while the import still inserts
            long deadline = System.currentTimeMillis() + 120_000;
            while (lastSeq() == before && !running.isDone() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lastSeq()).isEqualTo(before + ROWS);
            assertThat(disputes()).as("the block is visible before the import's rows are committed")
                    .isEqualTo(disputesBefore);

            String body = mvc.perform(post("/api/v1/mediation/disputes").header("Authorization", "Bearer " + token)
                            .contentType("application/json").content(MediationApiTest.registration(WENQUAN, "WALK_IN",
                                    "NEIGHBOUR", YEAR + "-06-02", "0", DisputeSpreadsheetTest.VALID_ID)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            assertThat(disputes()).as("the registration did not wait for the import to commit")
                    .isEqualTo(disputesBefore + 1);
            assertThat((String) JsonPath.read(body, "$.caseNumber")).endsWith("〔" + YEAR + "〕" + (before + ROWS + 1) + "号");

            assertThat(running.get().count()).isEqualTo(ROWS);
        } finally {
            pool.shutdown();
            Files.deleteIfExists(file);
        }
        assertThat(lastSeq()).isEqualTo(before + ROWS + 1);
        assertThat(disputes()).isEqualTo(disputesBefore + ROWS + 1);
    }
}
