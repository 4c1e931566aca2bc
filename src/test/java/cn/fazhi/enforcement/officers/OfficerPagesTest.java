package cn.fazhi.enforcement.officers;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.idev.excel.FastExcel;

/**
 * The staff pages and the public check: lists with search, paging and export, a form shown again with every error and
 * nothing saved, the import all or nothing with its row errors in Chinese, the QR code that decodes to the public
 * address, and the public page that needs no login and shows no personal data beyond name, unit and areas.
 */
@IntegrationTest
class OfficerPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    UserDetails office;
    UserDetails unitStaff;

    @BeforeEach
    void users() {
        office = userAccounts.loadDetails(accounts.create("eopfzb", 2, "LAW_OFFICE")).orElseThrow();
        unitStaff = userAccounts.loadDetails(accounts.create("eopscj", 5, "UNIT_STAFF")).orElseThrow();
    }

    @Test
    void theListsRenderWithTheirFiltersAndExports() throws Exception {
        mvc.perform(get("/enforcement/officers").param("unitId", "5").param("certified", "true").with(user(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("执法人员与证件")))
                .andExpect(content().string(containsString("咸安区市场监督管理局")));
        mvc.perform(get("/enforcement/officers").param("page", "1").with(user(unitStaff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("咸安区住房和城乡建设局</td>"))));
        mvc.perform(get("/enforcement/bodies").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("受委托组织")));
        mvc.perform(get("/enforcement/exams").param("year", "2023").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2023年湖北省行政执法人员资格考试")));
        mvc.perform(get("/enforcement/training").param("year", "2023").param("below", "true").with(user(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("达标率")));
        for (String path : new String[] {"/enforcement/officers/export", "/enforcement/bodies/export",
                "/enforcement/training/export?year=2023"}) {
            byte[] xlsx = mvc.perform(get(path).with(user(office))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(FastExcel.read(new ByteArrayInputStream(xlsx)).sheet().doReadSync()).as(path).isNotEmpty();
        }
        long exam = jdbc.sql("SELECT id FROM enforcement_exam WHERE held_on = DATE '2023-10-28'").query(Long.class).single();
        mvc.perform(get("/enforcement/exams/" + exam).with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("合格 94 人")));
        mvc.perform(get("/enforcement/exams/" + exam + "/export").with(user(office))).andExpect(status().isOk());
    }

    @Test
    void aFormWithMistakesIsShownAgainWithEveryErrorAndNothingSaved() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM enforcement_officer").query(Long.class).single();
        mvc.perform(post("/enforcement/officers").with(user(office)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("unitId", "").param("name", "").param("post", "队员"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择单位")))
                .andExpect(content().string(containsString("请填写姓名")))
                .andExpect(content().string(containsString("value=\"队员\"")));
        mvc.perform(post("/enforcement/officers").with(user(office)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("unitId", "5").param("name", "周日期").param("appointedOn", "明天"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期格式不正确")));
        mvc.perform(post("/enforcement/officers").with(user(office)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("unitId", "5").param("name", "周审核").param("reviewer", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("法律职业资格")))
                .andExpect(content().string(containsString("周审核")));
        mvc.perform(post("/enforcement/officers").with(user(unitStaff)).with(csrf()).with(FormTokenRequests.formToken())
                .param("unitId", "5").param("name", "越权")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_officer").query(Long.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/enforcement/officers").with(user(office)).with(csrf())
                        .with(FormTokenRequests.formToken()).param("unitId", "5").param("name", "周页面")
                        .param("idNumber", OfficerFixtures.idNumber()).param("appointedOn", "2024-05-06"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("周页面")));
    }

    @Test
    void theImportIsAllOrNothingWithRowErrorsInChinese() throws Exception {
        List<String> header = List.of("单位名称", "姓名", "公民身份号码", "岗位", "法制审核人员（是/否）", "执法证号", "发证机关",
                "执法区域", "发证日期", "有效期至");
        String n1 = OfficerFixtures.certificateNumber();
        long before = jdbc.sql("SELECT COUNT(*) FROM enforcement_officer").query(Long.class).single();
        byte[] bad = xlsx(header, List.of(
                List.of("区市场监管局", "导入甲", OfficerFixtures.idNumber(), "执法队员", "否", n1, "咸宁市人民政府", "市场监管", "2025-01-01", "2029-12-31"),
                List.of("不存在的单位", "导入乙", "", "", "否", "", "", "", "", ""),
                List.of("区市场监管局", "导入丙", "", "", "也许", "", "", "", "", ""),
                List.of("区市场监管局", "导入丁", "", "", "是", "", "", "", "", "")));
        mvc.perform(multipart("/enforcement/officers/import").file(file(bad)).with(user(office)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("有 3 行不能导入")))
                .andExpect(content().string(containsString("不存在的单位")))
                .andExpect(content().string(containsString("也许")))
                .andExpect(content().string(containsString("法律职业资格")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_officer").query(Long.class).single()).isEqualTo(before);
        byte[] good = xlsx(header, List.of(
                List.of("区市场监管局", "导入甲", OfficerFixtures.idNumber(), "执法队员", "否", n1, "咸宁市人民政府", "市场监管", "2025-01-01", "2029-12-31"),
                List.of("咸安区市场监督管理局", "导入乙", "", "", "否", "", "", "", "", "")));
        mvc.perform(multipart("/enforcement/officers/import").file(file(good)).with(user(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_officer").query(Long.class).single()).isEqualTo(before + 2);
        mvc.perform(get("/api/v1/public/enforcement/certificates/" + n1)).andExpect(jsonPath("$.name").value("导入甲"));
        mvc.perform(get("/enforcement/officers/import/template").with(user(office))).andExpect(status().isOk());
    }

    @Test
    void theQrCodeOpensThePublicCheckWhichNeedsNoLogin() throws Exception {
        long cert = jdbc.sql("SELECT c.id FROM enforcement_certificate c JOIN enforcement_officer o ON o.id = c.officer_id "
                + "JOIN app_user u ON u.id = o.user_id WHERE u.username = 'scjg' ORDER BY c.expires_on DESC")
                .query(Long.class).list().get(0);
        String number = jdbc.sql("SELECT number FROM enforcement_certificate WHERE id = :id").param("id", cert)
                .query(String.class).single();
        byte[] png = mvc.perform(get("/enforcement/certificates/" + cert + "/qr.png").with(user(office)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(text).isEqualTo("http://localhost/public/enforcement/certificates/" + number);
        mvc.perform(get("/enforcement/certificates/" + cert + "/qr.png").with(user(
                userAccounts.loadDetails(accounts.create("eopzjj", 6, "UNIT_STAFF")).orElseThrow())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enforcement/certificates/" + cert + "/card").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));

        mvc.perform(get("/public/enforcement/certificates/" + number)).andExpect(status().isOk())
                .andExpect(content().string(containsString("有效：该执法人员今日持有有效的行政执法证")))
                .andExpect(content().string(containsString("李华")))
                .andExpect(content().string(containsString("咸安区市场监督管理局")))
                .andExpect(content().string(not(containsString("4212021"))));
        mvc.perform(get("/public/enforcement/certificates").param("number", number.toLowerCase()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/enforcement/certificates/NOSUCH9")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未查到")));
        mvc.perform(get("/public/enforcement/certificates")).andExpect(status().isOk())
                .andExpect(content().string(containsString("查验")));
    }

    static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "执法人员.xlsx", "application/octet-stream", content);
    }

    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        List<List<String>> head = new ArrayList<>();
        header.forEach(h -> head.add(List.of(h)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("人员").doWrite(rows);
        return out.toByteArray();
    }
}
