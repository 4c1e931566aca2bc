package cn.fazhi.services;

import java.time.LocalDate;

/**
 * A hand-over as pages and the API show it: the applicant's numbers masked only; {@code due} the date the waiting
 * step is due (null when finished), {@code overdue} whether it has passed, {@code lateSteps} the steps taken after
 * their period.
 */
public record CrossRegionView(long id, String caseNumber, String direction, CrossRegionStatus status, long partnerId,
        String partnerName, long itemId, String itemCode, String itemName, int promisedDays, long unitId,
        String unitName, long intakeUnitId, String regionCode, String applicantName, boolean applicantPerson,
        String applicantId, String applicantPhone, String materials, LocalDate receivedOn, String partnerReference,
        LocalDate sentOn, String sentWay, LocalDate resultOn, String outcome, LocalDate deliveredOn,
        LocalDate acceptedOn, String applicationNumber, LocalDate returnedOn, LocalDate due, boolean overdue,
        int lateSteps, int version) {}
