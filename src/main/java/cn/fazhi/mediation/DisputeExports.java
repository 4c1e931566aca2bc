package cn.fazhi.mediation;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.platform.scope.DataScope;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * The dispute list as an .xlsx: the same filters and data scope as the list page ({@link Disputes#filter}), all
 * pages, written in chunks with FastExcel's streaming writer (one query for the chunk's disputes and one for their
 * parties, never one per row); parties' identifiers and phones masked by the kernel. Each export is
 * audited with its row count.
 */
@Service
public class DisputeExports {

    private static final int CHUNK = 2000;
    private static final String[] HEADERS = {"mediation.field.caseNumber", "mediation.field.status",
            "mediation.field.category", "mediation.field.channel", "mediation.field.township",
            "mediation.export.column.village", "mediation.field.receivedOn", "mediation.field.acceptedOn",
            "mediation.field.amount", "mediation.field.summary", "mediation.export.column.applicants",
            "mediation.export.column.applicantIdentifiers", "mediation.export.column.applicantPhones",
            "mediation.export.column.respondents", "mediation.export.column.respondentIdentifiers",
            "mediation.export.column.respondentPhones", "mediation.field.confirmationDueOn"};

    private final Disputes disputes;
    private final JdbcClient jdbc;
    private final Regions regions;
    private final CaseParties caseParties;
    private final AuditTrail audit;
    private final MessageSource messages;

    DisputeExports(Disputes disputes, JdbcClient jdbc, Regions regions, CaseParties caseParties, AuditTrail audit,
            MessageSource messages) {
        this.disputes = disputes;
        this.jdbc = jdbc;
        this.regions = regions;
        this.caseParties = caseParties;
        this.audit = audit;
        this.messages = messages;
    }

    /** Writes every dispute matching {@code q} within {@code scope} (paging ignored); returns the row count. */
    @Transactional
    public int export(DisputeQuery q, DataScope scope, OutputStream out, Locale locale) {
        List<List<String>> head = new ArrayList<>();
        for (String key : HEADERS) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        Map<String, String> labels = new HashMap<>();
        Map<String, Optional<RegionView>> regionCache = new HashMap<>();
        ExcelWriter writer = FastExcel.write(out).excelType(ExcelTypeEnum.XLSX).autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, messages.getMessage("mediation.export.sheet", null, locale))
                .head(head).build();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = disputes.filter(q, scope, params);
        LocalDate lastReceived = null;
        long lastId = 0;
        int count = 0;
        while (true) {
            Map<String, Object> chunkParams = new HashMap<>(params);
            chunkParams.put("chunk", CHUNK);
            String after = "";
            if (lastReceived != null) {
                after = " AND (d.received_on < :lastReceived OR (d.received_on = :lastReceived AND d.id < :lastId))";
                chunkParams.put("lastReceived", lastReceived);
                chunkParams.put("lastId", lastId);
            }
            List<Map<String, Object>> rows = jdbc.sql("SELECT d.id, d.case_number, d.status, d.category, d.channel, "
                            + "d.township_code, d.village_code, d.received_on, d.accepted_on, d.amount, d.summary, "
                            + "d.confirmation_due_on FROM dispute d" + where + after
                            + " ORDER BY d.received_on DESC, d.id DESC LIMIT :chunk")
                    .params(chunkParams)
                    .query((rs, n) -> {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("id", rs.getLong("id"));
                        r.put("case_number", rs.getString("case_number"));
                        r.put("status", rs.getString("status"));
                        r.put("category", rs.getString("category"));
                        r.put("channel", rs.getString("channel"));
                        r.put("township_code", rs.getString("township_code"));
                        r.put("village_code", rs.getString("village_code"));
                        r.put("received_on", rs.getObject("received_on", LocalDate.class));
                        r.put("accepted_on", rs.getObject("accepted_on", LocalDate.class));
                        r.put("amount", rs.getBigDecimal("amount"));
                        r.put("summary", rs.getString("summary"));
                        r.put("confirmation_due_on", rs.getObject("confirmation_due_on", LocalDate.class));
                        return r;
                    })
                    .list();
            if (rows.isEmpty()) {
                break;
            }
            List<Long> ids = rows.stream().map(r -> (Long) r.get("id")).toList();
            Map<Long, Parties> parties = parties(ids);
            List<List<Object>> data = new ArrayList<>(rows.size());
            for (Map<String, Object> r : rows) {
                Parties p = parties.getOrDefault((Long) r.get("id"), new Parties());
                List<Object> line = new ArrayList<>(HEADERS.length);
                line.add(r.get("case_number"));
                line.add(label(labels, "mediation.status." + r.get("status"), locale));
                line.add(label(labels, "mediation.category." + r.get("category"), locale));
                line.add(label(labels, "mediation.channel." + r.get("channel"), locale));
                line.add(regionName(regionCache, (String) r.get("township_code")));
                line.add(regionName(regionCache, (String) r.get("village_code")));
                line.add(text(r.get("received_on")));
                line.add(text(r.get("accepted_on")));
                line.add((BigDecimal) r.get("amount"));
                line.add(r.get("summary"));
                line.add(String.join("、", p.applicants));
                line.add(String.join("、", p.applicantIds));
                line.add(String.join("、", p.applicantPhones));
                line.add(String.join("、", p.respondents));
                line.add(String.join("、", p.respondentIds));
                line.add(String.join("、", p.respondentPhones));
                line.add(text(r.get("confirmation_due_on")));
                data.add(line);
            }
            writer.write(data, sheet);
            count += rows.size();
            Map<String, Object> last = rows.get(rows.size() - 1);
            lastReceived = (LocalDate) last.get("received_on");
            lastId = (Long) last.get("id");
            if (rows.size() < CHUNK) {
                break;
            }
        }
        if (count == 0) {
            writer.write(List.of(), sheet);
        }
        writer.finish();
        audit.record(AuditEntry.of("mediation.dispute.exported", Disputes.CASE_TYPE, null,
                count + " " + describe(q)));
        return count;
    }

    private static String describe(DisputeQuery q) {
        return "status=" + q.status() + " township=" + q.townshipCode() + " category=" + q.category() + " overdue="
                + q.overdue();
    }

    private Map<Long, Parties> parties(List<Long> ids) {
        Map<Long, Parties> byDispute = new HashMap<>();
        jdbc.sql("SELECT dispute_id, party_role, name, identifier_enc, phone_enc FROM dispute_party "
                        + "WHERE dispute_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query(rs -> {
                    Parties p = byDispute.computeIfAbsent(rs.getLong("dispute_id"), k -> new Parties());
                    boolean applicant = PartyRole.APPLICANT.name().equals(rs.getString("party_role"));
                    String id = java.util.Objects.requireNonNullElse(caseParties.maskedIdentifier(rs.getString("identifier_enc")), "");
                    String phone = java.util.Objects.requireNonNullElse(caseParties.maskedPhone(rs.getString("phone_enc")), "");
                    (applicant ? p.applicants : p.respondents).add(rs.getString("name"));
                    if (!id.isEmpty()) {
                        (applicant ? p.applicantIds : p.respondentIds).add(id);
                    }
                    if (!phone.isEmpty()) {
                        (applicant ? p.applicantPhones : p.respondentPhones).add(phone);
                    }
                });
        return byDispute;
    }

    private static final class Parties {
        final List<String> applicants = new ArrayList<>();
        final List<String> applicantIds = new ArrayList<>();
        final List<String> applicantPhones = new ArrayList<>();
        final List<String> respondents = new ArrayList<>();
        final List<String> respondentIds = new ArrayList<>();
        final List<String> respondentPhones = new ArrayList<>();
    }

    private String label(Map<String, String> cache, String key, Locale locale) {
        return cache.computeIfAbsent(key, k -> messages.getMessage(k, null, k, locale));
    }

    private String regionName(Map<String, Optional<RegionView>> cache, String code) {
        return code == null ? "" : cache.computeIfAbsent(code, regions::find).map(RegionView::name).orElse(code);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
