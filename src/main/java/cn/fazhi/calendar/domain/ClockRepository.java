package cn.fazhi.calendar.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.fazhi.calendar.ClockEntry;
import cn.fazhi.calendar.PeriodUnit;

/** Reads and writes {@code legal_clock} and its append-only {@code legal_clock_entry} rows. */
@Repository
public class ClockRepository {

    private final JdbcClient jdbc;

    public ClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String ownerType, String ownerId, String name, LocalDate startDate, Period period,
            OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO legal_clock (owner_type, owner_id, name, start_date, amount, unit, created_at, version)
                VALUES (:ot, :oid, :name, :start, :amount, :unit, :at, 0)""")
                .param("ot", ownerType).param("oid", ownerId).param("name", name).param("start", startDate)
                .param("amount", period.amount()).param("unit", period.unit().name()).param("at", at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<LegalClock> find(long id) {
        List<ClockEntry> entries = jdbc.sql("""
                SELECT kind, on_date, amount, unit, reason, recorded_at, recorded_by
                FROM legal_clock_entry WHERE clock_id = :id ORDER BY id""")
                .param("id", id)
                .query((rs, n) -> new ClockEntry(ClockEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("on_date", LocalDate.class), (Integer) rs.getObject("amount", Integer.class),
                        rs.getString("unit") == null ? null : PeriodUnit.valueOf(rs.getString("unit")),
                        rs.getString("reason"), rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getString("recorded_by")))
                .list();
        return jdbc.sql("SELECT id, name, start_date, amount, unit, version FROM legal_clock WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new LegalClock(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class),
                        new Period(rs.getInt("amount"), PeriodUnit.valueOf(rs.getString("unit"))), rs.getInt("version"),
                        entries))
                .optional();
    }

    /** Many clocks in two queries (their entries, then the clocks), by id; ids not found are left out. */
    public java.util.Map<Long, LegalClock> findAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, LegalClock> found = new java.util.HashMap<>();
        List<Long> all = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            java.util.Map<Long, List<ClockEntry>> entries = new java.util.HashMap<>();
            jdbc.sql("""
                    SELECT clock_id, kind, on_date, amount, unit, reason, recorded_at, recorded_by
                    FROM legal_clock_entry WHERE clock_id IN (:ids) ORDER BY clock_id, id""")
                    .param("ids", chunk)
                    .query((rs, n) -> {
                        entries.computeIfAbsent(rs.getLong("clock_id"), k -> new java.util.ArrayList<>())
                                .add(new ClockEntry(ClockEntry.Kind.valueOf(rs.getString("kind")),
                                        rs.getObject("on_date", LocalDate.class), (Integer) rs.getObject("amount", Integer.class),
                                        rs.getString("unit") == null ? null : PeriodUnit.valueOf(rs.getString("unit")),
                                        rs.getString("reason"), rs.getObject("recorded_at", OffsetDateTime.class),
                                        rs.getString("recorded_by")));
                        return null;
                    })
                    .list();
            jdbc.sql("SELECT id, name, start_date, amount, unit, version FROM legal_clock WHERE id IN (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> new LegalClock(rs.getLong("id"), rs.getString("name"),
                            rs.getObject("start_date", LocalDate.class),
                            new Period(rs.getInt("amount"), PeriodUnit.valueOf(rs.getString("unit"))), rs.getInt("version"),
                            entries.getOrDefault(rs.getLong("id"), List.of())))
                    .list().forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    /**
     * Appends an entry, provided nobody changed the clock since it was read: the version check makes two concurrent
     * transitions (e.g. two suspensions) impossible, the second one fails with a conflict.
     */
    public void append(LegalClock clock, ClockEntry entry) {
        int updated = jdbc.sql("UPDATE legal_clock SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", clock.id()).param("v", clock.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("legal_clock " + clock.id() + " was changed concurrently");
        }
        jdbc.sql("""
                INSERT INTO legal_clock_entry (clock_id, kind, on_date, amount, unit, reason, recorded_at, recorded_by)
                VALUES (:id, :kind, :on, :amount, :unit, :reason, :at, :by)""")
                .param("id", clock.id()).param("kind", entry.kind().name()).param("on", entry.onDate())
                .param("amount", entry.amount()).param("unit", entry.unit() == null ? null : entry.unit().name())
                .param("reason", entry.reason()).param("at", entry.recordedAt()).param("by", entry.recordedBy())
                .update();
    }
}
