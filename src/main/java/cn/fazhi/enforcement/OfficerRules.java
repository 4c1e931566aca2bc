package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.Locale;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The rules on officers and their certificates, each refusing with a Chinese message:
 * <ul>
 * <li>a 法制审核 reviewer holds 法律职业资格 — 行政处罚法 Art. 58(2) ("初次从事行政处罚决定法制审核的人员，应当通过国家统一
 * 法律职业资格考试取得法律职业资格");</li>
 * <li>a certificate number has the configured format — the Hubei format is not confirmed (LEGAL-RULES-2 §4), so
 * {@code fazhi.enforcement.officers.certificate-number-pattern};</li>
 * <li>a certificate expires on or after the day it is issued; an act counts only on days it is valid
 * ({@link CertificateChecks}, 处罚法 Art. 42);</li>
 * <li>status changes: a valid certificate may be suspended (暂扣) or revoked (注销); a suspended one reinstated or
 * revoked; revoked and expired ones are final. The change's day lies between issue and today (a later suspension
 * does not undo earlier acts: the day is kept as {@code status_since}).</li>
 * </ul>
 */
public final class OfficerRules {

    private OfficerRules() {}

    /** Refuses a text longer than its column ({@code max} characters), naming the field. */
    public static void requireLength(String value, int max, String fieldKey) {
        if (value != null && value.strip().length() > max) {
            throw UserFacingException.badRequest("enforcement.officers.error.tooLong",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(fieldKey), max);
        }
    }

    public static void requireQualifiedReviewer(boolean reviewer, boolean legalQualification) {
        if (reviewer && !legalQualification) {
            throw UserFacingException.badRequest("enforcement.officers.error.reviewerNeedsQualification");
        }
    }

    /** The number upper-cased and trimmed, refused unless it has the configured format. */
    public static String certificateNumber(String number, OfficerProperties settings) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (!settings.acceptsNumber(n)) {
            throw UserFacingException.badRequest("enforcement.officers.error.certificateNumberFormat", n);
        }
        return n;
    }

    public static void requireValidityOrder(LocalDate issuedOn, LocalDate expiresOn) {
        if (issuedOn == null || expiresOn == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.certificateDates");
        }
        if (expiresOn.isBefore(issuedOn)) {
            throw UserFacingException.badRequest("enforcement.officers.error.certificateDateOrder");
        }
    }

    /** Whether {@code from} may become {@code to} by a staff action (EXPIRED is the nightly job's). */
    public static boolean allowed(CertificateStatus from, CertificateStatus to) {
        return switch (from) {
            case VALID -> to == CertificateStatus.SUSPENDED || to == CertificateStatus.REVOKED;
            case SUSPENDED -> to == CertificateStatus.VALID || to == CertificateStatus.REVOKED;
            case REVOKED, EXPIRED -> false;
        };
    }

    public static void requireChange(CertificateStatus from, CertificateStatus to, LocalDate since, LocalDate issuedOn,
            LocalDate today) {
        if (!allowed(from, to)) {
            throw UserFacingException.conflict("enforcement.officers.error.statusChange");
        }
        if (since.isAfter(today)) {
            throw UserFacingException.badRequest("enforcement.officers.error.statusFuture");
        }
        if (since.isBefore(issuedOn)) {
            throw UserFacingException.badRequest("enforcement.officers.error.statusBeforeIssue");
        }
    }
}
