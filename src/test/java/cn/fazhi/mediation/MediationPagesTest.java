package cn.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import static cn.fazhi.FormTokenRequests.formToken;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** Staff pages and the public portal: registration and steps by form, scope by page, apply and track. */
@IntegrationTest
class MediationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    cn.fazhi.organisation.Regions regions;

    UserDetails wenquan;
    UserDetails maqiao;

    @BeforeEach
    void users() {
        wenquan = userAccounts.loadDetails(accounts.create("pgwq", 18, "MEDIATOR")).orElseThrow();
        maqiao = userAccounts.loadDetails(accounts.create("pgmq", 36, "TOWNSHIP_STAFF")).orElseThrow();
    }

    long registerByPage(UserDetails who, String township) throws Exception {
        String location = mvc.perform(post("/mediation").with(formToken()).with(user(who)).with(csrf())
                        .param("channel", "WALK_IN").param("category", "VILLAGE_CONTRACT").param("townshipCode", township)
                        .param("receivedOn", LocalDate.now().minusDays(3).toString()).param("amount", "800")
                        .param("summary", "村组土地承包合同纠纷").param("applicantKind", "PERSON")
                        .param("applicantName", "王某").param("applicantIdentifier", "421202198512124568")
                        .param("applicantPhone", "13807150000").param("respondentKind", "PERSON")
                        .param("respondentName", "某村民小组").param("confirmDuplicate", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/mediation/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM dispute WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void staffRegisterAndHandleADisputeByForm() throws Exception {
        long id = registerByPage(wenquan, "421202001");
        mvc.perform(get("/mediation/" + id).with(user(wenquan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4212**********4568")))
                .andExpect(content().string(containsString("138****0000")))
                .andExpect(content().string(not(containsString("421202198512124568"))))
                .andExpect(content().string(containsString("/mediation/" + id + "/accept")))
                .andExpect(content().string(not(containsString("/mediation/" + id + "/agreement"))));
        mvc.perform(post("/mediation/" + id + "/accept").with(user(wenquan)).with(csrf())
                        .param("on", LocalDate.now().toString()).param("version", Integer.toString(version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation/" + id + "/deliberation").with(user(wenquan)).with(csrf())
                        .param("heldOn", LocalDate.now().toString()).param("participants", "村两委、村民代表")
                        .param("resolution", "按原合同继续履行").param("version", Integer.toString(version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/mediation/" + id + "/session")
                        .file(new MockMultipartFile("file", "笔录.txt", "text/plain", "调解笔录".getBytes()))
                        .with(user(wenquan)).with(csrf())
                        .param("heldOn", LocalDate.now().toString()).param("mediators", "赵琳").param("notes", "第一次调解")
                        .param("version", Integer.toString(version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mediation/" + id).with(user(wenquan)))
                .andExpect(content().string(containsString("笔录.txt")))
                .andExpect(content().string(containsString("按原合同继续履行")))
                .andExpect(content().string(containsString("/mediation/" + id + "/agreement")));
        // an agreement dated before acceptance is refused on the form, in Chinese, and nothing changes
        mvc.perform(post("/mediation/" + id + "/agreement").with(user(wenquan)).with(csrf())
                        .param("form", "WRITTEN").param("terms", "x").param("effectiveOn", LocalDate.now().minusDays(2).toString())
                        .param("version", Integer.toString(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("受理前不能调解、达成协议或终止调解")));
        assertThat(jdbc.sql("SELECT status FROM dispute WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("MEDIATING");
        mvc.perform(get("/mediation").with(user(wenquan)).param("status", "MEDIATING"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/mediation/" + id)));
    }

    @Test
    void aWenquanUserGets404ForAMaqiaoDisputeByPage() throws Exception {
        long id = registerByPage(maqiao, "421202106");
        mvc.perform(get("/mediation/" + id).with(user(maqiao))).andExpect(status().isOk());
        mvc.perform(get("/mediation/" + id).with(user(wenquan))).andExpect(status().isNotFound());
        mvc.perform(post("/mediation/" + id + "/accept").with(user(wenquan)).with(csrf())
                .param("on", LocalDate.now().toString()).param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/mediation").with(user(wenquan)).param("size", "100"))
                .andExpect(content().string(not(containsString("/mediation/" + id + "\""))));
        assertThat(jdbc.sql("SELECT status FROM dispute WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("REGISTERED");
    }

    @Test
    void aStaleFormIsRefused() throws Exception {
        long id = registerByPage(wenquan, "421202001");
        mvc.perform(post("/mediation/" + id + "/accept").with(user(wenquan)).with(csrf())
                .param("on", LocalDate.now().toString()).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation/" + id + "/withdraw").with(user(wenquan)).with(csrf())
                        .param("on", LocalDate.now().toString()).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert")));
        assertThat(jdbc.sql("SELECT status FROM dispute WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aStepFormListsEveryInvalidFieldAtOnceAndSavesNothing() throws Exception {
        long id = registerByPage(wenquan, "421202001");
        mvc.perform(post("/mediation/" + id + "/accept").with(user(wenquan)).with(csrf())
                .param("on", LocalDate.now().toString()).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation/" + id + "/session").with(user(wenquan)).with(csrf()).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("请填写日期。")))
                .andExpect(content().string(containsString("请填写参加调解的调解员。")))
                .andExpect(content().string(containsString("请填写调解情况记录。")))
                .andExpect(content().string(containsString("id=\"step-session\" open")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute_session WHERE dispute_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void theNewFormRefusesABadIdNumberAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM dispute").query(Long.class).single();
        mvc.perform(post("/mediation").with(formToken()).with(user(wenquan)).with(csrf())
                        .param("channel", "WALK_IN").param("category", "NEIGHBOUR").param("townshipCode", "421202001")
                        .param("receivedOn", LocalDate.now().toString()).param("amount", "1").param("summary", "s")
                        .param("applicantName", "王某").param("applicantIdentifier", "421202198512124569")
                        .param("respondentName", "李某"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公民身份号码不正确")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCitizenAppliesOnlineAndTracksWithCodeAndSecret() throws Exception {
        var html = mvc.perform(post("/public/mediation/apply").with(formToken()).with(csrf())
                        .param("applicantName", "刘某").param("applicantIdNumber", "421202199001011232")
                        .param("applicantPhone", "13600001111").param("respondentName", "陈某")
                        .param("townshipCode", "421202106").param("category", "NEIGHBOUR").param("summary", "噪音纠纷"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        TrackingReceipt receipt = (TrackingReceipt) html.getFlashMap().get("receipt");
        String code = receipt.trackingCode();
        String secret = receipt.secret();
        // the receipt is the kernel's: the secret kept only salted and hashed
        var row = jdbc.sql("SELECT d.channel, d.unit_id, d.township_code, t.secret_hash, t.scheme FROM dispute d "
                        + "JOIN case_tracking t ON t.case_type = 'mediation' AND t.case_id = d.id WHERE t.code = :c")
                .param("c", code).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("ONLINE_PORTAL");
        assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(36L);
        assertThat(row.get("scheme")).isEqualTo("SM3_SALTED");
        assertThat((String) row.get("secret_hash")).hasSize(64).isNotEqualTo(secret)
                .isNotEqualTo(cn.fazhi.platform.crypto.Sm3.hex(secret));

        mvc.perform(post("/public/mediation/track").with(csrf()).param("code", code).param("secret", "WRONG123"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("查询码或查询密码不正确")))
                .andExpect(content().string(not(containsString("tracking-status"))));
        mvc.perform(post("/public/mediation/track").with(csrf()).param("code", code).param("secret", secret))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tracking-status")))
                .andExpect(content().string(containsString("已登记")))
                .andExpect(content().string(not(containsString("刘某"))))
                .andExpect(content().string(not(containsString("陈某"))))
                .andExpect(content().string(not(containsString("噪音纠纷"))));
        // the Maqiao township sees the online application; Wenquan does not
        long id = jdbc.sql("SELECT case_id FROM case_tracking WHERE case_type = 'mediation' AND code = :c").param("c", code).query(Long.class).single();
        mvc.perform(get("/mediation/" + id).with(user(maqiao))).andExpect(status().isOk());
        mvc.perform(get("/mediation/" + id).with(user(wenquan))).andExpect(status().isNotFound());
    }

    @Autowired
    cn.fazhi.calendar.LegalClocks clocks;

    @Test
    void theTrackingPageShowsTheConfirmationWindowAndFlagsAProvisionalDate() throws Exception {
        var html = mvc.perform(post("/public/mediation/apply").with(formToken()).with(csrf())
                        .param("applicantName", "赵某").param("applicantIdNumber", "421202199001011232")
                        .param("applicantPhone", "13600001111").param("respondentName", "钱某")
                        .param("townshipCode", "421202106").param("category", "NEIGHBOUR").param("summary", "排水纠纷"))
                .andExpect(status().is3xxRedirection()).andReturn();
        TrackingReceipt receipt = (TrackingReceipt) html.getFlashMap().get("receipt");
        String code = receipt.trackingCode();
        String secret = receipt.secret();
        long id = jdbc.sql("SELECT case_id FROM case_tracking WHERE case_type = 'mediation' AND code = :c").param("c", code).query(Long.class).single();
        String today = LocalDate.now().toString();
        mvc.perform(post("/mediation/" + id + "/accept").with(user(maqiao)).with(csrf()).param("on", today)
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation/" + id + "/session").with(user(maqiao)).with(csrf()).param("heldOn", today)
                .param("mediators", "m").param("notes", "n").param("version", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation/" + id + "/agreement").with(user(maqiao)).with(csrf()).param("form", "WRITTEN")
                .param("terms", "t").param("effectiveOn", today).param("version", "2")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/public/mediation/track").with(csrf()).param("code", code).param("secret", secret))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tracking-confirmation\"")));
        // push the window into a year without a State Council notice (through the calendar's own ledger)
        long clock = jdbc.sql("SELECT confirmation_clock_id FROM dispute WHERE id = :id").param("id", id)
                .query(Long.class).single();
        clocks.extend(clock, 3000, cn.fazhi.calendar.PeriodUnit.DAYS, "test: a deadline in an unpublished year");
        mvc.perform(post("/public/mediation/track").with(csrf()).param("code", code).param("secret", secret))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tracking-provisional\"")))
                .andExpect(content().string(not(containsString("赵某"))));
        mvc.perform(get("/mediation/" + id).with(user(maqiao)))
                .andExpect(content().string(containsString("暂定")));
    }

    @Test
    void theOnlineApplicationChecksTheIdNumber() throws Exception {
        mvc.perform(post("/public/mediation/apply").with(formToken()).with(csrf())
                        .param("applicantName", "刘某").param("applicantIdNumber", "421202199001011233")
                        .param("applicantPhone", "13600001111").param("respondentName", "陈某")
                        .param("townshipCode", "421202106").param("category", "NEIGHBOUR").param("summary", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("公民身份号码不正确")))
                .andExpect(content().string(not(containsString("tracking-code"))));
    }

    @Test
    void anonymousCallersAreSentToLogin() throws Exception {
        mvc.perform(get("/mediation")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/mediation/apply")).andExpect(status().isOk());
        mvc.perform(get("/public/mediation/track")).andExpect(status().isOk());
    }

    @Test
    void theApplicationAndTheWrittenAgreementPrintAsDocxAndPdf() throws Exception {
        long id = registerByPage(wenquan, "421202001");
        byte[] docx = mvc.perform(get("/mediation/" + id + "/documents/application/docx").with(user(wenquan)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("人民调解申请书", "王某", "421202198512124568", "村组土地承包合同纠纷");
        }
        mvc.perform(get("/mediation/" + id + "/documents/agreement/pdf").with(user(wenquan)))
                .andExpect(status().isConflict());
        String today = LocalDate.now().toString();
        mvc.perform(post("/mediation/" + id + "/accept").with(user(wenquan)).with(csrf()).param("on", today)
                .param("version", Integer.toString(version(id))));
        mvc.perform(post("/mediation/" + id + "/session").with(user(wenquan)).with(csrf()).param("heldOn", today)
                .param("mediators", "赵琳").param("notes", "n").param("version", Integer.toString(version(id))));
        mvc.perform(post("/mediation/" + id + "/agreement").with(user(wenquan)).with(csrf()).param("form", "WRITTEN")
                        .param("terms", "一、按原合同继续履行。\n二、村民小组补偿800元。").param("amount", "800")
                        .param("effectiveOn", today).param("version", Integer.toString(version(id))))
                .andExpect(status().is3xxRedirection());
        byte[] pdf = mvc.perform(get("/mediation/" + id + "/documents/agreement/pdf").with(user(wenquan)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        java.nio.file.Path out = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.write(out.resolve("mediation-agreement.pdf"), pdf);
        mvc.perform(get("/mediation/" + id + "/documents/agreement/docx").with(user(maqiao)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'mediation.dispute.printed' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theDisputePageRendersInEveryStateWithOnlyTheStepsAllowedNow() throws Exception {
        String today = LocalDate.now().toString();
        long agreed = registerByPage(wenquan, "421202001");
        String[][] steps = {
                {"accept", "on", today, "/decline"},
                {"session", "heldOn", today, "/accept"},
                {"agreement", "effectiveOn", today, "/agreement"},
                {"confirmation", "appliedOn", today, "/confirmation"},
                {"confirmation-result", "decidedOn", today, "/confirmation-result"},
                {"performance", "on", today, "/performance"},
                {"close", "on", today, "/close"}};
        for (String[] step : steps) {
            mvc.perform(post("/mediation/" + agreed + "/" + step[0]).with(user(wenquan)).with(csrf())
                            .param(step[1], step[2]).param("version", Integer.toString(version(agreed)))
                            .param("mediators", "赵琳").param("notes", "n").param("form", "WRITTEN").param("terms", "t")
                            .param("court", "咸安区人民法院").param("result", "CONFIRMED").param("performed", "true"))
                    .andExpect(status().is3xxRedirection());
            var page = mvc.perform(get("/mediation/" + agreed).with(user(wenquan))).andExpect(status().isOk());
            page.andExpect(content().string(not(containsString("/mediation/" + agreed + step[3] + "\""))));
        }
        assertThat(jdbc.sql("SELECT status FROM dispute WHERE id = :id").param("id", agreed).query(String.class).single())
                .isEqualTo("CLOSED");
        long failed = registerByPage(wenquan, "421202001");
        mvc.perform(post("/mediation/" + failed + "/accept").with(user(wenquan)).with(csrf()).param("on", today)
                .param("version", "0"));
        mvc.perform(post("/mediation/" + failed + "/session").with(user(wenquan)).with(csrf()).param("heldOn", today)
                .param("mediators", "m").param("notes", "n").param("version", "1"));
        mvc.perform(post("/mediation/" + failed + "/fail").with(user(wenquan)).with(csrf()).param("on", today)
                        .param("version", "2"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第二十六条")));
        mvc.perform(post("/mediation/" + failed + "/fail").with(user(wenquan)).with(csrf()).param("on", today)
                        .param("routesExplained", "true").param("version", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mediation/" + failed).with(user(wenquan))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/mediation/" + failed + "/close")))
                .andExpect(content().string(containsString("/mediation/" + failed + "/return-visit")));
        long declined = registerByPage(wenquan, "421202001");
        mvc.perform(post("/mediation/" + declined + "/decline").with(user(wenquan)).with(csrf()).param("on", today)
                .param("reason", "一方明确拒绝调解").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/mediation/" + declined).with(user(wenquan))).andExpect(status().isOk())
                .andExpect(content().string(containsString("一方明确拒绝调解")))
                .andExpect(content().string(not(containsString("/mediation/" + declined + "/attachments"))));
        mvc.perform(get("/mediation/new").with(user(wenquan))).andExpect(status().isOk());
        mvc.perform(get("/mediation").with(user(wenquan)).param("overdue", "true")).andExpect(status().isOk());
    }

    @Test
    void aLapsedConfirmationWindowShowsOneStateNotTwo() throws Exception {
        LocalDate received = LocalDate.now().minusDays(90);
        String location = mvc.perform(post("/mediation").with(formToken()).with(user(wenquan)).with(csrf())
                        .param("channel", "WALK_IN").param("category", "NEIGHBOUR").param("townshipCode", "421202001")
                        .param("receivedOn", received.toString()).param("amount", "0")
                        .param("summary", "邻里纠纷").param("applicantKind", "PERSON")
                        .param("applicantName", "王某").param("applicantIdentifier", "421202198512124568")
                        .param("respondentKind", "PERSON").param("respondentName", "李某"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/mediation/" + id + "/accept").with(user(wenquan)).with(csrf())
                .param("on", received.toString()).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation/" + id + "/session").with(user(wenquan)).with(csrf())
                .param("heldOn", received.plusDays(1).toString()).param("mediators", "m").param("notes", "n")
                .param("version", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation/" + id + "/agreement").with(user(wenquan)).with(csrf()).param("form", "WRITTEN")
                .param("terms", "t").param("effectiveOn", received.plusDays(2).toString()).param("version", "2"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/mediation/" + id).with(user(wenquan))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("已届满，未申请司法确认").doesNotContain("已逾期")
                .doesNotContain(">已届满<");
        assertThat(html.split("id=\"confirmation-state\"", -1)).hasSize(2);
    }

    @Test
    void aLawOfficeUserAddsAMediatorWhosePhoneIsStoredEncrypted() throws Exception {
        UserDetails lawOffice = userAccounts.loadDetails(accounts.create("pglo", 4, "LAW_OFFICE")).orElseThrow();
        String name = "调解员" + System.nanoTime() % 100000;
        long committee = jdbc.sql("SELECT id FROM mediation_committee WHERE region_code = '421202106'").query(Long.class).single();
        mvc.perform(post("/mediation/committees/mediators").with(user(lawOffice)).with(csrf())
                        .param("committeeId", Long.toString(committee)).param("name", name).param("phone", "13712345678"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT phone_enc FROM mediator WHERE name = :n").param("n", name).query(String.class).single())
                .startsWith("v1:").doesNotContain("13712345678");
        mvc.perform(get("/mediation/committees").with(user(lawOffice))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name))).andExpect(content().string(containsString("137****5678")))
                .andExpect(content().string(containsString("马桥镇人民调解委员会")));
        mvc.perform(get("/mediation/committees").with(user(wenquan))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(post("/mediation/committees/mediators").with(user(wenquan)).with(csrf())
                .param("committeeId", Long.toString(committee)).param("name", "x")).andExpect(status().isForbidden());
    }

    @Test
    void theVillageIsChosenFromTheTownshipsRegisteredVillages() throws Exception {
        String code = null;
        for (int i = 0; code == null; i++) {
            String candidate = "421202105" + String.format("%03d", (System.nanoTime() + i) % 1000);
            if (regions.find(candidate).isEmpty()) {
                regions.addVillage("421202105", candidate, "选择村" + candidate.substring(9));
                code = candidate;
            }
        }
        mvc.perform(get("/mediation/new").with(user(wenquan))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/mediation/villages\"")))
                .andExpect(content().string(containsString("请先选择乡镇（街道）")));
        mvc.perform(get("/mediation/villages").param("townshipCode", "421202105").with(user(wenquan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")))
                .andExpect(content().string(containsString("选择村" + code.substring(9))))
                .andExpect(content().string(containsString("选填")));
        // a township without registered villages (every real township has the one-form register's villages: a
        // township added for this check only, rolled back): the field is optional and says so
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO region (code, name, level, parent_code, sort_order) "
                    + "VALUES ('421202299', '无村测试乡', 'TOWNSHIP', '421202', 99)").update();
            try {
                mvc.perform(get("/mediation/villages").param("townshipCode", "421202299").with(user(wenquan)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("尚未登记村（社区），此项可不填")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                tx.setRollbackOnly();
            }
        });
    }

    @Test
    void aVillageCommitteeIsSetUpUnderItsTownshipsCentreAndVillagesAreChecked() throws Exception {
        UserDetails lawOffice = userAccounts.loadDetails(accounts.create("pglv", 4, "LAW_OFFICE")).orElseThrow();
        String code = null;
        for (int i = 0; code == null; i++) {
            String candidate = "421202106" + String.format("%03d", (System.nanoTime() + i) % 1000);
            if (regions.find(candidate).isEmpty()) {
                regions.addVillage("421202106", candidate, "测试村" + candidate.substring(9));
                code = candidate;
            }
        }
        String name = "测试村" + code.substring(9) + "人民调解委员会";
        mvc.perform(post("/mediation/committees").with(user(lawOffice)).with(csrf())
                .param("villageCode", code).param("name", name)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT unit_id FROM mediation_committee WHERE name = :n").param("n", name)
                .query(Long.class).single()).isEqualTo(36L);
        mvc.perform(post("/mediation/committees").with(user(wenquan)).with(csrf())
                .param("villageCode", code).param("name", "x")).andExpect(status().isForbidden());
        // a dispute in that village: accepted for 马桥镇, refused for 温泉街道
        mvc.perform(post("/mediation").with(formToken()).with(user(maqiao)).with(csrf())
                        .param("channel", "WALK_IN").param("category", "NEIGHBOUR").param("townshipCode", "421202106")
                        .param("villageCode", code).param("receivedOn", LocalDate.now().toString()).param("amount", "0")
                        .param("summary", "s").param("applicantName", "甲").param("respondentName", "乙"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/mediation").with(formToken()).with(user(wenquan)).with(csrf())
                        .param("channel", "WALK_IN").param("category", "NEIGHBOUR").param("townshipCode", "421202001")
                        .param("villageCode", code).param("receivedOn", LocalDate.now().toString()).param("amount", "0")
                        .param("summary", "s").param("applicantName", "甲").param("respondentName", "乙"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不是所选乡镇（街道）下的村（社区）")));
    }

    private static String between(String html, String marker) {
        Matcher m = Pattern.compile(Pattern.quote(marker) + "([A-Z0-9]+)<").matcher(html);
        assertThat(m.find()).as("marker " + marker).isTrue();
        return m.group(1);
    }
}
