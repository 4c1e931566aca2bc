package cn.fazhi.enforcement;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.responsibilities.ClaimedMatter;
import cn.fazhi.responsibilities.ClaimedMatters;
import cn.fazhi.responsibilities.Responsibilities;

/**
 * The enforcement matters (执法事项) for the 权责清单's gaps page: each active matter with its body's unit; it names the
 * power whose code equals the matter's code when the list has one (any version), else none — enforcement powers are
 * divided by the list (纲要(2021–2025)(二十六)), so a matter without its power is a gap.
 */
@Component
class EnforcementClaimedMatters implements ClaimedMatters {

    static final String KIND = "enforcement_matter";

    private final JdbcClient jdbc;
    private final Responsibilities responsibilities;

    EnforcementClaimedMatters(JdbcClient jdbc, Responsibilities responsibilities) {
        this.jdbc = jdbc;
        this.responsibilities = responsibilities;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ClaimedMatter> matters() {
        List<Map<String, Object>> rows = jdbc.sql("SELECT m.id, m.code, m.name, m.body_id, b.unit_id FROM "
                + "enforcement_matter m JOIN enforcement_body b ON b.id = m.body_id WHERE m.active ORDER BY m.id")
                .query().listOfRows();
        Set<String> known = responsibilities.knownCodes(rows.stream().map(r -> (String) r.get("code")).toList());
        return rows.stream().map(r -> {
            String code = (String) r.get("code");
            return new ClaimedMatter(KIND, ((Number) r.get("id")).longValue(), code, (String) r.get("name"),
                    ((Number) r.get("unit_id")).longValue(), known.contains(code) ? List.of(code) : List.of(),
                    "/enforcement/bodies/" + ((Number) r.get("body_id")).longValue());
        }).toList();
    }
}
