package cn.fazhi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of every case type's transition table has its action label and every recorded action its timeline
 * label, in Chinese and English — the labels the kernel's page fragments and the actions bar read.
 */
class StepLabelsTest {

    record Type(String bundle, String prefix, Transitions<?> table) {}

    static List<Type> types() {
        return List.of(new Type("mediation", "mediation", cn.fazhi.mediation.domain.DisputeSteps.TABLE),
                new Type("reconsideration", "reconsideration", cn.fazhi.reconsideration.domain.ReconsiderationCase.TABLE),
                new Type("reconsideration", "litigation", cn.fazhi.reconsideration.domain.LitigationCase.TABLE),
                new Type("legality", "legality", cn.fazhi.legality.LegalityReview.TABLE),
                new Type("normative", "normative", cn.fazhi.normative.NormativeDocument.TABLE),
                new Type("enforcement-cases", "enforcement.cases", cn.fazhi.enforcement.EnforcementCase.TABLE),
                new Type("enforcement-publicity", "enforcement.inspection", cn.fazhi.enforcement.Inspection.TABLE),
                new Type("enforcement-publicity", "enforcement.transfer", cn.fazhi.enforcement.Transfer.TABLE),
                new Type("enforcement-coercion", "enforcement.coercion", cn.fazhi.enforcement.CoercionCase.TABLE),
                new Type("rectification", "rectification", cn.fazhi.rectification.Problem.TABLE),
                new Type("supervision-oversight", "supervision.oversight", cn.fazhi.supervision.OversightMission.TABLE),
                new Type("supervision-letters", "supervision", cn.fazhi.supervision.Clue.TABLE),
                new Type("supervision-random", "supervision.random", cn.fazhi.supervision.RandomTask.TABLE),
                new Type("hotline", "hotline", cn.fazhi.hotline.Ticket.TABLE),
                new Type("services-applications", "services.application", cn.fazhi.services.Application.TABLE),
                new Type("services", "services.crossRegion", cn.fazhi.services.CrossRegionCase.TABLE),
                new Type("enterprises-policies", "policies.application", cn.fazhi.enterprises.PolicyApplication.TABLE),
                new Type("enterprises-requests", "enterprises.requests", cn.fazhi.enterprises.EnterpriseRequest.TABLE),
                new Type("enterprises-requests", "enterprises.complaints", cn.fazhi.enterprises.SmeComplaint.TABLE),
                new Type("errands", "errands", cn.fazhi.errands.Errand.TABLE));
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyStepAndRecordedActionHasItsLabels(Type type) throws IOException {
        for (String suffix : new String[] {"", "_en"}) {
            Properties module = load(type.bundle() + suffix);
            for (var step : type.table().steps()) {
                assertThat(module).as(step.name() + suffix).containsKey(type.prefix() + ".action." + step.name());
                assertThat(module).as(step.recorded() + suffix).containsKey(type.prefix() + ".timeline." + step.recorded());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Paths.get("src/main/resources/messages", name + ".properties")),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
