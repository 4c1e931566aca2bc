package cn.fazhi.mediation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.DisputeCommands;
import cn.fazhi.mediation.IntakeChannel;
import cn.fazhi.mediation.PartyKind;
import cn.fazhi.mediation.PartyRole;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.identifiers.ValidPhone;
import cn.fazhi.platform.web.FormErrors;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The new-dispute page form: one applicant and one respondent (more parties through the API). */
record DisputeForm(IntakeChannel channel,
        @NotNull(message = "{mediation.error.categoryRequired}") DisputeCategory category,
        @NotBlank(message = "{mediation.error.townshipRequired}") String townshipCode, String villageCode,
        Long committeeId, Long handlerId,
        @NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn,
        @NotBlank(message = "{mediation.error.summaryRequired}") @Size(max = 4000, message = "{mediation.validation.summaryLength}") String summary,
        @NotNull(message = "{mediation.error.amountRequired}") @PositiveOrZero(message = "{mediation.error.amountNegative}")
        @Digits(integer = 16, fraction = 2, message = "{mediation.error.amountFormat}") BigDecimal amount,
        String courtName, String courtReference, PartyKind applicantKind,
        @NotBlank(message = "{mediation.validation.applicantName}") @Size(max = 100, message = "{mediation.validation.applicantName}") String applicantName,
        String applicantIdentifier,
        @ValidPhone(message = "{mediation.validation.applicantPhone}") String applicantPhone, PartyKind respondentKind,
        @NotBlank(message = "{mediation.validation.respondentName}") @Size(max = 100, message = "{mediation.validation.respondentName}") String respondentName,
        String respondentIdentifier,
        @ValidPhone(message = "{mediation.validation.respondentPhone}") String respondentPhone) {

    static DisputeForm empty(LocalDate today) {
        return new DisputeForm(IntakeChannel.WALK_IN, null, null, null, null, null, today, null, BigDecimal.ZERO, null,
                null, PartyKind.PERSON, null, null, null, PartyKind.PERSON, null, null, null);
    }

    /** The checks that depend on another field: an identifier is a resident ID for a person, a USCC otherwise. */
    void check(FormErrors errors) {
        identifier(errors, "applicantIdentifier", applicantKind, applicantIdentifier, "applicant");
        identifier(errors, "respondentIdentifier", respondentKind, respondentIdentifier, "respondent");
    }

    private static void identifier(FormErrors errors, String field, PartyKind kind, String value, String role) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (kind == PartyKind.ORGANISATION ? !Uscc.isValid(value.strip()) : !ResidentIdNumber.isValid(value)) {
            errors.add(field, "mediation.validation." + role + (kind == PartyKind.ORGANISATION ? "Uscc" : "IdNumber"));
        }
    }

    DisputeCommands.Register command() {
        List<DisputeCommands.Party> parties = new ArrayList<>();
        parties.add(new DisputeCommands.Party(PartyRole.APPLICANT, applicantKind == null ? PartyKind.PERSON : applicantKind,
                applicantName, applicantIdentifier, applicantPhone));
        parties.add(new DisputeCommands.Party(PartyRole.RESPONDENT,
                respondentKind == null ? PartyKind.PERSON : respondentKind, respondentName, respondentIdentifier,
                respondentPhone));
        return new DisputeCommands.Register(channel, category, townshipCode, blank(villageCode), committeeId, handlerId,
                receivedOn, summary, amount, courtName, courtReference, parties);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
