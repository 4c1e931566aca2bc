package cn.fazhi.oneform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The one-form register against the whole application: a small register imported into a new village of 永安街道,
 * masking per role, the clerk's village scope, the import's all-or-nothing refusal naming the row and column, forms
 * equal to a hand count, change requests reviewed and applied with history and audit, and the API's problems.
 */
@IntegrationTest
class OneformRegisterTest {

    static final String YONGAN = "421202003";
    static final AtomicInteger SEQ = new AtomicInteger(1);
    static final String HEADER = "户编号,村（社区）,村民小组,家庭住址,姓名,公民身份号码,与户主关系,联系电话,人员属性,属性来源,属性日期,登记日期";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;
    @Autowired JdbcClient jdbc;
    @Autowired Regions regions;
    @Autowired Register register;
    @Autowired RegisterImport imports;
    @Autowired Forms forms;
    @Autowired FormFiles files;
    @Autowired ChangeRequests changes;

    FazhiUserDetails township;
    FazhiUserDetails clerk;
    FazhiUserDetails otherTownship;
    FazhiUserDetails admin;
    String village;
    String prefix;

    /** A valid fictitious ID number (GB 11643 check digit) born on {@code born}, odd sequence for men. */
    static String id(String born, boolean male) {
        int seq = (SEQ.getAndIncrement() % 499) * 2 + (male ? 1 : 0);
        String first17 = "420102" + born + String.format("%03d", seq);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    FazhiUserDetails details(String username) {
        return userAccounts.loadDetails(username).orElseThrow();
    }

    CurrentUser of(FazhiUserDetails d) {
        return d.user();
    }

    @BeforeEach
    void setUp() {
        township = details(accounts.create("oftw", 22, "TOWNSHIP_STAFF"));
        clerk = details(accounts.create("ofck", 21, "VILLAGE_CLERK"));
        otherTownship = details(accounts.create("ofot", 18, "TOWNSHIP_STAFF"));
        admin = details(accounts.create("ofad", 4, "SYS_ADMIN"));
        for (int i = 0; village == null; i++) {
            String candidate = YONGAN + String.format("%03d", 300 + (int) ((System.nanoTime() + i) % 700));
            if (regions.find(candidate).isEmpty()) {
                regions.addVillage(YONGAN, candidate, "测试村" + candidate.substring(9));
                village = candidate;
            }
        }
        prefix = village + "-";
        register.assignClerk(clerk.user().id(), village, township.user());
    }

    /**
     * The small register by hand: 4 households, 7 persons. 低保: 2 (H1's head, H3); 80 and over today: 3 (1 man, 2
     * women: born 1940, 1942, 1945); 退役军人: 1; 残疾: 1 (grade 2).
     */
    String smallRegister() {
        return HEADER + "\n"
                + prefix + "1," + village + ",第一组,一组1号,张大山," + id("19400315", true) + ",户主,13907150101,低保,区民政局低保信息系统,2024-03-01,2024-05-01\n"
                + prefix + "1," + village + ",第一组,,李秀英," + id("19420620", false) + ",配偶,,,,,2024-05-01\n"
                + prefix + "2," + village + ",第二组,二组5号,王建国," + id("19800101", true) + ",户主,13907150102,退役军人,区退役军人事务局,2024-02-01,2024-05-01\n"
                + prefix + "2," + village + ",第二组,,王小雨," + id("20150808", false) + ",子女,,留守儿童,区民政局,2024-02-01,2024-05-01\n"
                + prefix + "2," + village + ",第二组,,陈芳," + id("19820202", false) + ",配偶,,,,,2024-05-01\n"
                + prefix + "3," + village + ",第一组,一组9号,刘桂英," + id("19450101", false) + ",户主,,\"低保;残疾:2;独居老人\",2025年入户调查,2025-01-10,2024-05-01\n"
                + prefix + "4," + "测试村" + village.substring(9) + ",第三组,三组2号,赵磊," + id("19900909", true) + ",户主,,,,,2024-05-01\n";
    }

    int importSmall() {
        return imports.importCsv(new ByteArrayInputStream(smallRegister().getBytes(StandardCharsets.UTF_8)),
                township.user());
    }

    @Test
    void aFormEqualsTheHandCountOfASmallRegister() throws Exception {
        assertThat(importSmall()).isEqualTo(7);
        // the clerk sees exactly this village: the forms are produced for it
        FormView dibao = forms.list(clerk.user()).stream().filter(f -> f.code().equals("DIBAO")).findFirst().orElseThrow();
        FormOutput roster = forms.produce(dibao.id(), clerk.user(), Locale.SIMPLIFIED_CHINESE);
        assertThat(roster.total()).isEqualTo(2);
        assertThat(roster.groups()).hasSize(1);
        assertThat(roster.groups().get(0).rows()).extracting(r -> r.get(3)).containsExactly("张大山", "刘桂英");
        assertThat(roster.groups().get(0).rows().get(0).get(6)).startsWith("4201").contains("*");

        FormView elderly = forms.list(clerk.user()).stream().filter(f -> f.code().equals("ELDERLY80")).findFirst().orElseThrow();
        FormOutput count = forms.produce(elderly.id(), clerk.user(), Locale.SIMPLIFIED_CHINESE);
        assertThat(count.summary()).isTrue();
        assertThat(count.total()).isEqualTo(3);
        assertThat(count.groups().get(0).male()).isEqualTo(1);
        assertThat(count.groups().get(0).female()).isEqualTo(2);

        // a form defined by the township: women of the village, grouped by village
        FormView women = forms.define(new FormCommand("W" + village, "妇女名册", List.of("NAME", "AGE", "ATTR_DISABLED"),
                null, null, null, "F", GroupBy.VILLAGE, false), township.user());
        FormOutput w = forms.produce(women.id(), clerk.user(), Locale.SIMPLIFIED_CHINESE);
        assertThat(w.total()).isEqualTo(4);
        assertThat(w.groups().get(0).rows()).anySatisfy(r -> assertThat(r.get(2)).startsWith("2级 (2025年入户调查 2025-01-10)"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        files.xlsx(roster, xlsx, Locale.SIMPLIFIED_CHINESE);
        assertThat(xlsx.size()).isGreaterThan(1000);
        byte[] pdf = files.pdf(roster, Locale.SIMPLIFIED_CHINESE);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        mvc.perform(get("/oneform/forms/" + dibao.id() + "/file").param("format", "pdf").with(user(clerk)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/oneform/forms/" + dibao.id()).with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("张大山")));
    }

    @Test
    void identityIsMaskedForTownshipAndClerkAndRevealedOnlyWithThePermissionAudited() throws Exception {
        importSmall();
        PersonView p = register.search(new Register.Query("张大山", village, null, null), RegisterScope.of(township.user()),
                0, 10).items().get(0);
        assertThat(p.idMasked()).matches("4201\\*{10}\\d{3}[\\dX]");
        assertThat(p.phoneMasked()).isEqualTo("139****0101");
        assertThat(p.sex()).isEqualTo("M");
        assertThat(p.bornOn()).isEqualTo(LocalDate.of(1940, 3, 15));
        assertThatThrownBy(() -> register.revealId(p.id(), township.user())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> register.revealId(p.id(), clerk.user())).isInstanceOf(UserFacingException.class);
        long before = audits("oneform.person.revealed");
        String plain = register.revealId(p.id(), admin.user());
        assertThat(plain).matches("42010219400315\\d{3}[\\dX]");
        assertThat(audits("oneform.person.revealed")).isEqualTo(before + 1);
        // the whole number finds the person through the blind index
        assertThat(register.search(new Register.Query(plain, null, null, null), RegisterScope.of(clerk.user()), 0, 5)
                .items()).extracting(PersonView::id).containsExactly(p.id());
        mvc.perform(get("/oneform/persons/" + p.id()).with(user(township))).andExpect(status().isOk())
                .andExpect(content().string(containsString(p.idMasked())))
                .andExpect(content().string(not(containsString(plain))));
        mvc.perform(post("/oneform/persons/" + p.id() + "/reveal").with(user(township)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/oneform/persons/" + p.id() + "/reveal").with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(plain)));
    }

    @Test
    void aVillageClerkSeesOnlyTheirVillageAndAnotherTownshipNothingOfIt() throws Exception {
        importSmall();
        assertThat(register.search(Register.Query.none(), RegisterScope.of(clerk.user()), 0, 50).total()).isEqualTo(7);
        assertThat(register.villages(RegisterScope.of(clerk.user()))).extracting(VillageView::code)
                .containsExactly(village);
        long anyPerson = register.search(new Register.Query("张大山", village, null, null),
                RegisterScope.of(township.user()), 0, 1).items().get(0).id();
        assertThatThrownBy(() -> register.get(anyPerson, RegisterScope.of(otherTownship.user())))
                .isInstanceOf(UserFacingException.class);
        mvc.perform(get("/oneform/persons/" + anyPerson).with(user(otherTownship))).andExpect(status().isNotFound());
        // another clerk of the same township, with no village assigned, sees none
        FazhiUserDetails stranger = details(accounts.create("ofc2", 21, "VILLAGE_CLERK"));
        assertThat(register.search(Register.Query.none(), RegisterScope.of(stranger.user()), 0, 5).total()).isZero();
        mvc.perform(get("/oneform/persons/" + anyPerson).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/oneform/persons").with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 7 人")));
        mvc.perform(get("/oneform/persons.xlsx").with(user(clerk))).andExpect(status().isOk());
    }

    @Test
    void oneBadRowImportsNothingAndTheErrorNamesTheRowAndTheColumn() throws Exception {
        String good = smallRegister();
        String[] lines = good.split("\n");
        // row 5 (line 5 of the file): break the check digit of the ID number
        String[] cells = lines[4].split(",");
        String idNumber = cells[5];
        char wrong = idNumber.charAt(17) == '1' ? '2' : '1';
        cells[5] = idNumber.substring(0, 17) + wrong;
        lines[4] = String.join(",", cells);
        String bad = String.join("\n", lines) + "\n";
        long before = jdbc.sql("SELECT COUNT(*) FROM oneform_person").query(Long.class).single();
        assertThatThrownBy(() -> imports.importCsv(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                township.user())).isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).row()).isEqualTo(5);
                    assertThat(e.errors().get(0).reasonKey()).isEqualTo("oneform.import.idCheckDigit");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oneform_person").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oneform_household WHERE number LIKE :p").param("p", prefix + "%")
                .query(Long.class).single()).isZero();
        // an unknown village on the last row: the page names the row and the column in Chinese
        String unknown = good.replace(",测试村" + village.substring(9) + ",", ",不存在村,");
        mvc.perform(multipart("/oneform/import").file(new MockMultipartFile("file", "register.csv", "text/csv",
                unknown.getBytes(StandardCharsets.UTF_8))).with(user(township)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 8 行“村（社区）”：“不存在村”不是本人数据范围内已登记的村（社区）")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oneform_person").query(Long.class).single()).isEqualTo(before);
        // imported once, the same file again is refused: every ID number is on the register already
        byte[] once = smallRegister().getBytes(StandardCharsets.UTF_8);
        assertThat(imports.importCsv(new ByteArrayInputStream(once), township.user())).isEqualTo(7);
        assertThatThrownBy(() -> imports.importCsv(new ByteArrayInputStream(once), township.user()))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.errors()).extracting(x -> x.reasonKey())
                        .contains("oneform.import.idRegistered", "oneform.import.householdRegistered"));
    }

    @Test
    void aChangeRequestIsReviewedAppliedAndAuditedWithThePersonsHistory() throws Exception {
        importSmall();
        PersonView p = register.search(new Register.Query("赵磊", village, null, null), RegisterScope.of(clerk.user()),
                0, 1).items().get(0);
        ChangeView filed = changes.file(new ChangeCommand(ChangeKind.SET_ATTRIBUTE, p.id(), null, null, null, null,
                null, null, null, null, "VETERAN", null, "区退役军人事务局", LocalDate.of(2025, 6, 1), "入户核实", "退役证"),
                clerk.user());
        assertThat(filed.status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(register.attributes(p.id())).isEmpty();
        // the clerk cannot review; another township cannot see it; a rejection needs its reason
        assertThatThrownBy(() -> changes.review(filed.id(), true, null, filed.version(), clerk.user()))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> changes.review(filed.id(), true, null, filed.version(), otherTownship.user()))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> changes.review(filed.id(), false, " ", filed.version(), township.user()))
                .isInstanceOf(UserFacingException.class);
        long before = audits("oneform.change.approved");
        mvc.perform(post("/oneform/changes/" + filed.id() + "/review").param("approve", "true")
                .param("version", String.valueOf(filed.version())).with(user(township)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audits("oneform.change.approved")).isEqualTo(before + 1);
        assertThat(register.attributes(p.id())).extracting(AttributeView::code).containsExactly("VETERAN");
        assertThat(register.history(p.id())).extracting(HistoryEntry::action).containsExactly("REGISTERED", "SET_ATTRIBUTE");
        assertThatThrownBy(() -> changes.review(filed.id(), true, null, filed.version() + 1, township.user()))
                .isInstanceOf(UserFacingException.class);

        // a death: rejected with the reason, nothing changes; filed again and approved, the person leaves the forms
        ChangeView death = changes.file(new ChangeCommand(ChangeKind.DEATH, p.id(), null, null, null, null, null,
                null, null, null, null, null, null, LocalDate.of(2025, 7, 1), "家属告知", null), clerk.user());
        changes.review(death.id(), false, "缺少死亡证明", death.version(), township.user());
        assertThat(register.get(p.id(), RegisterScope.of(clerk.user())).status()).isEqualTo(PersonStatus.ACTIVE);
        ChangeView again = changes.file(new ChangeCommand(ChangeKind.DEATH, p.id(), null, null, null, null, null,
                null, null, null, null, null, null, LocalDate.of(2025, 7, 1), "家属告知", "死亡证明"), clerk.user());
        changes.review(again.id(), true, null, again.version(), township.user());
        assertThat(register.get(p.id(), RegisterScope.of(clerk.user())).status()).isEqualTo(PersonStatus.DECEASED);
        assertThat(register.search(Register.Query.none(), RegisterScope.of(clerk.user()), 0, 50).total()).isEqualTo(6);

        // a new person through the page: filed by the clerk, approved by the township
        String newId = id("20200101", true);
        mvc.perform(post("/oneform/changes").param("kind", "ADD_PERSON").param("village", village)
                .param("householdNo", prefix + "2").param("name", "王小军").param("idNumber", newId)
                .param("relation", "CHILD").param("reason", "新生儿落户").with(user(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ChangeView add = changes.search(ChangeStatus.PENDING, RegisterScope.of(township.user()), 0, 50).items().stream()
                .filter(c -> c.kind() == ChangeKind.ADD_PERSON && c.villageCode().equals(village)).findFirst().orElseThrow();
        changes.review(add.id(), true, null, add.version(), township.user());
        assertThat(register.search(new Register.Query(newId, null, null, null), RegisterScope.of(clerk.user()), 0, 1)
                .items()).extracting(PersonView::name).containsExactly("王小军");
        // a bad ID number in a request: a Chinese message on the form, nothing filed
        mvc.perform(post("/oneform/changes").param("kind", "ADD_PERSON").param("village", village)
                .param("householdNo", prefix + "2").param("name", "王小红").param("idNumber", "420102202001010001")
                .param("relation", "CHILD").param("reason", "新生儿落户").with(user(clerk)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不正确")));
    }

    @Test
    void theApiAppliesTheSameRulesAndAnswersProblems() throws Exception {
        importSmall();
        String clerkToken = TestAccounts.token(mvc, clerk.getUsername(), TestAccounts.PASSWORD);
        String townToken = TestAccounts.token(mvc, otherTownship.getUsername(), TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/oneform/persons").header("Authorization", "Bearer " + clerkToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(7));
        long id = register.search(new Register.Query("刘桂英", village, null, null), RegisterScope.of(clerk.user()), 0, 1)
                .items().get(0).id();
        mvc.perform(get("/api/v1/oneform/persons/" + id).header("Authorization", "Bearer " + clerkToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.attributes.length()").value(3));
        mvc.perform(get("/api/v1/oneform/persons/" + id).header("Authorization", "Bearer " + townToken))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/oneform/changes").header("Authorization", "Bearer " + clerkToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"SET_ATTRIBUTE\",\"personId\":" + id + ",\"attribute\":\"DISABLED\",\"source\":\"区残联\",\"date\":\"2025-01-01\",\"reason\":\"复核\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("残疾须选择等级")));
        mvc.perform(post("/api/v1/oneform/changes/999999999/review").header("Authorization", "Bearer " + clerkToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"version\":0}"))
                .andExpect(status().isForbidden());
        // a township assigns villages of its own township to its own clerks only
        String townManager = TestAccounts.token(mvc, township.getUsername(), TestAccounts.PASSWORD);
        FazhiUserDetails second = details(accounts.create("ofc3", 21, "VILLAGE_CLERK"));
        mvc.perform(post("/api/v1/oneform/clerks").header("Authorization", "Bearer " + townManager)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":" + second.user().id() + ",\"village\":\"" + village + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(register.villages(RegisterScope.of(second.user()))).extracting(VillageView::code).containsExactly(village);
        mvc.perform(post("/api/v1/oneform/clerks").header("Authorization", "Bearer " + townManager)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":" + otherTownship.user().id() + ",\"village\":\"" + village + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不是该乡镇")));
        mvc.perform(post("/api/v1/oneform/clerks").header("Authorization", "Bearer " + townToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":" + second.user().id() + ",\"village\":\"" + village + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/oneform/forms/1/file").param("format", "doc").header("Authorization", "Bearer " + clerkToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("xlsx")));
    }

    long audits(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a").param("a", action).query(Long.class).single();
    }
}
