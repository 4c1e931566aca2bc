package cn.fazhi.enterprises.web;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enterprises.EnterpriseCommands;
import cn.fazhi.enterprises.EnterpriseFixtures;
import cn.fazhi.enterprises.EnterpriseSize;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.identity.domain.UserAccounts;
import cn.idev.excel.FastExcel;

/**
 * The register's staff pages: the form refuses bad input with Chinese messages and saves nothing; a township sees
 * only its own enterprises, a user without {@code enterprises:view} neither the pages nor the menu entry; the desk
 * code's QR image carries the absolute portal address, the card prints it, reissuing kills the old code; the .xlsx
 * import is all or nothing and names the bad row; the export is an .xlsx.
 */
@IntegrationTest
class EnterpriseRegisterPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;
    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(userAccounts.loadDetails(username).orElseThrow());
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
    }

    @Test
    void theFormRefusesBadInputInChineseAndSavesNothing() throws Exception {
        String desk = accounts.create("erd", 44, "BUSINESS_DESK");
        long before = count();
        String uscc = EnterpriseFixtures.uscc();
        String bad = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/enterprises/register").with(as(desk)).with(formToken()).with(csrf()).param("uscc", bad)
                        .param("name", "表单测试有限公司").param("size", "SMALL").param("regionCode", "421202001")
                        .param("legalRep", "张三").param("phone", "13912345678"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("统一社会信用代码无效")));
        mvc.perform(post("/enterprises/register").with(as(desk)).with(formToken()).with(csrf()).param("uscc", uscc)
                        .param("name", "表单测试有限公司").param("size", "SMALL").param("regionCode", "421202001")
                        .param("legalRep", "张三").param("phone", "13912345678").param("certCode", "NOPE", "", "")
                        .param("certFrom", "2024-01-01", "", "").param("certTo", "", "", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不在可选范围内")));
        mvc.perform(post("/enterprises/register").with(as(desk)).with(formToken()).with(csrf()).param("uscc", uscc)
                        .param("name", "表单测试有限公司").param("size", "SMALL").param("regionCode", "421202001")
                        .param("legalRep", "张三").param("phone", "139").param("registeredOn", "2024-13-45"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("无法识别")));
        mvc.perform(post("/enterprises/register").with(as(desk)).with(formToken()).with(csrf()).param("uscc", uscc)
                        .param("name", "表单测试有限公司").param("size", "SMALL").param("regionCode", "421202001")
                        .param("legalRep", "张三").param("phone", "12345")
                        .param("certCode", "HIGH_TECH", "", "").param("certFrom", "2024-01-01", "", "")
                        .param("certTo", "2023-01-01", "", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("手机号码无效")));
        assertThat(count()).isEqualTo(before);
        mvc.perform(post("/enterprises/register").with(as(desk)).with(formToken()).with(csrf()).param("uscc", uscc)
                        .param("name", "表单测试有限公司").param("size", "SMALL").param("regionCode", "421202001")
                        .param("legalRep", "张三").param("phone", "13912345678")
                        .param("certCode", "HIGH_TECH", "", "").param("certFrom", "2024-01-01", "", "")
                        .param("certTo", "2027-01-01", "", ""))
                .andExpect(redirectedUrlPattern("/enterprises/register/*"));
        EnterpriseView e = enterprises.findByUscc(uscc).orElseThrow();
        assertThat(e.certifications()).extracting(EnterpriseView.Certification::code).containsExactly("HIGH_TECH");
        mvc.perform(get("/enterprises/register/new").with(as(accounts.create("eru", 5, "UNIT_STAFF"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTownshipSeesItsOwnEnterprisesAndOthersWithoutThePermissionNothing() throws Exception {
        EnterpriseView wenquan = EnterpriseFixtures.register(enterprises, "温泉范围测试有限公司", "13912340101", List.of());
        EnterpriseView fushan = enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(),
                "浮山范围测试有限公司", "F5211", EnterpriseSize.MICRO, "421202002", null, null, null, null, "李四",
                "13912340102", List.of()), "test");
        String township = accounts.create("ert", 18, "TOWNSHIP_STAFF");
        mvc.perform(get("/enterprises/register").param("q", "范围测试").with(as(township))).andExpect(status().isOk())
                .andExpect(content().string(containsString(wenquan.name())))
                .andExpect(content().string(not(containsString(fushan.name()))))
                .andExpect(content().string(containsString("139****0101")))
                .andExpect(content().string(not(containsString("13912340101"))));
        mvc.perform(get("/enterprises/register/" + fushan.id()).with(as(township))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/register/" + wenquan.id()).with(as(township))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(wenquan.deskToken()))));
        mvc.perform(get("/enterprises/register/" + wenquan.id() + "/code.png").with(as(township)))
                .andExpect(status().isForbidden());
        String desk = accounts.create("erd", 44, "BUSINESS_DESK");
        mvc.perform(get("/enterprises/register").param("q", "范围测试").with(as(desk)))
                .andExpect(content().string(containsString(fushan.name())));
        mvc.perform(get("/enterprises/register").param("q", "范围测试").param("region", "421202002").param("size", "MICRO")
                        .with(as(desk)))
                .andExpect(content().string(containsString(fushan.name())))
                .andExpect(content().string(not(containsString(wenquan.name()))));
        mvc.perform(get("/").with(as(desk))).andExpect(content().string(containsString("/enterprises/register")))
                .andExpect(content().string(containsString("/enterprises/payments")));
        String mediator = accounts.create("erm", 18, "MEDIATOR");
        mvc.perform(get("/enterprises/register").with(as(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/payments").with(as(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as(mediator))).andExpect(content().string(not(containsString("/enterprises/register"))));
        mvc.perform(get("/enterprises/register.xlsx").param("q", "范围测试").with(as(desk))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void theDeskCodeIsAQrOfThePortalAddressPrintableAndReissued() throws Exception {
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "解忧码二维码测试有限公司", "13912340201", List.of());
        String desk = accounts.create("erq", 44, "BUSINESS_DESK");
        byte[] png = mvc.perform(get("/enterprises/register/" + e.id() + "/code.png").with(as(desk)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png")).andReturn()
                .getResponse().getContentAsByteArray();
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                        com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(text).isEqualTo("http://localhost/public/enterprises/code/" + e.deskToken());
        mvc.perform(get("/enterprises/register/" + e.id()).with(as(desk)))
                .andExpect(content().string(containsString("/public/enterprises/code/" + e.deskToken())));
        mvc.perform(get("/enterprises/register/" + e.id() + "/card").with(as(desk))).andExpect(status().isOk())
                .andExpect(content().string(containsString(e.name())))
                .andExpect(content().string(containsString("/enterprises/register/" + e.id() + "/code.png")))
                .andExpect(content().string(containsString("enterprises-card.css")));
        mvc.perform(get("/public/enterprises/code/" + e.deskToken())).andExpect(status().isOk());
        mvc.perform(post("/enterprises/register/" + e.id() + "/reissue").with(as(desk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        EnterpriseView after = enterprises.find(e.id()).orElseThrow();
        assertThat(after.deskToken()).isNotEqualTo(e.deskToken());
        mvc.perform(get("/public/enterprises/code/" + e.deskToken())).andExpect(status().isNotFound());
        mvc.perform(get("/public/enterprises/code/" + after.deskToken())).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'enterprises.desk.reissued' AND target_id = :id")
                .param("id", String.valueOf(e.id())).query(Long.class).single()).isEqualTo(1);
    }

    static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "行业代码", "企业规模", "注册地", "成立日期",
            "营业收入（万元）", "从业人数", "地址", "法定代表人", "法定代表人手机号码", "资质认定");

    static MockMultipartFile xlsx(List<List<Object>> rows) {
        List<List<String>> head = new ArrayList<>();
        HEADER.forEach(h -> head.add(List.of(h)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("企业").doWrite(rows);
        return new MockMultipartFile("file", "企业名录.xlsx", "application/octet-stream", out.toByteArray());
    }

    @Test
    void theImportIsAllOrNothingAndNamesTheBadRow() throws Exception {
        String desk = accounts.create("eri", 44, "BUSINESS_DESK");
        String a = EnterpriseFixtures.uscc();
        String b = EnterpriseFixtures.uscc();
        List<Object> good = List.of(a, "导入测试甲有限公司", "C1530", "小型", "温泉街道", "2019-04-01", "1200", "56",
                "温泉路1号", "王五", "13912340301", "高新技术企业 2022-01-01 2025-01-01；科技型中小企业 2024-03-01");
        List<Object> badRow = List.of(b, "导入测试乙有限公司", "", "巨型", "温泉街道", "", "", "", "", "赵六",
                "13912340302", "");
        long before = count();
        mvc.perform(multipart("/enterprises/register/import").file(xlsx(List.of(good, badRow))).with(as(desk))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第 3 行")))
                .andExpect(content().string(containsString("巨型")))
                .andExpect(content().string(containsString("全部未导入")));
        assertThat(count()).isEqualTo(before);
        assertThat(enterprises.findByUscc(a)).isEmpty();
        List<Object> fixed = new ArrayList<>(badRow);
        fixed.set(3, "微型");
        mvc.perform(multipart("/enterprises/register/import").file(xlsx(List.of(good, fixed))).with(as(desk))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/enterprises/register*"));
        assertThat(count()).isEqualTo(before + 2);
        assertThat(enterprises.findByUscc(a).orElseThrow().certifications())
                .extracting(EnterpriseView.Certification::code).containsExactly("HIGH_TECH", "TECH_SME");
        mvc.perform(multipart("/enterprises/register/import").file(xlsx(List.of(good))).with(as(desk)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已登记")));
        mvc.perform(multipart("/enterprises/register/import").file(xlsx(List.of(good)))
                        .with(as(accounts.create("eri", 5, "UNIT_STAFF"))).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
