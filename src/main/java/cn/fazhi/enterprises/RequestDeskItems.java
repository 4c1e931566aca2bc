package cn.fazhi.enterprises;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The enterprise's requests and SME payment complaints on its desk page, newest first: a request can be rated once it
 * is closed; a complaint is finished once concluded or refused.
 */
@Component
class RequestDeskItems implements DeskItems {

    private final EnterpriseRequests requests;
    private final SmeComplaints complaints;

    RequestDeskItems(EnterpriseRequests requests, SmeComplaints complaints) {
        this.requests = requests;
        this.complaints = complaints;
    }

    @Override
    public List<DeskItem> of(long enterpriseId) {
        List<DeskItem> items = new ArrayList<>();
        for (RequestView r : requests.ofEnterprise(enterpriseId)) {
            items.add(new DeskItem(EnterpriseRequests.CASE_TYPE, r.id(), r.caseNumber(), r.title(), r.statusKey(),
                    !r.status().open(), r.routedOn() == null ? null : r.unitId(),
                    r.routedOn() == null ? null : r.unitName(), r.filedOn(), "/public/enterprises/requests/" + r.id()));
        }
        for (SmeComplaintView c : complaints.ofEnterprise(enterpriseId)) {
            items.add(new DeskItem(SmeComplaints.CASE_TYPE, c.id(), c.caseNumber(), c.respondentName(), c.statusKey(),
                    !c.status().open(), c.handlerUnitId(), c.handlerUnitId() == null ? null : c.unitName(),
                    c.receivedOn(), "/public/enterprises/complaints/" + c.id()));
        }
        items.sort(Comparator.comparing(DeskItem::on).thenComparing(DeskItem::id).reversed());
        return items;
    }
}
