package cn.fazhi.enforcement;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The full-process record (全过程记录) of every enforcement case type: evidence items per stage, each a file stored by
 * the kernel's {@link CaseAttachments} (SM3 digest re-checked on download) plus its stage, media, the act it records
 * and the act's date. Callers check scope first (through the kernel's {@code CaseSteps.load}).
 */
@Service
public class EvidenceRecords {

    /** The attachment kind under which evidence files are stored. */
    public static final String ATTACHMENT_KIND = "evidence";

    private final JdbcClient jdbc;
    private final CaseAttachments attachments;
    private final Clock clock;

    EvidenceRecords(JdbcClient jdbc, CaseAttachments attachments, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Stores the file and records it as evidence; the act date may not lie in the future. */
    @Transactional
    public EvidenceItem record(CaseRef ref, EvidenceStage stage, EvidenceMedia media, String act, String title,
            LocalDate recordedOn, String fileName, InputStream content) {
        if (stage == null || media == null || title == null || title.isBlank() || recordedOn == null) {
            throw UserFacingException.badRequest("enforcement.evidence.incomplete");
        }
        if (recordedOn.isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("enforcement.evidence.future");
        }
        Attachment stored = attachments.attach(ref, fileName, content, ATTACHMENT_KIND);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO enforcement_evidence (case_type, case_id, stage, media, act, title, attachment_id, sm3, "
                        + "recorded_on, recorded_at, recorded_by) VALUES (:t, :c, :s, :m, :a, :title, :att, :sm3, :on, :at, :by)")
                .param("t", ref.caseType()).param("c", ref.caseId()).param("s", stage.name()).param("m", media.name())
                .param("a", act).param("title", title.strip()).param("att", stored.id()).param("sm3", stored.sm3())
                .param("on", recordedOn).param("at", now).param("by", Actors.current()).update();
        return of(ref).stream().filter(e -> e.attachmentId() == stored.id()).findFirst().orElseThrow();
    }

    public List<EvidenceItem> of(CaseRef ref) {
        return jdbc.sql("SELECT * FROM enforcement_evidence WHERE case_type = :t AND case_id = :c ORDER BY recorded_on, id")
                .param("t", ref.caseType()).param("c", ref.caseId())
                .query((rs, n) -> new EvidenceItem(rs.getLong("id"), rs.getString("case_type"), rs.getLong("case_id"),
                        EvidenceStage.valueOf(rs.getString("stage")), EvidenceMedia.valueOf(rs.getString("media")),
                        rs.getString("act"), rs.getString("title"), rs.getLong("attachment_id"), rs.getString("sm3"),
                        rs.getObject("recorded_on", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Whether an audio-video recording of {@code act} is on the case's record (118号 三(八): mandatory acts). */
    public boolean hasAudioVideo(CaseRef ref, String act) {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_evidence WHERE case_type = :t AND case_id = :c "
                        + "AND media = 'AUDIO_VIDEO' AND act = :a")
                .param("t", ref.caseType()).param("c", ref.caseId()).param("a", act).query(Long.class).single() > 0;
    }
}
