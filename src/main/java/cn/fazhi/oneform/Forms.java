package cn.fazhi.oneform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Forms as views of the register: defined once (oneform:manage; a township's forms are its own, the district's are
 * everyone's) and produced on demand for the caller's scope — the rows the filters select, grouped with a count per
 * group and a total, or the counts alone for a summary form. ID numbers print masked unless the caller may reveal
 * them; every production is audited.
 */
@Service
public class Forms {

    private final JdbcClient jdbc;
    private final OneformProperties properties;
    private final PersonalDataCipher cipher;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    Forms(JdbcClient jdbc, OneformProperties properties, PersonalDataCipher cipher, MessageSource messages,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.cipher = cipher;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The forms the caller may produce: the district's and those of the caller's own township. */
    public List<FormView> list(CurrentUser user) {
        String region = user.scope().regionCode();
        return jdbc.sql("SELECT * FROM oneform_form WHERE :region LIKE CONCAT(owner_region, '%') "
                + "OR owner_region LIKE :prefix ORDER BY id").param("region", region).param("prefix", region + "%")
                .query(this::map).list();
    }

    public FormView get(long id, CurrentUser user) {
        return list(user).stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("oneform.error.formNotFound", id));
    }

    @Transactional
    public FormView define(FormCommand c, CurrentUser user) {
        if (!user.can(OneformPermissions.MANAGE)) {
            throw UserFacingException.forbidden("oneform.error.forbidden");
        }
        check(c);
        if (jdbc.sql("SELECT COUNT(*) FROM oneform_form WHERE code = :c").param("c", c.code()).query(Long.class)
                .single() > 0) {
            throw UserFacingException.conflict("oneform.error.formCodeTaken", c.code());
        }
        jdbc.sql("INSERT INTO oneform_form (code, title, columns, attribute_filter, min_age, max_age, sex, group_by, "
                + "summary_only, owner_region, created_at, created_by) VALUES (:code, :title, :cols, :attr, :min, :max, "
                + ":sex, :group, :summary, :owner, :at, :by)").param("code", c.code()).param("title", c.title().strip())
                .param("cols", String.join(",", c.columns())).param("attr", blank(c.attributeFilter()))
                .param("min", c.minAge()).param("max", c.maxAge()).param("sex", blank(c.sex()))
                .param("group", c.groupBy().name()).param("summary", c.summaryOnly())
                .param("owner", user.scope().regionCode()).param("at", OffsetDateTime.now(clock))
                .param("by", user.username()).update();
        FormView v = jdbc.sql("SELECT * FROM oneform_form WHERE code = :c").param("c", c.code()).query(this::map).single();
        audit.record(AuditEntry.of("oneform.form.defined", "oneform_form", v.id(), v.title()));
        return v;
    }

    private void check(FormCommand c) {
        for (String col : c.columns()) {
            boolean ok = col.startsWith(FormColumn.ATTRIBUTE_PREFIX)
                    ? properties.known(col.substring(FormColumn.ATTRIBUTE_PREFIX.length()))
                    : Arrays.stream(FormColumn.values()).anyMatch(f -> f.name().equals(col));
            if (!ok) {
                throw UserFacingException.badRequest("oneform.error.columnUnknown", col);
            }
        }
        if (blank(c.attributeFilter()) != null && !properties.known(c.attributeFilter())) {
            throw UserFacingException.badRequest("oneform.error.attributeUnknown", c.attributeFilter());
        }
        if (c.minAge() != null && c.maxAge() != null && c.minAge() > c.maxAge()) {
            throw UserFacingException.badRequest("oneform.error.ageRange");
        }
    }

    /** The form for the caller's scope today. */
    @Transactional
    public FormOutput produce(long formId, CurrentUser user, Locale locale) {
        FormView f = get(formId, user);
        RegisterScope scope = RegisterScope.of(user);
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" WHERE p.status = 'ACTIVE' AND ").append(scope.sql("p.village_code"));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (f.attributeFilter() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM oneform_attribute a WHERE a.person_id = p.id AND a.code = :attr)");
            params.put("attr", f.attributeFilter());
        }
        if (f.minAge() != null) {
            where.append(" AND p.born_on <= :bornBy");
            params.put("bornBy", today.minusYears(f.minAge()));
        }
        if (f.maxAge() != null) {
            where.append(" AND p.born_on > :bornAfter");
            params.put("bornAfter", today.minusYears(f.maxAge() + 1L));
        }
        if (f.sex() != null) {
            where.append(" AND p.sex = :sex");
            params.put("sex", f.sex());
        }
        int keyLength = switch (f.groupBy()) {
            case NONE -> 0;
            case TOWNSHIP -> 9;
            case VILLAGE -> 12;
        };
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM region WHERE code LIKE '421202%'").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        String all = label("oneform.form.all", locale);
        List<FormOutput.Group> groups = new ArrayList<>();
        long total;
        List<String> headers = new ArrayList<>();
        if (f.summaryOnly()) {
            String key = keyLength == 0 ? "''" : "SUBSTRING(p.village_code, 1, " + keyLength + ")";
            headers.add(label(keyLength == 9 ? "oneform.column.TOWNSHIP" : keyLength == 12 ? "oneform.column.VILLAGE"
                    : "oneform.form.group", locale));
            headers.add(label("oneform.form.count", locale));
            headers.add(label("oneform.form.male", locale));
            headers.add(label("oneform.form.female", locale));
            jdbc.sql("SELECT " + key + " AS k, COUNT(*), SUM(CASE WHEN p.sex = 'M' THEN 1 ELSE 0 END) "
                    + "FROM oneform_person p" + where + " GROUP BY " + key + " ORDER BY k").params(params).query(rs -> {
                        long count = rs.getLong(2);
                        long male = rs.getLong(3);
                        String k = rs.getString(1);
                        groups.add(new FormOutput.Group(groupName(k, names, all), List.of(), count, male, count - male));
                    });
            total = groups.stream().mapToLong(FormOutput.Group::count).sum();
        } else {
            boolean reveal = user.can(OneformPermissions.REVEAL) && f.columns().contains("ID_NUMBER");
            for (String col : f.columns()) {
                headers.add(col.startsWith(FormColumn.ATTRIBUTE_PREFIX)
                        ? label("oneform.attribute." + col.substring(FormColumn.ATTRIBUTE_PREFIX.length()), locale)
                        : label("oneform.column." + col, locale));
            }
            Map<String, List<List<String>>> rows = new LinkedHashMap<>();
            Map<String, long[]> counts = new HashMap<>();
            List<Long> ids = new ArrayList<>();
            List<String[]> raw = new ArrayList<>();
            String key = keyLength == 0 ? "''" : "SUBSTRING(p.village_code, 1, " + keyLength + ")";
            jdbc.sql(Register.COLUMNS + (reveal ? ", p.id_enc" : "") + ", " + key + " AS k" + Register.FROM + where
                    + " ORDER BY k, p.village_code, p.household_no, p.id").params(params).query(rs -> {
                        ids.add(rs.getLong("id"));
                        raw.add(row(rs, reveal, today, locale));
                    });
            Map<Long, Map<String, AttributeView>> attributes = attributes(ids, f.columns());
            for (int i = 0; i < raw.size(); i++) {
                String[] r = raw.get(i);
                String k = r[r.length - 1];
                long[] c = counts.computeIfAbsent(k, x -> new long[2]);
                c[0]++;
                if ("M".equals(r[r.length - 2])) {
                    c[1]++;
                }
                List<String> cells = new ArrayList<>(f.columns().size());
                for (String col : f.columns()) {
                    cells.add(col.startsWith(FormColumn.ATTRIBUTE_PREFIX)
                            ? attribute(attributes.getOrDefault(ids.get(i), Map.of())
                                    .get(col.substring(FormColumn.ATTRIBUTE_PREFIX.length())), locale)
                            : r[FormColumn.valueOf(col).ordinal()]);
                }
                rows.computeIfAbsent(k, x -> new ArrayList<>()).add(cells);
            }
            rows.forEach((k, list) -> groups.add(new FormOutput.Group(groupName(k, names, all), list,
                    counts.get(k)[0], counts.get(k)[1], counts.get(k)[0] - counts.get(k)[1])));
            total = raw.size();
        }
        audit.record(AuditEntry.of("oneform.form.produced", "oneform_form", f.id(), f.title() + " " + total));
        return new FormOutput(f.title(), headers, groups, total, f.summaryOnly(), today);
    }

    private static String groupName(String key, Map<String, String> names, String all) {
        return key == null || key.isEmpty() ? all : names.getOrDefault(key, key);
    }

    /** The register columns of one row in {@link FormColumn} order, then sex code and group key. */
    private String[] row(ResultSet rs, boolean reveal, LocalDate today, Locale locale) throws SQLException {
        LocalDate born = rs.getObject("born_on", LocalDate.class);
        String sex = rs.getString("sex");
        return new String[] {rs.getString("township_name"), rs.getString("village_name"),
            nz(rs.getString("group_name")), rs.getString("household_no"), rs.getString("name"),
            label("oneform.sex." + sex, locale), born.toString(), String.valueOf(IdNumbers.age(born, today)),
            reveal ? cipher.decrypt(rs.getString("id_enc")) : rs.getString("id_masked"),
            label("oneform.relation." + rs.getString("relation"), locale), nz(rs.getString("phone_masked")),
            rs.getString("address"), sex, rs.getString("k")};
    }

    private Map<Long, Map<String, AttributeView>> attributes(List<Long> ids, List<String> columns) {
        List<String> codes = columns.stream().filter(c -> c.startsWith(FormColumn.ATTRIBUTE_PREFIX))
                .map(c -> c.substring(FormColumn.ATTRIBUTE_PREFIX.length())).toList();
        Map<Long, Map<String, AttributeView>> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT person_id, code, grade, source, recorded_on FROM oneform_attribute "
                    + "WHERE code IN (:codes) AND person_id IN (:ids)").param("codes", codes)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).query(rs -> {
                        out.computeIfAbsent(rs.getLong(1), x -> new HashMap<>()).put(rs.getString(2),
                                new AttributeView(rs.getString(2), rs.getString(3), rs.getString(4),
                                        rs.getObject(5, LocalDate.class)));
                    });
        }
        return out;
    }

    private String attribute(AttributeView a, Locale locale) {
        if (a == null) {
            return "";
        }
        String value = a.grade() == null ? label("oneform.form.yes", locale)
                : messages.getMessage("oneform.grade", new Object[] {a.grade()}, locale);
        return value + " (" + a.source() + " " + a.recordedOn() + ")";
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private FormView map(ResultSet rs, int n) throws SQLException {
        return new FormView(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                List.of(rs.getString("columns").split(",")), rs.getString("attribute_filter"),
                (Integer) rs.getObject("min_age", Integer.class), (Integer) rs.getObject("max_age", Integer.class),
                rs.getString("sex"), GroupBy.valueOf(rs.getString("group_by")), rs.getBoolean("summary_only"),
                rs.getString("owner_region"), rs.getInt("version"));
    }
}
