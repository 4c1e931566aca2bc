package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.crypto.PersonalDataCipher;

/**
 * Read-only, for the enterprise help desk's "无事不扰" page: the administrative inspections (行政检查) whose target is the
 * organisation with a given USCC — found by the target identifier's blind index, never decrypted. Cancelled ones are
 * left out. The caller (the enterprise verified by its desk code, or help-desk staff) has already been checked.
 */
@Service
public class InspectionsOfTarget {

    /** One inspection: number, unit, subject, day, status (OPEN, CONCLUDED) and result (null while open). */
    public record Entry(long id, String caseNumber, String unitName, String subject, LocalDate inspectedOn,
            String status, String result) {}

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    InspectionsOfTarget(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The inspections of the organisation {@code uscc}, the latest first. */
    @Transactional(readOnly = true)
    public List<Entry> ofOrganisation(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return List.of();
        }
        return jdbc.sql("SELECT i.id, i.case_number, u.name AS unit_name, i.subject, i.inspected_on, i.status, i.result "
                        + "FROM enforcement_inspection i JOIN unit u ON u.id = i.unit_id WHERE i.target_kind = 'ORGANISATION' "
                        + "AND i.target_id_blind = :b AND i.status <> 'CANCELLED' ORDER BY i.inspected_on DESC, i.id DESC")
                .param("b", cipher.blindIndex(uscc.strip().toUpperCase()))
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("case_number"), rs.getString("unit_name"),
                        rs.getString("subject"), rs.getObject("inspected_on", LocalDate.class), rs.getString("status"),
                        rs.getString("result")))
                .list();
    }
}
