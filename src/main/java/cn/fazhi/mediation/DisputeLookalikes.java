package cn.fazhi.mediation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.DuplicateCaseRule;
import cn.fazhi.cases.Lookalike;
import cn.fazhi.mediation.domain.DisputeRepository;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.scope.DataScope;

/**
 * Disputes that a new or given one looks like ({@link DuplicateCaseRule}): an applicant with the same ID number
 * (blind index) and a respondent with the same ID number or name, received within the rule's window. Only disputes
 * in the caller's data scope are named.
 */
@Service
public class DisputeLookalikes {

    private static final String NONE = "-";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final DuplicateCaseRule rule;

    DisputeLookalikes(JdbcClient jdbc, PersonalDataCipher cipher, DuplicateCaseRule rule) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.rule = rule;
    }

    /** For a dispute about to be registered. */
    @Transactional(readOnly = true)
    public List<Lookalike> of(DisputeCommands.Register form, DataScope scope) {
        if (form == null || form.parties() == null || form.receivedOn() == null) {
            return List.of();
        }
        List<String> applicants = form.parties().stream().filter(p -> p != null && p.role() == PartyRole.APPLICANT)
                .map(p -> cipher.blindIndex(normalise(p.identifier()))).filter(Objects::nonNull).toList();
        List<DisputeCommands.Party> respondents = form.parties().stream()
                .filter(p -> p != null && p.role() == PartyRole.RESPONDENT).toList();
        return find(applicants, respondents.stream().map(p -> cipher.blindIndex(normalise(p.identifier())))
                .filter(Objects::nonNull).toList(), respondents.stream().map(p -> p.name() == null ? null : p.name().strip())
                .filter(Objects::nonNull).toList(), form.receivedOn(), -1, scope);
    }

    /** For a stored dispute (its page warns staff, e.g. about an online application). */
    @Transactional(readOnly = true)
    public List<Lookalike> of(long disputeId, LocalDate receivedOn, DataScope scope) {
        record Party(String role, String index, String name) {}
        List<Party> parties = jdbc.sql("SELECT party_role, identifier_index, name FROM dispute_party WHERE dispute_id = :d")
                .param("d", disputeId).query((rs, n) -> new Party(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        List<String> applicants = parties.stream().filter(p -> "APPLICANT".equals(p.role()))
                .map(Party::index).filter(Objects::nonNull).toList();
        List<Party> respondents = parties.stream().filter(p -> "RESPONDENT".equals(p.role())).toList();
        return find(applicants, respondents.stream().map(Party::index).filter(Objects::nonNull).toList(),
                respondents.stream().map(Party::name).toList(), receivedOn, disputeId, scope);
    }

    private List<Lookalike> find(List<String> applicants, List<String> respondentIndexes, List<String> respondentNames,
            LocalDate receivedOn, long self, DataScope scope) {
        if (applicants.isEmpty() || respondentIndexes.isEmpty() && respondentNames.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("self", self);
        params.put("from", rule.from(receivedOn));
        params.put("to", rule.to(receivedOn));
        params.put("applicants", applicants);
        params.put("rindexes", respondentIndexes.isEmpty() ? List.of(NONE) : respondentIndexes);
        params.put("rnames", respondentNames.isEmpty() ? List.of(NONE) : respondentNames);
        return jdbc.sql("SELECT d.id, d.case_number, d.received_on FROM dispute d WHERE "
                        + scope.sqlCondition(DisputeRepository.SCOPE_UNIT, DisputeRepository.SCOPE_REGION)
                        + " AND d.id <> :self AND d.received_on BETWEEN :from AND :to"
                        + " AND EXISTS (SELECT 1 FROM dispute_party a WHERE a.dispute_id = d.id"
                        + " AND a.party_role = 'APPLICANT' AND a.identifier_index IN (:applicants))"
                        + " AND EXISTS (SELECT 1 FROM dispute_party r WHERE r.dispute_id = d.id"
                        + " AND r.party_role = 'RESPONDENT' AND (r.identifier_index IN (:rindexes) OR r.name IN (:rnames)))"
                        + " ORDER BY d.received_on DESC, d.id DESC LIMIT 10")
                .params(params)
                .query((rs, n) -> new Lookalike(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        "/mediation/" + rs.getLong(1)))
                .list();
    }

    private static String normalise(String identifier) {
        return identifier == null || identifier.isBlank() ? null : identifier.strip().toUpperCase();
    }
}
