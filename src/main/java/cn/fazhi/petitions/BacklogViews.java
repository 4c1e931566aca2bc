package cn.fazhi.petitions;

import java.time.LocalDate;

/** What pages and the API show of the backlog: personal numbers only masked. */
public final class BacklogViews {

    private BacklogViews() {}

    public record Backlog(long id, String caseNumber, BacklogStatus status, String petitionerName,
            String petitionerIdMasked, String petitionerPhoneMasked, String subject, LocalDate firstPetitionOn,
            long unitId, String unitName, String regionCode, LocalDate takenOn, String leaderPost, String leaderName,
            LocalDate resolvedOn, AgeBand ageBand, int relapseCount, int version) {

        public String statusKey() {
            return "petitions.status." + status.name();
        }
    }

    public record Meeting(long id, LocalDate heldOn, String attendees, String decisions, String recordedBy) {}

    public record Resolution(long id, LocalDate resolvedOn, String measures, Long evidenceId, String evidenceName,
            boolean petitionerAgreed, AgeBand ageBand, int ageYears) {}

    public record Relapse(long id, LocalDate petitionedOn, String note) {}
}
