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

/** The new-dispute page form: one applicant and one respondent (more parties through the API). */
record DisputeForm(IntakeChannel channel, DisputeCategory category, String townshipCode, String villageCode,
        Long committeeId, Long handlerId, @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn, String summary,
        BigDecimal amount, String courtName, String courtReference, PartyKind applicantKind, String applicantName,
        String applicantIdentifier, String applicantPhone, PartyKind respondentKind, String respondentName,
        String respondentIdentifier, String respondentPhone) {

    static DisputeForm empty(LocalDate today) {
        return new DisputeForm(IntakeChannel.WALK_IN, null, null, null, null, null, today, null, BigDecimal.ZERO, null,
                null, PartyKind.PERSON, null, null, null, PartyKind.PERSON, null, null, null);
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
