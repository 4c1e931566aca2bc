package cn.fazhi.errands;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** The district's townships (region and government unit): where agents and beneficiaries belong. */
@Component
public class Townships {

    private final JdbcClient jdbc;

    Townships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Views.Township> all() {
        return jdbc.sql("SELECT r.code, r.name, u.id FROM region r JOIN unit u ON u.region_code = r.code "
                        + "AND u.type = 'TOWNSHIP_GOVERNMENT' WHERE r.level = 'TOWNSHIP' ORDER BY r.sort_order, r.code")
                .query((rs, n) -> new Views.Township(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** The townships the scope covers. */
    public List<Views.Township> in(DataScope scope) {
        return all().stream().filter(t -> scope.covers(t.unitId(), t.regionCode())).toList();
    }

    /**
     * The township of a new record: the one named, else the caller's own when the scope is one township; refused when
     * unknown or outside the scope.
     */
    public Views.Township resolve(String regionCode, DataScope scope) {
        String code = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        List<Views.Township> mine = in(scope);
        if (code == null && mine.size() == 1) {
            return mine.get(0);
        }
        if (code == null) {
            throw UserFacingException.badRequest("errands.error.townshipRequired");
        }
        return mine.stream().filter(t -> t.regionCode().equals(code)).findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("errands.error.townshipUnknown"));
    }
}
