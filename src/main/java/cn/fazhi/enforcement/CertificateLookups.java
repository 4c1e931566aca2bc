package cn.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.web.ClientAddress;
import cn.fazhi.platform.web.RateLimiter;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The public certificate check (亮证执法, 国办发〔2018〕118号 二(五); 行政处罚法 Art. 55: the party may demand to see the
 * card): anyone with a certificate's number — printed on the card and in its QR code — learns whether it is valid
 * today, with the holder's name, unit and areas and the expiry date; nothing else personal. Unknown numbers are
 * counted per client address and answered 429 beyond {@code fazhi.enforcement.officers.public-lookup-failures} per
 * period, like the kernel's tracking receipts, so the register cannot be walked by guessing.
 */
@Service
public class CertificateLookups {

    private static final String SELECT = "SELECT c.number, c.areas, c.issued_on, c.expires_on, c.status, c.status_since, "
            + "o.name, o.active, u.name AS unit_name FROM enforcement_certificate c "
            + "JOIN enforcement_officer o ON o.id = c.officer_id JOIN unit u ON u.id = o.unit_id WHERE c.number = :n";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final RateLimiter failures;

    CertificateLookups(JdbcClient jdbc, AuditTrail audit, Clock clock, OfficerProperties settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.failures = new RateLimiter(settings.publicLookupFailures(), settings.publicLookupPeriod());
    }

    /** The certificate's public face today; 404 (Chinese problem) when unknown, 429 after too many unknown numbers. */
    public CertificatePublicView check(String number) {
        String address = ClientAddress.current();
        String key = "certificate " + address;
        long wait = failures.waitSeconds(key, System.nanoTime());
        if (wait > 0) {
            audit.recordIndependently(AuditEntry.of("enforcement.certificate.lookupThrottled", "enforcement_certificate",
                    null, address).failed());
            throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "enforcement.officers.error.lookupTooMany", wait);
        }
        Optional<CertificatePublicView> found = find(number);
        if (found.isEmpty()) {
            failures.tryAcquire(key, System.nanoTime());
            throw UserFacingException.notFound("enforcement.officers.error.certificateNotFound");
        }
        return found.get();
    }

    /** The lookup alone (no counting). */
    public Optional<CertificatePublicView> find(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (n.isEmpty() || n.length() > 40) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT).param("n", n).query((rs, i) -> new CertificatePublicView(rs.getString("number"),
                rs.getString("name"), rs.getString("unit_name"), rs.getString("areas"),
                CertificateStanding.on(today, rs.getObject("issued_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class), CertificateStatus.valueOf(rs.getString("status")),
                        rs.getObject("status_since", LocalDate.class), rs.getBoolean("active")),
                rs.getObject("expires_on", LocalDate.class))).optional();
    }
}
