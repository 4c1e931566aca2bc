package cn.fazhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.IntegrationTest;
import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.web.UserFacingException;

/** The case kernel: gap-free numbers under concurrency, the timeline, attachments with SM3, the daily warning run. */
@IntegrationTest
class CaseKernelTest {

    @Autowired
    CaseNumbers numbers;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    CaseAttachments attachments;

    @Autowired
    DueWarningJob warnings;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FazhiProperties properties;

    private String type;

    @BeforeEach
    void format() {
        // A fresh type per test, letters only: digits replaced by x made "test_xxxx" collide across runs
        StringBuilder letters = new StringBuilder("test_");
        for (char c : java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16).toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        type = letters.toString();
        jdbc.sql("INSERT INTO case_number_format (case_type, pattern) VALUES (:t, '咸安测〔{year}〕{seq}号')").param("t", type).update();
    }

    private String draw(String scope, int year) {
        return tx.execute(s -> numbers.next(type, scope, year));
    }

    @Test
    void numbersAreGapFreePerScopeAndYearEvenUnderConcurrency() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            futures.add(pool.submit(() -> tx.execute(s -> numbers.next(type, "421202001", 2024))));
        }
        List<String> drawn = new ArrayList<>();
        for (Future<String> f : futures) {
            drawn.add(f.get());
        }
        pool.shutdown();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            expected.add("咸安测〔2024〕" + i + "号");
        }
        Collections.sort(drawn);
        Collections.sort(expected);
        assertThat(drawn).isEqualTo(expected);
        assertThat(draw("421202001", 2025)).isEqualTo("咸安测〔2025〕1号");
        assertThat(draw("421202002", 2024)).isEqualTo("咸安测〔2024〕1号");
    }

    @Test
    void aRolledBackCaseGivesItsNumberBack() {
        assertThat(draw("district", 2024)).isEqualTo("咸安测〔2024〕1号");
        tx.executeWithoutResult(s -> {
            numbers.next(type, "district", 2024);
            s.setRollbackOnly();
        });
        assertThat(draw("district", 2024)).isEqualTo("咸安测〔2024〕2号");
    }

    @Test
    void numbersAreDrawnOnlyInsideATransaction() {
        assertThatThrownBy(() -> numbers.next(type, "district", 2024)).isInstanceOf(Exception.class);
    }

    @Test
    void theTimelineKeepsOrder() {
        CaseRef ref = new CaseRef(type, 7);
        timeline.record(ref, "registered", "a");
        timeline.record(ref, "accepted", "b");
        assertThat(timeline.of(ref)).extracting(TimelineEntry::action).containsExactly("registered", "accepted");
    }

    @Test
    void anAttachmentIsStoredWithItsDigestAndRefusedWhenTampered() throws Exception {
        CaseRef ref = new CaseRef(type, 1);
        byte[] pdf = "%PDF-1.4 test body".getBytes(StandardCharsets.US_ASCII);
        Attachment stored = attachments.store(ref, "C:\\证据\\合同.pdf", new ByteArrayInputStream(pdf), "evidence");
        assertThat(stored.fileName()).isEqualTo("合同.pdf");
        assertThat(stored.sm3()).isEqualTo(cn.fazhi.platform.crypto.Sm3.hex(pdf));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachments.copyVerified(stored, out);
        assertThat(out.toByteArray()).isEqualTo(pdf);

        String path = jdbc.sql("SELECT storage_path FROM case_attachment WHERE id = :id").param("id", stored.id())
                .query(String.class).single();
        Files.writeString(properties.dataDir().toAbsolutePath().resolve("attachments").resolve(path), "%PDF forged");
        assertThatThrownBy(() -> attachments.copyVerified(stored, new ByteArrayOutputStream()))
                .isInstanceOf(UserFacingException.class).hasMessage("cases.attachment.tampered");
    }

    @Test
    void wrongTypesEmptyFilesAndFakeContentAreRefused() {
        CaseRef ref = new CaseRef(type, 2);
        assertThatThrownBy(() -> attachments.store(ref, "run.exe", new ByteArrayInputStream(new byte[] {1}), null))
                .hasMessage("cases.attachment.type");
        assertThatThrownBy(() -> attachments.store(ref, "empty.pdf", new ByteArrayInputStream(new byte[0]), null))
                .hasMessage("cases.attachment.empty");
        assertThatThrownBy(() -> attachments.store(ref, "fake.png", new ByteArrayInputStream("not a png".getBytes()), null))
                .hasMessage("cases.attachment.content");
        assertThat(attachments.of(ref)).isEmpty();
    }

    @Test
    void aFileStoredInARolledBackTransactionIsDeleted() throws Exception {
        CaseRef ref = new CaseRef(type, 3);
        Path root = properties.dataDir().toAbsolutePath().resolve("attachments").resolve(type);
        tx.executeWithoutResult(s -> {
            attachments.store(ref, "note.txt", new ByteArrayInputStream("说明".getBytes(StandardCharsets.UTF_8)), null);
            s.setRollbackOnly();
        });
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void theDailyWarningRunHappensOncePerDayAcrossNodes() {
        jdbc.sql("DELETE FROM case_warning").update();
        jdbc.sql("DELETE FROM case_warning_run").update();
        assertThat(warnings.run()).isGreaterThanOrEqualTo(0);
        assertThat(warnings.run()).as("a second node the same day skips").isEqualTo(-1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_warning_run").query(Long.class).single()).isEqualTo(1);
    }
}
