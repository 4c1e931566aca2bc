package cn.fazhi.petitions;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A long-standing petition as the kernel's aggregate (case type {@code petition_backlog}): the bureau names or changes
 * the leader who owns it and records meetings while it is open; resolves it (OPEN | REOPENED → RESOLVED, with the
 * age band of {@link BacklogAgeRule}); a relapse reopens it (RESOLVED → REOPENED) and is counted.
 */
public final class BacklogCase implements CaseAggregate<BacklogStatus> {

    public static final Transitions<BacklogStatus> TABLE = Transitions.of(BacklogStatus.class)
            .step("assign", "assigned", null, Petitions.MANAGE, BacklogStatus.OPEN, BacklogStatus.REOPENED)
            .step("meet", "met", null, Petitions.MANAGE, BacklogStatus.OPEN, BacklogStatus.REOPENED)
            .todo("resolve", "resolved", BacklogStatus.RESOLVED, Petitions.MANAGE, BacklogStatus.OPEN,
                    BacklogStatus.REOPENED)
            .step("relapse", "relapsed", BacklogStatus.REOPENED, Petitions.MANAGE, BacklogStatus.RESOLVED)
            .build();

    long id;
    String caseNumber;
    BacklogStatus status;
    LocalDate firstPetitionOn;
    LocalDate takenOn;
    long unitId;
    String regionCode;
    String leaderPost;
    String leaderName;
    LocalDate resolvedOn;
    AgeBand ageBand;
    int relapseCount;
    int version;

    BacklogCase() {}

    static BacklogCase in(BacklogStatus status, LocalDate firstPetition) {
        BacklogCase c = new BacklogCase();
        c.status = status;
        c.caseNumber = "test";
        c.firstPetitionOn = firstPetition;
        c.takenOn = firstPetition.plusYears(1);
        return c;
    }

    void assign(String post, String name) {
        TABLE.check("assign", status);
        this.leaderPost = required(post, "petitions.error.leaderPostRequired");
        this.leaderName = required(name, "petitions.error.leaderNameRequired");
    }

    void meet(LocalDate on) {
        TABLE.check("meet", status);
        if (on == null || on.isBefore(takenOn)) {
            throw UserFacingException.badRequest("petitions.error.meetingBeforeTaken", takenOn);
        }
    }

    /** Resolves the case on {@code on} and returns its age band then. Only with a leader named. */
    AgeBand resolve(LocalDate on) {
        TABLE.check("resolve", status);
        if (leaderName == null) {
            throw UserFacingException.badRequest("petitions.error.leaderFirst");
        }
        if (on == null || on.isBefore(takenOn)) {
            throw UserFacingException.badRequest("petitions.error.resolvedBeforeTaken", takenOn);
        }
        this.ageBand = BacklogAgeRule.band(firstPetitionOn, on);
        this.resolvedOn = on;
        this.status = BacklogStatus.RESOLVED;
        return ageBand;
    }

    void relapse(LocalDate on) {
        TABLE.check("relapse", status);
        if (on == null || on.isBefore(resolvedOn)) {
            throw UserFacingException.badRequest("petitions.error.relapseBeforeResolution", resolvedOn);
        }
        this.relapseCount++;
        this.status = BacklogStatus.REOPENED;
    }

    static String required(String s, String key) {
        if (s == null || s.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        return s.strip();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    @Override
    public BacklogStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
