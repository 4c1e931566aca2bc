package cn.fazhi.reconsideration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.cases.CaseBulk;

/**
 * Many new reconsideration cases, suits and consultations at once through the kernel's bulk path ({@link CaseBulk}:
 * COPY on PostgreSQL, JDBC batches on H2), inside the caller's transaction. The rows are the aggregates' own column
 * values — {@link ReconsiderationRepository#columns}, {@link LitigationRepository#columns} and the party, hearing and
 * consultation mappings, the same the single inserts and the updates use — so there is no second {@code INSERT}.
 * Used by the generated demo year.
 */
@Component
public class ReconsiderationBulk {

    private final CaseBulk bulk;

    ReconsiderationBulk(CaseBulk bulk) {
        this.bulk = bulk;
    }

    /** A party (identifiers already sealed) of the case at {@code index} in the list given to {@link #insertCases}. */
    public record Party(int index, PartyRole role, PartyKind kind, String name, String idNumberEnc,
            String idNumberIndex, String idNumberMasked, String uscc, String phoneEnc, String phoneMasked,
            String townshipCode, String address) {}

    /** A hearing of the suit at {@code index} in the list given to {@link #insertSuits}. */
    public record Hearing(int index, LocalDate hearingOn, Appearance appearance, String headName,
            AbsenceReason absenceReason, String absenceDetail, String staffSent, OffsetDateTime recordedAt,
            String recordedBy) {}

    /** A consultation at a township point. */
    public record Consultation(long pointId, LocalDate consultedOn, String topic, OffsetDateTime recordedAt,
            String recordedBy) {}

    /**
     * Inserts {@code cases} (numbered, not yet stored) with their parties; sets each aggregate's id and version and
     * returns the ids in list order.
     */
    public long[] insertCases(List<ReconsiderationCase> cases, Function<ReconsiderationCase, OffsetDateTime> createdAt,
            String createdBy, List<Party> parties) {
        if (cases.isEmpty()) {
            return new long[0];
        }
        List<String> columns = new ArrayList<>(ReconsiderationRepository.columns(cases.get(0)).keySet());
        columns.addAll(List.of("created_at", "created_by", "version"));
        List<Object[]> rows = new ArrayList<>(cases.size());
        for (ReconsiderationCase c : cases) {
            if (c.caseNumber == null || c.id != 0) {
                throw new IllegalStateException("a bulk insert takes numbered, unsaved cases");
            }
            rows.add(row(ReconsiderationRepository.columns(c), columns.size(), createdAt.apply(c), createdBy, 0));
        }
        long[] ids = bulk.insertReturningIds(new CaseBulk.Rows("reconsideration_case", columns, rows));
        for (int i = 0; i < ids.length; i++) {
            cases.get(i).id = ids[i];
            cases.get(i).version = 0;
        }
        List<ReconsiderationRepository.PartyRow> partyRows = new ArrayList<>(parties.size());
        for (Party p : parties) {
            partyRows.add(new ReconsiderationRepository.PartyRow(0, ids[p.index()], p.role(), p.kind(), p.name(),
                    p.idNumberEnc(), p.idNumberIndex(), p.idNumberMasked(), p.uscc(), p.phoneEnc(), p.phoneMasked(),
                    p.townshipCode(), p.address()));
        }
        insertAll("reconsideration_party", partyRows.stream().map(ReconsiderationRepository::partyColumns).toList());
        return ids;
    }

    /**
     * Inserts {@code suits} (numbered, not yet stored) with their hearings; sets each aggregate's id and version and
     * returns the ids in list order.
     */
    public long[] insertSuits(List<LitigationCase> suits, Function<LitigationCase, OffsetDateTime> createdAt,
            String createdBy, List<Hearing> hearings) {
        if (suits.isEmpty()) {
            return new long[0];
        }
        List<String> columns = new ArrayList<>(LitigationRepository.columns(suits.get(0)).keySet());
        columns.addAll(List.of("created_at", "created_by", "version"));
        List<Object[]> rows = new ArrayList<>(suits.size());
        for (LitigationCase c : suits) {
            if (c.internalNumber == null || c.id != 0) {
                throw new IllegalStateException("a bulk insert takes numbered, unsaved suits");
            }
            rows.add(row(LitigationRepository.columns(c), columns.size(), createdAt.apply(c), createdBy, 0));
        }
        long[] ids = bulk.insertReturningIds(new CaseBulk.Rows("litigation_case", columns, rows));
        for (int i = 0; i < ids.length; i++) {
            suits.get(i).id = ids[i];
            suits.get(i).version = 0;
        }
        List<Map<String, Object>> hearingRows = new ArrayList<>(hearings.size());
        for (Hearing h : hearings) {
            hearingRows.add(LitigationRepository.hearingColumns(new LitigationRepository.HearingRow(0, ids[h.index()],
                    h.hearingOn(), h.appearance(), h.headName(), h.absenceReason(), h.absenceDetail(), h.staffSent()),
                    h.recordedAt(), h.recordedBy()));
        }
        insertAll("litigation_hearing", hearingRows);
        return ids;
    }

    /** Inserts consultations (the points must exist; unlike the form, inactive points are not refused). */
    public void insertConsultations(List<Consultation> consultations) {
        insertAll("reconsideration_consultation", consultations.stream()
                .map(c -> ReconsiderationRepository.consultationColumns(c.pointId(), c.consultedOn(), c.topic(),
                        c.recordedAt(), c.recordedBy()))
                .toList());
    }

    /** The one audit record of the whole bulk write, in the same transaction. */
    public void audited(AuditEntry entry) {
        bulk.audited(entry);
    }

    /** Rows of one table from their column maps (all with the same keys in the same order). */
    private void insertAll(String table, List<Map<String, Object>> maps) {
        if (maps.isEmpty()) {
            return;
        }
        List<String> columns = List.copyOf(maps.get(0).keySet());
        List<Object[]> rows = new ArrayList<>(maps.size());
        for (Map<String, Object> m : maps) {
            rows.add(m.values().toArray());
        }
        bulk.insert(new CaseBulk.Rows(table, columns, rows));
    }

    private static Object[] row(Map<String, Object> values, int width, Object createdAt, String createdBy, int version) {
        Object[] row = new Object[width];
        int i = 0;
        for (Object v : values.values()) {
            row[i++] = v;
        }
        row[i++] = createdAt;
        row[i++] = createdBy;
        row[i] = version;
        return row;
    }
}
