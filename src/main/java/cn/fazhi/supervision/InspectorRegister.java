package cn.fazhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.fazhi.enforcement.CertificateView;
import cn.fazhi.enforcement.OfficerView;
import cn.fazhi.enforcement.Officers;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * The register of inspectors (执法检查人员名录库, 国办发〔2015〕58号: "建立……执法检查人员名录库"): per department, the
 * enforcement officers who hold a certificate valid today ({@link Officers#certifiedOn}; 行政处罚法 Art. 42 — only
 * certified officers may inspect), with the certificate's number and areas. Data scope as enforcement's: a unit's
 * staff see their unit, the office every unit.
 */
@Service
public class InspectorRegister {

    private final Officers officers;
    private final Units units;
    private final JdbcClient jdbc;
    private final Clock clock;

    InspectorRegister(Officers officers, Units units, JdbcClient jdbc, Clock clock) {
        this.officers = officers;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The departments the caller may open the register of. */
    public List<UnitView> units(Caller caller) {
        return units.visible(caller.scope());
    }

    /** A department's certified officers: {@code q} in the name or certificate number; by name. */
    public Paged<InspectorRegisterView> page(Long unitId, String q, int page, int size, Caller caller) {
        List<OfficerView> all = certified(unitId, q, caller);
        Paged<OfficerView> p = Paged.of(all, page, size);
        return new Paged<>(p.items().stream().map(o -> view(o, caller)).toList(), p.total(), p.page(), p.size());
    }

    /** Every certified officer of the department under the same search (the export). */
    public List<InspectorRegisterView> all(Long unitId, String q, Caller caller) {
        return certified(unitId, q, caller).stream().map(o -> view(o, caller)).toList();
    }

    /** A certified officer of the register, or 404 when they are not one (or outside the caller's scope). */
    public InspectorRegisterView get(long officerId, Caller caller) {
        OfficerView o = officers.find(officerId, caller.scope())
                .orElseThrow(() -> UserFacingException.notFound("supervision.registers.inspector.error.unknown"));
        return officers.certifiedOn(o.unitId(), LocalDate.now(clock), caller.scope()).stream()
                .filter(c -> c.id() == officerId).findFirst().map(c -> view(c, caller))
                .orElseThrow(() -> UserFacingException.notFound("supervision.registers.inspector.error.unknown"));
    }

    private List<OfficerView> certified(Long unitId, String q, Caller caller) {
        long unit = unitId != null ? unitId : caller.scope().unitId();
        units.findVisible(unit, caller.scope())
                .orElseThrow(() -> UserFacingException.notFound("supervision.registers.inspector.error.unit"));
        String k = q == null ? "" : q.strip().toUpperCase(Locale.ROOT);
        return officers.certifiedOn(unit, LocalDate.now(clock), caller.scope()).stream()
                .filter(o -> k.isEmpty() || o.name().toUpperCase(Locale.ROOT).contains(k)
                        || o.certificateNumber() != null && o.certificateNumber().toUpperCase(Locale.ROOT).contains(k))
                .toList();
    }

    private InspectorRegisterView view(OfficerView o, Caller caller) {
        String areas = officers.certificates(o.id(), caller.scope()).stream()
                .filter(c -> c.number().equals(o.certificateNumber())).map(CertificateView::areas).findFirst().orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put("o", o.id());
        long relations = jdbc.sql("SELECT COUNT(*) FROM random_avoidance WHERE officer_id = :o").params(p)
                .query(Long.class).single();
        return new InspectorRegisterView(o.id(), o.name(), o.unitId(), o.unitName(), o.post(), o.certificateNumber(), areas,
                o.validUntil(), relations);
    }
}
