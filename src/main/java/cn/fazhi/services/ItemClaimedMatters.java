package cn.fazhi.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.responsibilities.ClaimedMatter;
import cn.fazhi.responsibilities.ClaimedMatters;

/**
 * The power-type service items in force today (not public or intermediary services, which carry out no power), each
 * with its unit and the power code it names (none: a gap of the 权责清单).
 */
@Component
class ItemClaimedMatters implements ClaimedMatters {

    private final JdbcClient jdbc;
    private final Clock clock;

    ItemClaimedMatters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "service_item";
    }

    @Override
    public List<ClaimedMatter> matters() {
        return jdbc.sql("SELECT i.id, i.code, i.unit_id, v.name, v.power_code FROM service_item i JOIN service_item_version v "
                        + "ON v.item_id = i.id WHERE v.effective_from <= :on AND (v.effective_to IS NULL OR v.effective_to > :on) "
                        + "AND v.item_type NOT IN ('PUBLIC_SERVICE', 'INTERMEDIARY') ORDER BY i.code")
                .param("on", LocalDate.now(clock))
                .query((rs, n) -> new ClaimedMatter(kind(), rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("unit_id"), rs.getString("power_code") == null ? List.of() : List.of(rs.getString("power_code")),
                        "/services/items/" + rs.getLong("id")))
                .list();
    }
}
