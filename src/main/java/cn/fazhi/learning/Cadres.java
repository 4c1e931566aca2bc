package cn.fazhi.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/** The cadres register (机关干部): unit, name, position and an optional login; no ID numbers are kept here. */
@Service
public class Cadres {

    private final LearningSupport s;

    Cadres(LearningSupport support) {
        this.s = support;
    }

    @Transactional(readOnly = true)
    public Paged<LearningViews.Cadre> search(LearningCommands.Query q, int page, int size) {
        s.requireView();
        Map<String, Object> p = s.scopeParams();
        StringBuilder where = new StringBuilder("WHERE " + s.scope().sqlCondition("c.unit_id", "c.region_code"));
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (c.name LIKE :q OR c.position LIKE :q)");
            p.put("q", "%" + q.q().strip() + "%");
        }
        if (q.unitId() != null) {
            where.append(" AND c.unit_id = :unit");
            p.put("unit", q.unitId());
        }
        long total = s.jdbc.sql("SELECT COUNT(*) FROM learning_cadre c " + where).params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<LearningViews.Cadre> items = s.jdbc.sql("SELECT c.id, c.unit_id, u.short_name, c.name, c.position, "
                        + "c.user_id FROM learning_cadre c JOIN unit u ON u.id = c.unit_id " + where
                        + " ORDER BY u.sort_order, c.id LIMIT :limit OFFSET :offset").params(p)
                .query((rs, n) -> new LearningViews.Cadre(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6) != null)).list();
        return new Paged<>(items, total, page, size);
    }

    @Transactional
    public long create(LearningCommands.NewCadre c) {
        s.requireManage();
        LearningSupport.UnitRef unit = s.unitInScope(c.unitId());
        String name = LearningSupport.required(c.name(), 60, "learning.field.name");
        String position = LearningSupport.required(c.position(), 60, "learning.field.position");
        Long user = null;
        if (c.username() != null && !c.username().isBlank()) {
            user = s.jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", c.username().strip())
                    .query(Long.class).optional()
                    .orElseThrow(() -> UserFacingException.badRequest("learning.error.userUnknown"));
            if (s.jdbc.sql("SELECT COUNT(*) FROM learning_cadre WHERE user_id = :u").param("u", user).query(Long.class)
                    .single() > 0) {
                throw UserFacingException.badRequest("learning.error.userLinked");
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("unit", unit.id());
        p.put("region", unit.regionCode());
        p.put("name", name);
        p.put("pos", position);
        p.put("user", user);
        p.put("now", s.now());
        p.put("by", s.who());
        long id = s.insert("INSERT INTO learning_cadre (unit_id, region_code, name, position, user_id, demo, created_at, "
                + "created_by) VALUES (:unit, :region, :name, :pos, :user, FALSE, :now, :by)", p);
        s.audit("learning.cadre.created", "learning_cadre", id, null);
        return id;
    }

    public void exported(int rows) {
        s.audit("learning.cadre.exported", "learning_cadre", "-", String.valueOf(rows));
    }
}
