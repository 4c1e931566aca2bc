package cn.fazhi.enterprises;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;

/**
 * The portal side, with the portal session carried by the {@code SESSION} cookie: only a verified enterprise may file
 * (403 before), bad input shows the Chinese message and saves nothing, the enterprise sees its own requests and their
 * steps and never another's (404), reads the answer and rates the closed request; its desk items list the request
 * and a complaint it filed, finished once rated.
 */
@IntegrationTest
class RequestPortalTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Enterprises enterprises;
    @Autowired EnterpriseRequests requests;
    @Autowired List<DeskItems> deskItems;

    String phone() {
        return "137" + ThreadLocalRandom.current().nextInt(10000000, 99999999);
    }

    Cookie enter(EnterpriseView e, String phone) throws Exception {
        var result = mvc.perform(post("/public/enterprises/code/" + e.deskToken()).param("phone", phone)
                .with(formToken()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    @Test
    void aVerifiedEnterpriseFilesFollowsAndRatesItsOwnRequest() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String phone = phone();
        EnterpriseView mine = EnterpriseFixtures.register(enterprises, "咸安门户诉求测试甲公司" + s, phone, List.of());
        String otherPhone = phone();
        EnterpriseView other = EnterpriseFixtures.register(enterprises, "咸安门户诉求测试乙公司" + s, otherPhone, List.of());

        mvc.perform(get("/public/enterprises/requests/new")).andExpect(status().isForbidden());
        mvc.perform(post("/public/enterprises/requests/new").param("category", "POLICY").param("title", "t")
                .param("content", "c").with(formToken()).with(csrf())).andExpect(status().isForbidden());

        Cookie session = enter(mine, phone);
        mvc.perform(get("/public/enterprises/requests/new").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("政策咨询")));
        long before = jdbc.sql("SELECT COUNT(*) FROM enterprise_request").query(Long.class).single();
        mvc.perform(post("/public/enterprises/requests/new").cookie(session).param("category", "POLICY")
                        .param("title", "研发费用加计扣除" + s).param("content", " ").with(formToken()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写内容")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_request").query(Long.class).single()).isEqualTo(before);

        String location = mvc.perform(post("/public/enterprises/requests/new").cookie(session).param("category", "POLICY")
                        .param("title", "研发费用加计扣除" + s).param("content", "请问今年研发费用加计扣除比例是多少？")
                        .with(formToken()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
        assertThat(requests.find(id)).get().satisfies(r -> {
            assertThat(r.enterpriseId()).isEqualTo(mine.id());
            assertThat(r.channel()).isEqualTo("PORTAL");
        });
        mvc.perform(get("/public/enterprises/requests").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("研发费用加计扣除" + s)));
        mvc.perform(get("/public/enterprises/requests/" + id).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("待分派"))).andExpect(content().string(containsString("提出诉求")));

        Cookie otherSession = enter(other, otherPhone);
        mvc.perform(get("/public/enterprises/requests/" + id).cookie(otherSession)).andExpect(status().isNotFound());
        mvc.perform(get("/public/enterprises/requests").cookie(otherSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("研发费用加计扣除" + s))));
        mvc.perform(post("/public/enterprises/requests/" + id + "/rate").cookie(otherSession).param("rating", "SATISFIED")
                .with(csrf())).andExpect(status().isNotFound());

        // the desk and the unit answer (as the system here; their own rules are tested with the API)
        jdbc.sql("UPDATE enterprise_request SET status = 'CLOSED', unit_id = 5, answer = :a, answered_on = filed_on, "
                + "answered_on_time = TRUE, closed_on = filed_on, routed_on = filed_on, answer_due = filed_on WHERE id = :id")
                .param("a", "今年按百分之百比例加计扣除。" + s).param("id", id).update();
        mvc.perform(get("/public/enterprises/requests/" + id).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("今年按百分之百比例加计扣除。" + s)))
                .andExpect(content().string(containsString("评价办理结果")));
        mvc.perform(post("/public/enterprises/requests/" + id + "/rate").cookie(session).param("rating", "GREAT")
                .with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("请选择评价等级")));
        mvc.perform(post("/public/enterprises/requests/" + id + "/rate").cookie(session).param("rating", "VERY_SATISFIED")
                .param("note", "答复及时").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(requests.find(id)).get().satisfies(r -> {
            assertThat(r.rating()).isEqualTo("VERY_SATISFIED");
            assertThat(r.status()).isEqualTo(RequestStatus.RATED);
        });

        mvc.perform(post("/public/enterprises/complaints/new").cookie(session).param("respondentUnitId", "6")
                        .param("amount", "52000").param("paymentDue", "2025-01-31").param("content", "验收后逾期未付款" + s)
                        .with(formToken()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<DeskItem> items = deskItems.stream().flatMap(d -> d.of(mine.id()).stream())
                .filter(i -> i.caseType().equals(EnterpriseRequests.CASE_TYPE) || i.caseType().equals(SmeComplaints.CASE_TYPE))
                .toList();
        assertThat(items).extracting(DeskItem::caseType)
                .containsExactlyInAnyOrder(EnterpriseRequests.CASE_TYPE, SmeComplaints.CASE_TYPE);
        assertThat(items).filteredOn(i -> i.id() == id && i.caseType().equals(EnterpriseRequests.CASE_TYPE)).singleElement().satisfies(i -> {
            assertThat(i.finished()).isTrue();
            assertThat(i.path()).isEqualTo("/public/enterprises/requests/" + id);
        });
        assertThat(deskItems.stream().flatMap(d -> d.of(other.id()).stream()).toList()).isEmpty();
    }
}
