package cn.fazhi.enterprises;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.web.ClientAddress;
import cn.fazhi.platform.web.RateLimiter;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The enterprises the help desk serves: register one (USCC checked by GB 32100, the legal representative's phone
 * sealed), read by id, USCC or desk token, and the desk code's light verification — the phone of the legal
 * representative given on the page the QR code opens. Wrong answers are audited and throttled per client address.
 */
@Service
public class Enterprises {

    /** Permission to see the register and what the help desk holds. */
    public static final String VIEW = "enterprises:view";
    /** Keep the register, desk codes and policies. */
    public static final String MANAGE = "enterprises:manage";
    /** Route requests, review policy applications, handle SME payment complaints. */
    public static final String DISPATCH = "enterprises:dispatch";
    /** A unit answers its requests, decides applications under its policies, records its payments. */
    public static final String HANDLE = "enterprises:handle";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MAX_FAILURES = 5;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Regions regions;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final RateLimiter failures = new RateLimiter(MAX_FAILURES, java.time.Duration.ofMinutes(15));

    Enterprises(JdbcClient jdbc, PersonalDataCipher cipher, Regions regions, AuditTrail audit, Caller caller,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.regions = regions;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Registers an enterprise with a new desk code (permission {@link #MANAGE}); bad input → 400, nothing saved. */
    @Transactional
    public EnterpriseView register(EnterpriseCommands.Register c) {
        if (!caller.can(MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return insert(c, caller.username() == null ? "system" : caller.username());
    }

    /** {@link #register} without the permission check, for demo generation and imports that checked it themselves. */
    @Transactional
    public EnterpriseView insert(EnterpriseCommands.Register c, String by) {
        if (c == null) {
            throw UserFacingException.badRequest("enterprises.error.uscc");
        }
        String uscc = c.uscc() == null ? "" : c.uscc().strip().toUpperCase();
        if (!Uscc.isValid(uscc)) {
            throw UserFacingException.badRequest("enterprises.error.uscc");
        }
        if (findByUscc(uscc).isPresent()) {
            throw UserFacingException.conflict("enterprises.error.duplicate", uscc);
        }
        String name = required(c.name(), 200, "enterprises.error.name");
        if (c.size() == null) {
            throw UserFacingException.badRequest("enterprises.error.size");
        }
        if (c.regionCode() == null || regions.find(c.regionCode().strip()).isEmpty()) {
            throw UserFacingException.badRequest("enterprises.error.region");
        }
        String legalRep = required(c.legalRep(), 100, "enterprises.error.legalRep");
        String phone = c.phone() == null ? "" : c.phone().strip();
        if (!PhoneNumber.isValid(phone)) {
            throw UserFacingException.badRequest("enterprises.error.phone");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.registeredOn() != null && c.registeredOn().isAfter(today)) {
            throw UserFacingException.badRequest("enterprises.error.registeredOn");
        }
        if ((c.revenueWan() != null && c.revenueWan().signum() < 0) || (c.employees() != null && c.employees() < 0)) {
            throw UserFacingException.badRequest("enterprises.error.figures");
        }
        String industry = c.industryCode() == null || c.industryCode().isBlank() ? null : c.industryCode().strip();
        if (industry != null && !industry.matches("[A-T]\\d{0,4}")) {
            throw UserFacingException.badRequest("enterprises.error.industry");
        }
        String token = token();
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enterprise (uscc, name, industry_code, size, region_code, registered_on, "
                        + "revenue_wan, employees, address, legal_rep, phone_enc, phone_blind, phone_masked, desk_token, "
                        + "desk_issued_on, created_at, created_by) VALUES (:uscc, :name, :ind, :size, :region, :reg, :rev, "
                        + ":emp, :addr, :rep, :enc, :blind, :masked, :token, :today, :now, :by)")
                .param("uscc", uscc).param("name", name).param("ind", industry).param("size", c.size().name())
                .param("region", c.regionCode().strip()).param("reg", c.registeredOn()).param("rev", c.revenueWan())
                .param("emp", c.employees()).param("addr", c.address() == null ? null : c.address().strip())
                .param("rep", legalRep).param("enc", cipher.encrypt(phone)).param("blind", cipher.blindIndex(phone))
                .param("masked", Masking.phone(phone)).param("token", token).param("today", today)
                .param("now", OffsetDateTime.now(clock)).param("by", by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (EnterpriseView.Certification cert : c.certifications() == null ? List.<EnterpriseView.Certification>of()
                : c.certifications()) {
            if (cert == null || cert.code() == null || cert.code().isBlank() || cert.obtainedOn() == null
                    || (cert.expiresOn() != null && !cert.expiresOn().isAfter(cert.obtainedOn()))) {
                throw UserFacingException.badRequest("enterprises.error.certification");
            }
            jdbc.sql("INSERT INTO enterprise_certification (enterprise_id, code, obtained_on, expires_on) "
                            + "VALUES (:e, :code, :from, :to)")
                    .param("e", id).param("code", cert.code().strip()).param("from", cert.obtainedOn())
                    .param("to", cert.expiresOn()).update();
        }
        audit.record(AuditEntry.of("enterprises.registered", "enterprise", id, uscc + " " + name));
        return find(id).orElseThrow();
    }

    public Optional<EnterpriseView> find(long id) {
        return one("e.id = :v", id);
    }

    public Optional<EnterpriseView> findByUscc(String uscc) {
        return uscc == null ? Optional.empty() : one("e.uscc = :v", uscc.strip().toUpperCase());
    }

    public Optional<EnterpriseView> findByToken(String token) {
        return token == null || token.isBlank() || token.length() > 32 ? Optional.empty()
                : one("e.desk_token = :v AND e.status = 'ACTIVE'", token.strip());
    }

    /**
     * The desk code's light verification: the enterprise whose code this is, if {@code phone} is its legal
     * representative's phone; otherwise 404 with one message for every wrong answer (unknown code or wrong phone), or
     * 429 after {@value #MAX_FAILURES} failures from this address in 15 minutes. Both outcomes are audited.
     */
    @Transactional
    public EnterpriseView verify(String token, String phone) {
        String address = ClientAddress.current();
        String key = "desk " + address;
        long wait = failures.waitSeconds(key, System.nanoTime());
        if (wait > 0) {
            audit.recordIndependently(AuditEntry.of("enterprises.desk.throttled", "enterprise", null, address).failed());
            throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "enterprises.desk.tooMany", wait);
        }
        Optional<EnterpriseView> e = findByToken(token);
        String given = phone == null ? "" : phone.strip();
        boolean match = e.isPresent() && PhoneNumber.isValid(given)
                && cipher.blindIndex(given).equals(jdbc.sql("SELECT phone_blind FROM enterprise WHERE id = :id")
                        .param("id", e.get().id()).query(String.class).single());
        if (!match) {
            failures.tryAcquire(key, System.nanoTime());
            audit.recordIndependently(AuditEntry.of("enterprises.desk.refused", "enterprise",
                    e.map(EnterpriseView::id).orElse(null), "wrong code or phone from " + address).failed());
            throw UserFacingException.notFound("enterprises.desk.wrong");
        }
        audit.record(AuditEntry.of("enterprises.desk.opened", "enterprise", e.get().id(), "from " + address));
        return e.get();
    }

    /** A new desk code for the enterprise (the old one stops working); permission {@link #MANAGE}. */
    @Transactional
    public EnterpriseView reissueCode(long id) {
        if (!caller.can(MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        int n = jdbc.sql("UPDATE enterprise SET desk_token = :t, desk_issued_on = :d, version = version + 1 WHERE id = :id")
                .param("t", token()).param("d", LocalDate.now(clock)).param("id", id).update();
        if (n == 0) {
            throw UserFacingException.notFound("error.notFound");
        }
        audit.record(AuditEntry.of("enterprises.desk.reissued", "enterprise", id, null));
        return find(id).orElseThrow();
    }

    private Optional<EnterpriseView> one(String where, Object value) {
        Optional<EnterpriseView> e = jdbc.sql("SELECT * FROM enterprise e WHERE " + where).param("v", value)
                .query((rs, n) -> new EnterpriseView(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"),
                        rs.getString("industry_code"), EnterpriseSize.valueOf(rs.getString("size")),
                        rs.getString("region_code"), rs.getObject("registered_on", LocalDate.class),
                        rs.getBigDecimal("revenue_wan"), (Integer) rs.getObject("employees"), rs.getString("address"),
                        rs.getString("legal_rep"), rs.getString("phone_masked"), rs.getString("desk_token"),
                        rs.getObject("desk_issued_on", LocalDate.class), rs.getString("status"), List.of(),
                        rs.getInt("version")))
                .optional();
        return e.map(v -> withCertifications(v, certifications(List.of(v.id())).getOrDefault(v.id(), List.of())));
    }

    /** The certifications of the given enterprises, by enterprise id. */
    public Map<Long, List<EnterpriseView.Certification>> certifications(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        record Row(long enterprise, EnterpriseView.Certification c) {}
        return jdbc.sql("SELECT * FROM enterprise_certification WHERE enterprise_id IN (:ids) ORDER BY code")
                .param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong("enterprise_id"), new EnterpriseView.Certification(
                        rs.getString("code"), rs.getObject("obtained_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class))))
                .list().stream().collect(Collectors.groupingBy(Row::enterprise,
                        Collectors.mapping(Row::c, Collectors.toList())));
    }

    private static EnterpriseView withCertifications(EnterpriseView v, List<EnterpriseView.Certification> certs) {
        return new EnterpriseView(v.id(), v.uscc(), v.name(), v.industryCode(), v.size(), v.regionCode(),
                v.registeredOn(), v.revenueWan(), v.employees(), v.address(), v.legalRep(), v.phoneMasked(),
                v.deskToken(), v.deskIssuedOn(), v.status(), List.copyOf(certs), v.version());
    }

    private String token() {
        StringBuilder b = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw UserFacingException.badRequest(key);
        }
        return value.strip();
    }
}
