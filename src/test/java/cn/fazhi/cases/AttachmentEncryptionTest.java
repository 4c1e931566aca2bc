package cn.fazhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.web.UserFacingException;

/** Attachments are SM4-GCM encrypted on disk, downloaded as they were uploaded; files stored plain before still open. */
@IntegrationTest
class AttachmentEncryptionTest {

    @Autowired
    CaseAttachments attachments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FazhiProperties properties;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    private Path fileOf(long id) {
        String path = jdbc.sql("SELECT storage_path FROM case_attachment WHERE id = :id").param("id", id).query(String.class).single();
        return properties.dataDir().toAbsolutePath().resolve("attachments").resolve(path);
    }

    @Test
    void theBytesOnDiskAreNotThePlaintextAndTheDownloadIsTheOriginal() throws Exception {
        long caseId = jdbc.sql("SELECT MIN(id) FROM reconsideration_case").query(Long.class).single();
        byte[] pdf = new byte[300_000]; // several segments
        new Random(42).nextBytes(pdf);
        System.arraycopy("%PDF-1.7 ".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        String marker = "申请人身份证号 420102199001011234";
        byte[] markerBytes = marker.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(markerBytes, 0, pdf, 1000, markerBytes.length);
        Attachment stored = attachments.store(new CaseRef("reconsideration", caseId), "证据.pdf", new ByteArrayInputStream(pdf),
                "evidence");

        byte[] onDisk = Files.readAllBytes(fileOf(stored.id()));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF")
                .doesNotContain(new String(markerBytes, StandardCharsets.ISO_8859_1));
        assertThat(jdbc.sql("SELECT encryption FROM case_attachment WHERE id = :id").param("id", stored.id())
                .query(String.class).single()).isEqualTo("sm4-gcm-v1");

        var admin = accounts.loadDetails("admin").orElseThrow();
        MvcResult download = mvc.perform(get("/api/v1/attachments/" + stored.id()).with(user(admin))).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getResponse().getHeader("Content-Length")).isEqualTo(Integer.toString(pdf.length));

        // one flipped bit in the ciphertext: refused before a byte is sent
        onDisk[onDisk.length / 2] ^= 1;
        Files.write(fileOf(stored.id()), onDisk);
        assertThat(mvc.perform(get("/api/v1/attachments/" + stored.id()).with(user(admin))).andReturn().getResponse()
                .getStatus()).isEqualTo(409);
    }

    @Test
    void aFileStoredPlainBeforeEncryptionIsStillReadable() throws Exception {
        byte[] text = "加密前保存的附件".getBytes(StandardCharsets.UTF_8);
        Attachment stored = attachments.store(new CaseRef("reconsideration", jdbc.sql("SELECT MIN(id) FROM reconsideration_case").query(Long.class).single()), "old.txt", new ByteArrayInputStream(text), null);
        // as V61 found it: the plain file and no encryption marker
        Files.write(fileOf(stored.id()), text);
        jdbc.sql("UPDATE case_attachment SET encryption = NULL WHERE id = :id").param("id", stored.id()).update();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachments.copyVerified(stored, out);
        assertThat(out.toByteArray()).isEqualTo(text);
        Files.writeString(fileOf(stored.id()), "changed");
        assertThatThrownBy(() -> attachments.copyVerified(stored, new ByteArrayOutputStream()))
                .isInstanceOf(UserFacingException.class).hasMessage("cases.attachment.tampered");
    }
}
