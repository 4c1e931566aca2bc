package cn.fazhi.enterprises;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.fazhi.platform.crypto.PersonalDataCipher;

/**
 * Inspections of an enterprise as the supervision and enforcement modules store them, written directly for the
 * "无事不扰" tests: a random task whose draw selected the enterprise (planned), one with its result (done), and an
 * administrative inspection whose target is the enterprise by USCC (blind index).
 */
public final class InspectionSeeds {

    private InspectionSeeds() {}

    /** A random task drawn on the enterprise; with {@code inspectedOn} also its result (PASSED) by unit 5. */
    public static long randomTask(JdbcClient jdbc, String uscc, String title, LocalDate from, LocalDate inspectedOn) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO random_task (case_number, status, title, lead_unit_id, region_code, period_from, period_to, "
                        + "created_at, created_by) VALUES (:n, :st, :t, 5, '421202', :f, :to, :at, 'test')")
                .param("n", "无事不扰测试〔" + s + "〕").param("st", inspectedOn == null ? "DRAWN" : "RESULTS_RECORDED")
                .param("t", title).param("f", from).param("to", from.plusDays(30)).param("at", OffsetDateTime.now())
                .update(keys, "id");
        long task = keys.getKeyAs(Long.class);
        GeneratedKeyHolder drawKeys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO random_draw (task_id, status, algorithm, sample_size, groups_spec, entity_count, "
                        + "inspector_count, avoidance_count, entity_digest, inspector_digest, avoidance_digest, commitment, "
                        + "seed_cipher, committed_at, committed_by) VALUES (:t, 'DRAWN', 'fazhi-draw-v1', 1, '-', 1, 2, 0, "
                        + "'x', 'x', 'x', 'x', 'x', :at, 'test')")
                .param("t", task).param("at", OffsetDateTime.now()).update(drawKeys, "id");
        long draw = drawKeys.getKeyAs(Long.class);
        jdbc.sql("INSERT INTO random_draw_selection (draw_id, rank_no, uscc, inspector_keys) VALUES (:d, 1, :u, 'A,B')")
                .param("d", draw).param("u", uscc).update();
        if (inspectedOn != null) {
            jdbc.sql("INSERT INTO random_result (task_id, draw_id, rank_no, uscc, unit_id, region_code, outcome, "
                            + "inspected_on, findings, inspector_keys, recorded_at, recorded_by) VALUES (:t, :d, 1, :u, 5, "
                            + "'421202', 'PASSED', :on, '-', 'A,B', :at, 'test')")
                    .param("t", task).param("d", draw).param("u", uscc).param("on", inspectedOn)
                    .param("at", OffsetDateTime.now()).update();
        }
        return task;
    }

    /** An administrative inspection by unit 5 of the organisation {@code uscc}, concluded COMPLIANT on the day. */
    public static void enforcementInspection(JdbcClient jdbc, PersonalDataCipher cipher, String uscc, String subject,
            LocalDate on) {
        jdbc.sql("INSERT INTO enforcement_inspection (case_number, unit_id, region_code, subject, inspected_on, target_kind, "
                        + "target_name, target_id_enc, target_id_blind, target_id_masked, certificates_shown, status, result, "
                        + "concluded_on, created_at, created_by) VALUES (:n, 5, '421202', :s, :on, 'ORGANISATION', '-', :enc, "
                        + ":blind, '-', TRUE, 'CONCLUDED', 'COMPLIANT', :on, :at, 'test')")
                .param("n", "检查测试" + UUID.randomUUID().toString().substring(0, 8)).param("s", subject).param("on", on)
                .param("enc", cipher.encrypt(uscc)).param("blind", cipher.blindIndex(uscc))
                .param("at", OffsetDateTime.now()).update();
    }
}
