package cn.fazhi.enforcement.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

import cn.fazhi.browser.BrowserSession;

/**
 * 亮证 in a real browser: the office opens an officer's page and the certificate's QR code; a citizen scans it — the
 * address it encodes is opened on a phone-sized page without login — and reads 有效, the officer's name and unit,
 * without scrolling sideways; an unknown number says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CertificateQrBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void start() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCitizenScansTheQrCodeOnAPhoneAndSeesTheCertificateIsValid() throws Exception {
        long officer = jdbc.sql("SELECT o.id FROM enforcement_officer o JOIN app_user u ON u.id = o.user_id "
                + "WHERE u.username = 'scjg'").query(Long.class).single();
        Page staff = browser.signedIn(url(""), "fzb", "Fazhi@2026");
        staff.navigate(url("/enforcement/officers/" + officer));
        assertThat(staff.locator("main h1").textContent()).contains("李华");
        String src = staff.locator("img[src*='qr.png']").first().getAttribute("src");
        APIResponse png = staff.request().get(url(src));
        assertThat(png.status()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        String scanned = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertThat(scanned).startsWith(url("/public/enforcement/certificates/"));
        BrowserSession.screenshot(staff, "enforcement-officer-certificate");

        Page phone = browser.newPhonePage();
        phone.navigate(scanned);
        String text = phone.locator("main").innerText();
        assertThat(text).contains("有效：该执法人员今日持有有效的行政执法证").contains("李华").contains("咸安区市场监督管理局");
        assertThat(text).doesNotContain("公民身份号码");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "enforcement-certificate-check-phone");

        phone.getByLabel("查验其他证号").fill("NOSUCH42");
        phone.locator("main button[type=submit]").click();
        assertThat(phone.locator("main").innerText()).contains("未查到证号为“NOSUCH42”的行政执法证");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
    }
}
