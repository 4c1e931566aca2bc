package cn.fazhi.oneform;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.ResidentIdNumber;

/**
 * Writes households and persons into the register in JDBC batches (import, demo, an approved addition): the ID number
 * SM4-encrypted with its blind index and masked copy, sex and birth date from the ID, the phone sealed. Used inside
 * the caller's transaction; {@link #flush()} writes what is pending (households first, then persons, then their
 * attributes).
 */
final class RegisterWriter {

    private static final String HOUSEHOLD_SQL = "INSERT INTO oneform_household (number, village_code, group_id, address, "
            + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String PERSON_SQL = "INSERT INTO oneform_person (household_no, village_code, name, id_enc, "
            + "id_blind, id_masked, sex, born_on, relation, phone_enc, phone_masked, status, registered_on, created_at, "
            + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)";
    private static final String ATTRIBUTE_SQL = "INSERT INTO oneform_attribute (person_id, code, grade, source, "
            + "recorded_on) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PersonalDataCipher cipher;
    private final int batch;
    private final String by;
    private final OffsetDateTime at;
    private final Map<String, Long> groups = new HashMap<>();
    private final List<Object[]> households = new ArrayList<>();
    private final List<Object[]> persons = new ArrayList<>();
    private final Map<String, List<AttributeView>> attributes = new HashMap<>();
    private int written;

    RegisterWriter(JdbcTemplate jdbc, PersonalDataCipher cipher, int batch, String by, OffsetDateTime at) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.cipher = cipher;
        this.batch = batch;
        this.by = by;
        this.at = at;
    }

    /** The id of the village's group of that name, created when the village has none yet. */
    Long group(String villageCode, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = villageCode + "/" + name;
        Long id = groups.get(key);
        if (id == null) {
            List<Long> found = jdbc.queryForList("SELECT id FROM oneform_group WHERE village_code = ? AND name = ?",
                    Long.class, villageCode, name);
            if (found.isEmpty()) {
                jdbc.update("INSERT INTO oneform_group (village_code, name) VALUES (?, ?)", villageCode, name);
                found = jdbc.queryForList("SELECT id FROM oneform_group WHERE village_code = ? AND name = ?",
                        Long.class, villageCode, name);
            }
            id = found.get(0);
            groups.put(key, id);
        }
        return id;
    }

    void household(String number, String villageCode, Long groupId, String address) {
        households.add(new Object[] {number, villageCode, groupId, address, at, by});
    }

    /** @return the person's blind index */
    String person(NewPerson p) {
        return person(p, cipher.blindIndex(ResidentIdNumber.normalise(p.idNumber())));
    }

    /** With the blind index the caller computed already (the import checks it first). */
    String person(NewPerson p, String blind) {
        String id = ResidentIdNumber.normalise(p.idNumber());
        String phone = p.phone() == null || p.phone().isBlank() ? null : p.phone().strip();
        persons.add(new Object[] {p.householdNo(), p.villageCode(), p.name(), cipher.encrypt(id), blind,
            Masking.idNumber(id), IdNumbers.sex(id), IdNumbers.birthDate(id), p.relation().name(),
            phone == null ? null : cipher.encrypt(phone), phone == null ? null : Masking.phone(phone), p.registeredOn(),
            at, by});
        if (p.attributes() != null && !p.attributes().isEmpty()) {
            attributes.put(blind, p.attributes());
        }
        if (persons.size() >= batch) {
            flush();
        }
        return blind;
    }

    void flush() {
        if (!households.isEmpty()) {
            jdbc.batchUpdate(HOUSEHOLD_SQL, households);
            households.clear();
        }
        if (persons.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(PERSON_SQL, persons);
        written += persons.size();
        persons.clear();
        if (attributes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        named.query("SELECT id, id_blind FROM oneform_person WHERE id_blind IN (:b)",
                Map.of("b", new ArrayList<>(attributes.keySet())), rs -> {
                    long personId = rs.getLong(1);
                    for (AttributeView a : attributes.get(rs.getString(2))) {
                        rows.add(new Object[] {personId, a.code(), a.grade(), a.source(), a.recordedOn()});
                    }
                });
        jdbc.batchUpdate(ATTRIBUTE_SQL, rows);
        attributes.clear();
    }

    /** Persons written so far (flushed). */
    int written() {
        return written;
    }
}
