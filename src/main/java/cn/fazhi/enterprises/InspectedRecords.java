package cn.fazhi.enterprises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.fazhi.enforcement.InspectionsOfTarget;
import cn.fazhi.supervision.RandomInspectionsOfEntity;

/**
 * "无事不扰": the inspections of one enterprise, planned and done, from the random inspections (双随机、一公开: the tasks
 * whose draw selected it and their results) and the departments' administrative inspections (行政检查 whose target is
 * the enterprise), found by its USCC. The portal shows them to the enterprise verified in the session only; staff
 * see them on the enterprise's page.
 */
@Service
public class InspectedRecords {

    /**
     * One inspection: {@code kind} RANDOM or ENFORCEMENT, the number and title, the inspecting unit, the day (done) or
     * period (planned), {@code planned} while no result is recorded, and the result's message key (null if planned).
     */
    public record Inspected(String kind, String caseNumber, String title, String unitName, LocalDate on,
            LocalDate until, boolean planned, String resultKey) {}

    /** The enterprise's inspections and how many were done in the current year. */
    public record Summary(List<Inspected> inspections, long doneThisYear, long planned, int year) {}

    private final RandomInspectionsOfEntity random;
    private final InspectionsOfTarget enforcement;
    private final Clock clock;

    InspectedRecords(RandomInspectionsOfEntity random, InspectionsOfTarget enforcement, Clock clock) {
        this.random = random;
        this.enforcement = enforcement;
        this.clock = clock;
    }

    /** The inspections of {@code enterprise}, the latest first, with this year's count. */
    public Summary of(EnterpriseView enterprise) {
        LocalDate today = LocalDate.now(clock);
        List<Inspected> all = new ArrayList<>();
        for (var r : random.of(enterprise.uscc())) {
            boolean planned = r.outcome() == null;
            all.add(new Inspected("RANDOM", r.caseNumber(), r.title(), r.unitName(),
                    planned ? r.periodFrom() : r.inspectedOn(), planned ? r.periodTo() : null, planned,
                    planned ? null : "enterprises.inspected.random." + r.outcome().name()));
        }
        for (var i : enforcement.ofOrganisation(enterprise.uscc())) {
            boolean planned = "OPEN".equals(i.status()) && i.inspectedOn().isAfter(today);
            all.add(new Inspected("ENFORCEMENT", i.caseNumber(), i.subject(), i.unitName(), i.inspectedOn(), null,
                    planned, i.result() == null ? (planned ? null : "enterprises.inspected.enforcement.OPEN")
                            : "enterprises.inspected.enforcement." + i.result()));
        }
        all.sort(Comparator.comparing(Inspected::on, Comparator.nullsLast(Comparator.reverseOrder())));
        long done = all.stream().filter(i -> !i.planned() && i.on() != null && i.on().getYear() == today.getYear()).count();
        long planned = all.stream().filter(Inspected::planned).count();
        return new Summary(List.copyOf(all), done, planned, today.getYear());
    }
}
