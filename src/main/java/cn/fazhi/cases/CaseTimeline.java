package cn.fazhi.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.security.Actors;

/** What happened to a case, by whom, when — written in the same transaction as the change it describes. */
@Service
public class CaseTimeline {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseTimeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(CaseRef ref, String action, String detail) {
        jdbc.sql("INSERT INTO case_event (case_type, case_id, occurred_at, actor, action, detail) "
                        + "VALUES (:t, :id, :at, :actor, :action, :detail)")
                .param("t", ref.caseType()).param("id", ref.caseId()).param("at", OffsetDateTime.now(clock))
                .param("actor", Actors.current()).param("action", action)
                .param("detail", detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000)).update();
    }

    public List<TimelineEntry> of(CaseRef ref) {
        return jdbc.sql("SELECT id, occurred_at, actor, action, detail FROM case_event WHERE case_type = :t AND case_id = :id "
                        + "ORDER BY occurred_at, id")
                .param("t", ref.caseType()).param("id", ref.caseId())
                .query((rs, n) -> new TimelineEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class)
                        .atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
