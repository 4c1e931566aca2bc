package cn.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every audit action code written in src/main has a label in Chinese and English ({@code audit.action.<code>}), so the
 * audit page and the home page's recent actions show words, not codes (issue 10, point 22). Codes put together at run
 * time (a prefix and a step name) are found through the helper that builds them ({@link #BUILT}) and the report steps.
 */
class AuditActionLabelsTest {

    private static final Pattern CODE = Pattern.compile("(?:new AuditEntry|AuditEntry\\.[a-zA-Z]+)\\(\"([a-zA-Z_.]+)\"");
    private static final Pattern CHOSEN = Pattern.compile("\\? \"([a-z]+\\.[a-zA-Z_.]+)\" : \"([a-z]+\\.[a-zA-Z_.]+)\"");

    /** Helpers that build a code from a prefix and their second (or third) argument: file, call pattern, prefix. */
    private static final String[][] BUILT = {
        {"reconsideration/ReconsiderationCases.java", "\\b(?:step|apply)\\(\\s*\\w+,\\s*\"(\\w+)\"", "reconsideration."},
        {"reconsideration/LitigationCases.java", "\\bsave\\(\\s*\\w+,\\s*\"(\\w+)\"", "litigation."},
        {"normative/NormativeDocuments.java", "\\brecord\\(\\s*\\w+,\\s*\"(\\w+)\"", "normative.document."},
    };

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Paths.get("src/main/resources/messages", name)),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void everyActionCodeHasALabel() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = CODE.matcher(source);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        codes.add(m.group(1));
                    }
                }
                if (source.contains("AuditEntry.of(")) {
                    Matcher chosen = CHOSEN.matcher(source);
                    while (chosen.find()) {
                        if (source.contains("AuditEntry.of(" + chosen.group(0))) {
                            codes.add(chosen.group(1));
                            codes.add(chosen.group(2));
                        }
                    }
                }
            }
        }
        for (String[] built : BUILT) {
            Matcher m = Pattern.compile(built[1]).matcher(Files.readString(Paths.get("src/main/java/cn/fazhi", built[0])));
            while (m.find()) {
                codes.add(built[2] + m.group(1));
            }
        }
        // case steps are audited by the kernel as each type's table records them (CaseSteps: auditPrefix + recorded)
        java.util.Map<String, cn.fazhi.cases.Transitions<?>> tables = java.util.Map.of(
                "mediation.dispute.", cn.fazhi.mediation.domain.DisputeSteps.TABLE,
                "reconsideration.", cn.fazhi.reconsideration.domain.ReconsiderationCase.TABLE,
                "litigation.", cn.fazhi.reconsideration.domain.LitigationCase.TABLE,
                "legality.review.", cn.fazhi.legality.LegalityReview.TABLE,
                "normative.document.", cn.fazhi.normative.NormativeDocument.TABLE,
                "enforcement.case.", cn.fazhi.enforcement.EnforcementCase.TABLE,
                "enforcement.inspection.", cn.fazhi.enforcement.Inspection.TABLE,
                "enforcement.transfer.", cn.fazhi.enforcement.Transfer.TABLE,
                "enforcement.coercion.", cn.fazhi.enforcement.CoercionCase.TABLE);
        tables.forEach((prefix, table) -> table.steps().forEach(step -> codes.add(prefix + step.recorded())));
        codes.add("mediation.dispute." + cn.fazhi.mediation.domain.DisputeSteps.REGISTERED_ACTION);
        codes.add("normative.document.drafted");
        codes.add("enforcement.inspection.registered");
        codes.add("enforcement.transfer.reported");
        codes.add("enforcement.publication.autoPublished");
        codes.add("enforcement.publication.recorded");
        codes.add("enforcement.coercion.registered");
        codes.add("normative.document.status");
        codes.add("reconsideration.imported");
        codes.add("litigation.imported");
        for (cn.fazhi.reports.ReportStep step : cn.fazhi.reports.ReportStep.values()) {
            codes.add("reports.report." + step.path());
            codes.add("reports.report." + step.path() + ".refused");
        }
        assertThat(codes).hasSizeGreaterThan(100).contains("identity.login", "reports.template.saved");
        // labels live in audit.properties or in the bundle of the module that writes the code (any bundle)
        Properties zh = new Properties();
        Properties en = new Properties();
        try (Stream<Path> bundles = Files.list(Paths.get("src/main/resources/messages"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")).toList()) {
                (bundle.toString().endsWith("_en.properties") ? en : zh).putAll(load(bundle.getFileName().toString()));
            }
        }
        assertThat(codes).filteredOn(c -> !zh.containsKey("audit.action." + c)).as("without a Chinese label").isEmpty();
        assertThat(codes).filteredOn(c -> !en.containsKey("audit.action." + c)).as("without an English label").isEmpty();
    }
}
