package cn.fazhi.mediation.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import cn.fazhi.cases.CaseBulk;
import cn.fazhi.platform.crypto.PersonalDataCipher;

/**
 * Many new disputes at once through the kernel's bulk path ({@link CaseBulk}: COPY on PostgreSQL, JDBC batches on
 * H2): the rows are the aggregates' own column values ({@link DisputeRepository#values}, the mapping insert and update
 * use), the parties are sealed (SM4 + blind index) on all cores. Used by the .xlsx import and the demo generator.
 */
@Component
public class DisputeBulk {

    private static final List<String> PARTY_COLUMNS = List.of("dispute_id", "party_role", "kind", "name", "identifier_enc",
            "identifier_index", "phone_enc", "phone_index");
    private static final List<String> SESSION_COLUMNS = List.of("dispute_id", "held_on", "mediators", "notes",
            "recorded_at", "recorded_by");

    private final CaseBulk bulk;
    private final PersonalDataCipher cipher;

    DisputeBulk(CaseBulk bulk, PersonalDataCipher cipher) {
        this.bulk = bulk;
        this.cipher = cipher;
    }

    /** A party of the dispute at {@code index} in the list given to {@link #insert}; identifier and phone in clear. */
    public record Party(int index, String role, String kind, String name, String identifier, String phone) {}

    /** A mediation session of the dispute at {@code index}. */
    public record Session(int index, LocalDate heldOn, String mediators, String notes, OffsetDateTime recordedAt,
            String recordedBy) {}

    /**
     * Inserts {@code disputes} (numbered, not yet stored) with their parties and sessions; sets each aggregate's id
     * and version and returns the ids in list order.
     */
    public long[] insert(List<Dispute> disputes, Function<Dispute, OffsetDateTime> createdAt, String createdBy,
            List<Party> parties, List<Session> sessions) {
        if (disputes.isEmpty()) {
            return new long[0];
        }
        List<String> columns = new ArrayList<>(DisputeRepository.values(disputes.get(0)).keySet());
        columns.addAll(List.of("created_at", "created_by", "version"));
        List<Object[]> rows = new ArrayList<>(disputes.size());
        for (Dispute d : disputes) {
            if (d.caseNumber == null || d.id != 0) {
                throw new IllegalStateException("a bulk insert takes numbered, unsaved disputes");
            }
            Map<String, Object> values = DisputeRepository.values(d);
            Object[] row = new Object[columns.size()];
            int i = 0;
            for (Object v : values.values()) {
                row[i++] = v;
            }
            row[i++] = createdAt.apply(d);
            row[i++] = createdBy;
            row[i] = 0;
            rows.add(row);
        }
        long[] ids = bulk.insertReturningIds(new CaseBulk.Rows("dispute", columns, rows));
        for (int i = 0; i < ids.length; i++) {
            disputes.get(i).id = ids[i];
            disputes.get(i).version = 0;
        }
        // SM4-GCM and the keyed index per identifier and phone, spread over the cores.
        List<Object[]> partyRows = IntStream.range(0, parties.size()).parallel().mapToObj(i -> {
            Party p = parties.get(i);
            return new Object[] {ids[p.index()], p.role(), p.kind(), p.name(), cipher.encrypt(p.identifier()),
                    cipher.blindIndex(p.identifier()), cipher.encrypt(p.phone()), cipher.blindIndex(p.phone())};
        }).toList();
        bulk.insert(new CaseBulk.Rows("dispute_party", PARTY_COLUMNS, partyRows));
        if (!sessions.isEmpty()) {
            List<Object[]> sessionRows = new ArrayList<>(sessions.size());
            for (Session s : sessions) {
                sessionRows.add(new Object[] {ids[s.index()], s.heldOn(), s.mediators(), s.notes(), s.recordedAt(),
                        s.recordedBy()});
            }
            bulk.insert(new CaseBulk.Rows("dispute_session", SESSION_COLUMNS, sessionRows));
        }
        return ids;
    }
}
