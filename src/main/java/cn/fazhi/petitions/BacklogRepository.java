package cn.fazhi.petitions;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** Where backlog cases are kept (table {@code petition_backlog}). Scope: the responsible unit and its region. */
@Repository
class BacklogRepository implements CaseStore<BacklogCase> {

    private final JdbcClient jdbc;

    BacklogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return Petitions.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "petitions.backlog.";
    }

    @Override
    public String readPermission() {
        return Petitions.VIEW;
    }

    @Override
    public Optional<BacklogCase> find(long id) {
        return jdbc.sql("SELECT * FROM petition_backlog WHERE id = :id").param("id", id).query((rs, n) -> {
            BacklogCase c = new BacklogCase();
            c.id = rs.getLong("id");
            c.caseNumber = rs.getString("case_number");
            c.status = BacklogStatus.valueOf(rs.getString("status"));
            c.firstPetitionOn = rs.getObject("first_petition_on", LocalDate.class);
            c.takenOn = rs.getObject("taken_on", LocalDate.class);
            c.unitId = rs.getLong("unit_id");
            c.regionCode = rs.getString("region_code");
            c.leaderPost = rs.getString("leader_post");
            c.leaderName = rs.getString("leader_name");
            c.resolvedOn = rs.getObject("resolved_on", LocalDate.class);
            String band = rs.getString("age_band");
            c.ageBand = band == null ? null : AgeBand.valueOf(band);
            c.relapseCount = rs.getInt("relapse_count");
            c.version = rs.getInt("version");
            return c;
        }).optional();
    }

    @Override
    public boolean covers(BacklogCase c, DataScope scope) {
        return scope.covers(c.unitId, c.regionCode);
    }

    @Override
    public void update(BacklogCase c) {
        int n = jdbc.sql("UPDATE petition_backlog SET status = :status, leader_post = :post, leader_name = :name, "
                        + "resolved_on = :resolved, age_band = :band, relapse_count = :relapses, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("status", c.status.name()).param("post", c.leaderPost).param("name", c.leaderName)
                .param("resolved", c.resolvedOn).param("band", c.ageBand == null ? null : c.ageBand.name())
                .param("relapses", c.relapseCount).param("id", c.id).param("v", c.version).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        c.version++;
    }
}
