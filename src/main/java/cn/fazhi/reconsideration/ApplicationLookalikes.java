package cn.fazhi.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.DuplicateCaseRule;
import cn.fazhi.cases.Lookalike;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.PartyKind;

/**
 * Reconsideration applications that a new or given one looks like ({@link DuplicateCaseRule}): an applicant with the
 * same resident ID number (blind index) or credit code, against the same respondent organ, received within the rule's
 * window. Only applications in the caller's data scope are named.
 */
@Service
public class ApplicationLookalikes {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final DuplicateCaseRule rule;
    private final Clock clock;

    ApplicationLookalikes(JdbcClient jdbc, PersonalDataCipher cipher, DuplicateCaseRule rule, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.rule = rule;
        this.clock = clock;
    }

    /** For an application about to be registered by staff. */
    @Transactional(readOnly = true)
    public List<Lookalike> of(RegisterApplication form, DataScope scope) {
        if (form == null || form.respondentUnitId() == null) {
            return List.of();
        }
        Channel channel = form.channel() == null ? Channel.IN_PERSON : form.channel();
        LocalDate received = channel.receiptDate(form.submittedOn(), form.signedForOn());
        String index = form.applicantKind() == PartyKind.PERSON && form.applicantIdNumber() != null
                ? cipher.blindIndex(ResidentIdNumber.normalise(form.applicantIdNumber())) : null;
        String uscc = form.applicantKind() == PartyKind.ORGANISATION && form.applicantUscc() != null
                ? form.applicantUscc().strip().toUpperCase() : null;
        return find(index, uscc, form.respondentUnitId(), received == null ? LocalDate.now(clock) : received, -1,
                scope);
    }

    /** For a stored application (its page warns staff, e.g. about an online application). */
    @Transactional(readOnly = true)
    public List<Lookalike> of(long caseId, DataScope scope) {
        record Applicant(String index, String uscc, long unit, LocalDate received) {}
        return jdbc.sql("SELECT p.id_number_index, p.uscc, c.unit_id, c.received_on FROM reconsideration_party p "
                        + "JOIN reconsideration_case c ON c.id = p.case_id WHERE p.case_id = :c AND p.party_role = 'APPLICANT'")
                .param("c", caseId)
                .query((rs, n) -> new Applicant(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)))
                .list().stream()
                .flatMap(a -> find(a.index(), a.uscc(), a.unit(), a.received(), caseId, scope).stream())
                .distinct().toList();
    }

    private List<Lookalike> find(String index, String uscc, long unitId, LocalDate received, long self,
            DataScope scope) {
        if (index == null && uscc == null) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("self", self);
        params.put("unit", unitId);
        params.put("from", rule.from(received));
        params.put("to", rule.to(received));
        params.put("index", index == null ? "-" : index);
        params.put("uscc", uscc == null ? "-" : uscc);
        return jdbc.sql("SELECT c.id, c.case_number, c.received_on FROM reconsideration_case c WHERE "
                        + scope.sqlCondition("c.unit_id", "c.region_code")
                        + " AND c.id <> :self AND c.unit_id = :unit AND c.received_on BETWEEN :from AND :to"
                        + " AND EXISTS (SELECT 1 FROM reconsideration_party p WHERE p.case_id = c.id"
                        + " AND p.party_role = 'APPLICANT' AND (p.id_number_index = :index OR p.uscc = :uscc))"
                        + " ORDER BY c.received_on DESC, c.id DESC LIMIT 10")
                .params(params)
                .query((rs, n) -> new Lookalike(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        "/reconsideration/" + rs.getLong(1)))
                .list();
    }
}
