package cn.fazhi.mediation;

import java.math.BigDecimal;

import cn.fazhi.platform.identifiers.ValidPhone;
import cn.fazhi.platform.identifiers.ValidResidentId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A citizen's online application for mediation (public portal). */
public record PublicApplication(
        @NotBlank(message = "{mediation.validation.applicantName}") @Size(max = 100, message = "{mediation.validation.applicantName}") String applicantName,
        @NotBlank(message = "{mediation.error.idNumberRequired}") @ValidResidentId(message = "{mediation.validation.applicantIdNumber}") String applicantIdNumber,
        @NotBlank(message = "{mediation.error.phoneRequired}") @ValidPhone(message = "{mediation.validation.applicantPhone}") String applicantPhone,
        @NotBlank(message = "{mediation.validation.respondentName}") @Size(max = 100, message = "{mediation.validation.respondentName}") String respondentName,
        @ValidPhone(message = "{mediation.validation.respondentPhone}") String respondentPhone,
        @NotBlank(message = "{mediation.error.townshipRequired}") String townshipCode, String villageCode,
        @NotNull(message = "{mediation.error.categoryRequired}") DisputeCategory category,
        @NotBlank(message = "{mediation.error.summaryRequired}") @Size(max = 4000, message = "{mediation.validation.summaryLength}") String summary,
        @PositiveOrZero(message = "{mediation.error.amountNegative}") @Digits(integer = 16, fraction = 2, message = "{mediation.error.amountFormat}") BigDecimal amount) {}
