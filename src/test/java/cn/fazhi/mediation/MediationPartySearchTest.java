package cn.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.identifiers.ResidentIdNumber;

/**
 * The dispute list finds a party by exact full name, by ID number or by phone number — the numbers through their blind
 * indexes, since they are stored encrypted (issue 10, point 23) — within the caller's scope.
 */
@IntegrationTest
class MediationPartySearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Disputes disputes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    private String list(String username, String party) throws Exception {
        return mvc.perform(get("/mediation").param("party", party).with(user(accounts.loadDetails(username).orElseThrow())))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPartyIsFoundByFullNameIdNumberOrPhone() throws Exception {
        String wenquan = jdbc.sql("SELECT region_code FROM unit WHERE id = 18").query(String.class).single();
        String first = "4212021988021" + String.format("%04d", (int) (Math.random() * 10000));
        String idNumber = first + ResidentIdNumber.checkCharacter(first);
        String tracking = disputes.apply(new PublicApplication("欧阳检索", idNumber, "13907157777", "被申请人丙", null,
                wenquan, null, DisputeCategory.CONTRACT, "合同款纠纷", BigDecimal.ONE)).trackingCode();
        long id = jdbc.sql("SELECT case_id FROM case_tracking WHERE case_type = 'mediation' AND code = :c").param("c", tracking).query(Long.class).single();
        String link = "href=\"/mediation/" + id + "\"";

        assertThat(list("wenquan", "欧阳检索")).contains(link).contains("value=\"欧阳检索\"");
        assertThat(list("wenquan", " " + idNumber.toLowerCase() + " ")).as("ID number, any case").contains(link);
        assertThat(list("wenquan", "13907157777")).as("phone").contains(link);
        assertThat(list("wenquan", "被申请人丙")).as("the respondent").contains(link);
        assertThat(list("wenquan", "欧阳")).as("no partial match").doesNotContain(link);
        assertThat(list("maqiao", "欧阳检索")).as("another township").doesNotContain(link);
    }
}
