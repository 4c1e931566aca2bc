package cn.fazhi.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.web.UserFacingException;

/** Administrative divisions: read by every module; villages and communities are added by administrators. */
@Service
public class Regions {

    /** GB/T 2260 code of 咸安区. */
    public static final String DISTRICT_CODE = "421202";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Regions(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<RegionView> find(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE code = :code")
                .param("code", code).query(Regions::map).optional();
    }

    public List<RegionView> townships() {
        return byLevel(RegionLevel.TOWNSHIP);
    }

    public List<RegionView> children(String parentCode) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE parent_code = :p ORDER BY sort_order, code")
                .param("p", parentCode).query(Regions::map).list();
    }

    /** The district, its townships and statistical units, and every village beneath them. */
    public List<RegionView> districtRegions() {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE code LIKE :prefix ORDER BY code")
                .param("prefix", DISTRICT_CODE + "%").query(Regions::map).list();
    }

    private List<RegionView> byLevel(RegionLevel level) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE level = :level ORDER BY sort_order, code")
                .param("level", level.name()).query(Regions::map).list();
    }

    /**
     * Adds a village or community (村/社区) under a township. NBS village codes are 12 digits beginning with the
     * township's 9-digit code.
     */
    @Transactional
    public RegionView addVillage(String townshipCode, String code, String name) {
        RegionView township = find(townshipCode).filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .orElseThrow(() -> UserFacingException.badRequest("organisation.region.townshipUnknown", townshipCode));
        String trimmedCode = code == null ? "" : code.trim();
        String trimmedName = name == null ? "" : name.trim();
        if (!trimmedCode.matches("\\d{12}") || !trimmedCode.startsWith(township.code())) {
            throw UserFacingException.badRequest("organisation.region.villageCode", township.code());
        }
        if (trimmedName.isEmpty() || trimmedName.length() > 100) {
            throw UserFacingException.badRequest("organisation.region.villageName");
        }
        if (find(trimmedCode).isPresent()) {
            throw UserFacingException.conflict("organisation.region.exists", trimmedCode);
        }
        jdbc.sql("INSERT INTO region (code, name, level, parent_code, sort_order) VALUES (:c, :n, 'VILLAGE', :p, 0)")
                .param("c", trimmedCode).param("n", trimmedName).param("p", township.code()).update();
        audit.record(AuditEntry.of("organisation.region.created", "region", trimmedCode, trimmedName));
        return new RegionView(trimmedCode, trimmedName, RegionLevel.VILLAGE, township.code());
    }

    private static RegionView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RegionView(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }
}
