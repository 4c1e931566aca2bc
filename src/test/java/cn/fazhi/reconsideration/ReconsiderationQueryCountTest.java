package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * Issue 11: a list, an export and a case view of reconsideration cases run a fixed number of statements whatever the
 * number of cases (the clocks of all cases in two queries, their parties in one, units once, each handler once) —
 * counted with H2's own statement statistics ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}), so on H2 only.
 */
@IntegrationTest
class ReconsiderationQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private String office;

    @BeforeEach
    void signIn() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assumeThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            try (Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
                s.execute("SET QUERY_STATISTICS TRUE");
            }
        }
        office = TestAccounts.token(mvc, accounts.create("rqc", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    private java.util.Map<String, Long> bySql() {
        java.util.Map<String, Long> m = new java.util.HashMap<>();
        jdbc.sql("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")
                .query((rs, n) -> m.put(rs.getString(1), rs.getLong(2))).list();
        return m;
    }

    /**
     * The statements one request runs: every statement H2 executed meanwhile, less COMMITs, the statistics queries
     * themselves and the search indexer's polling (a background job that runs at its own pace).
     */
    private long statements(String path) throws Exception {
        // H2 counts statements of every thread: a scheduled job (search follower, chain watch, event retries) running
        // meanwhile adds its own, so the least of three readings is the request's
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            least = Math.min(least, statementsOnce(path));
        }
        return least;
    }

    private long statementsOnce(String path) throws Exception {
        var before = bySql();
        call("GET", path, null).andExpect(status().isOk());
        long n = 0;
        for (var e : bySql().entrySet()) {
            String sql = e.getKey().strip().toUpperCase();
            if (sql.equals("COMMIT") || sql.contains("INFORMATION_SCHEMA") || sql.contains("SEARCH_")) {
                continue;
            }
            n += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return n;
    }

    private ResultActions call(String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + office).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request.with(CaseVersions.current(jdbc)));
    }

    /** A case with an applicant, a third party and, once accepted, four clocks. */
    private long register(String marker) throws Exception {
        String body = call("POST", "/api/v1/reconsideration/cases", ReconsiderationApiTest.application(5, "IN_PERSON",
                        "2024-03-01", ReconsiderationApiTest.idNumber()).replace("申请人甲", marker))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call("POST", "/api/v1/reconsideration/cases/" + id + "/acceptance",
                "{\"acceptedOn\":\"2024-03-04\",\"procedure\":\"ORDINARY\"}").andExpect(status().isOk());
        return id;
    }

    @Test
    void listExportAndViewRunAFixedNumberOfStatements() throws Exception {
        String marker = "计数" + System.nanoTime();
        long first = register(marker);
        register(marker);
        String list = "/api/v1/reconsideration/cases?q=" + marker;
        String export = "/api/v1/reconsideration/cases/export?q=" + marker;
        call("GET", list, null).andExpect(jsonPath("$.length()").value(2));
        long listOfTwo = statements(list);
        long exportOfTwo = statements(export);
        long view = statements("/api/v1/reconsideration/cases/" + first);
        for (int i = 0; i < 6; i++) {
            register(marker);
        }
        call("GET", list, null).andExpect(jsonPath("$.length()").value(8));
        assertThat(statements(list)).as("list of 8 against a list of 2").isEqualTo(listOfTwo);
        assertThat(statements(export)).as("export of 8 against an export of 2").isEqualTo(exportOfTwo);
        // the case view: the case, its clocks (two), parties, units (5), plus the caller's token and rights (6)
        assertThat(view).as("statements of one case view").isLessThanOrEqualTo(11);
        System.out.printf("reconsideration statements: list %d, export %d, case view %d%n", listOfTwo, exportOfTwo, view);
    }

    private long suit(String marker) throws Exception {
        String body = call("POST", "/api/v1/litigation/cases", """
                {"court":"咸安区人民法院","instance":"FIRST","plaintiffName":"原告","defendantUnitId":5,
                 "subject":"%s","filedOn":"2024-03-01"}""".formatted(marker))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call("POST", "/api/v1/litigation/cases/" + id + "/hearings",
                "{\"hearingOn\":\"2024-04-01\",\"appearance\":\"HEAD\",\"headName\":\"局长\"}")
                .andExpect(status().isOk());
        call("POST", "/api/v1/litigation/cases/" + id + "/outcome",
                "{\"outcome\":\"AGENCY_LOST\",\"on\":\"2024-05-01\"}").andExpect(status().isOk());
        call("POST", "/api/v1/litigation/cases/" + id + "/performance",
                "{\"effectiveOn\":\"2024-05-20\",\"days\":30}").andExpect(status().isOk());
        return id;
    }

    @Test
    void aListOfSuitsRunsAFixedNumberOfStatements() throws Exception {
        String marker = "计数诉" + System.nanoTime();
        suit(marker);
        suit(marker);
        String list = "/api/v1/litigation/cases?q=" + marker;
        call("GET", list, null).andExpect(jsonPath("$.length()").value(2));
        long listOfTwo = statements(list);
        for (int i = 0; i < 5; i++) {
            suit(marker);
        }
        call("GET", list, null).andExpect(jsonPath("$.length()").value(7));
        assertThat(statements(list)).as("list of 7 suits against a list of 2").isEqualTo(listOfTwo);
    }
}
