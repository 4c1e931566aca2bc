package cn.fazhi.enforcement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What callers send to {@link Officers}. */
public final class OfficerCommands {

    private OfficerCommands() {}

    /**
     * An officer of a unit: optionally of one of its bodies and linked to the platform user who acts as them; the
     * resident ID number is sealed (SM4, blind index, masked); a reviewer must hold 法律职业资格 (处罚法 Art. 58(2)).
     */
    public record Officer(@NotNull(message = "{enforcement.officers.validation.unit}") Long unitId, Long bodyId,
            Long userId,
            @NotBlank(message = "{enforcement.officers.validation.officerName}") @Size(max = 50, message = "{enforcement.officers.validation.size50}") String name,
            @Size(max = 20, message = "{enforcement.officers.validation.idNumber}") String idNumber,
            @Size(max = 100, message = "{enforcement.officers.validation.size100}") String post,
            @DateTimeFormat(iso = ISO.DATE) LocalDate appointedOn,
            Boolean legalQualification,
            @Size(max = 64, message = "{enforcement.officers.validation.size64}") String legalQualificationNo,
            Boolean reviewer, Boolean active) {}

    /** A certificate issued to an officer: number in the configured format, authority, areas, validity. */
    public record Certificate(
            @NotBlank(message = "{enforcement.officers.validation.certificateNumber}") @Size(max = 40, message = "{enforcement.officers.validation.certificateNumber}") String number,
            @NotBlank(message = "{enforcement.officers.validation.issuingAuthority}") @Size(max = 200, message = "{enforcement.officers.validation.size200}") String issuingAuthority,
            @NotBlank(message = "{enforcement.officers.validation.areas}") @Size(max = 500, message = "{enforcement.officers.validation.size500}") String areas,
            @NotNull(message = "{enforcement.officers.validation.issuedOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn,
            @NotNull(message = "{enforcement.officers.validation.expiresOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate expiresOn) {}

    /** A change of a certificate's status from a day, with the reason (暂扣, 恢复, 注销). */
    public record CertificateStatusChange(
            @NotNull(message = "{enforcement.officers.validation.status}") CertificateStatus status,
            @NotNull(message = "{enforcement.officers.validation.since}") @DateTimeFormat(iso = ISO.DATE) LocalDate since,
            @NotBlank(message = "{enforcement.officers.validation.reason}") @Size(max = 500, message = "{enforcement.officers.validation.size500}") String reason,
            @NotNull(message = "{enforcement.officers.validation.version}") Integer version) {}
}
