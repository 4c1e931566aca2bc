package cn.fazhi.enforcement.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.enforcement.InspectionStatus;
import cn.fazhi.enforcement.InspectionAndTransferSteps;
import cn.fazhi.enforcement.TransferStatus;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Every step of an inspection and of a transfer from every state: allowed exactly when this test's own table says so
 * (written out here, independently of the aggregates' TABLEs), landing where it says; refused with 409 and the state
 * unchanged otherwise.
 */
class PublicityTransitionsTest {

    static final String INSPECTION = """
            conclude, OPEN, CONCLUDED
            cancel, OPEN, CANCELLED
            """;

    static final String TRANSFER = """
            approve, REPORTED, APPROVED
            reject, REPORTED, REJECTED
            transfer, APPROVED, TRANSFERRED
            receipt, TRANSFERRED, RECEIVED
            policeAccept, RECEIVED, ACCEPTED
            policeRefuse, RECEIVED, REFUSED
            reconsider, REFUSED, RECONSIDERING
            reconsiderAccept, RECONSIDERING, ACCEPTED
            reconsiderUphold, RECONSIDERING, UPHELD
            """;

    static <E extends Enum<E>> List<Arguments> table(String allowed, List<String> steps, E[] states) {
        List<Arguments> cases = new ArrayList<>();
        for (String step : steps) {
            for (E from : states) {
                String to = null;
                for (String line : allowed.strip().split("\n")) {
                    String[] p = line.split(",");
                    if (p[0].strip().equals(step) && p[1].strip().equals(from.name())) {
                        to = p[2].strip();
                    }
                }
                cases.add(Arguments.of(step, from, to));
            }
        }
        return cases;
    }

    static Stream<Arguments> inspections() {
        return table(INSPECTION, List.of("conclude", "cancel"), InspectionStatus.values()).stream();
    }

    static Stream<Arguments> transfers() {
        return table(TRANSFER, List.of("approve", "reject", "transfer", "receipt", "policeAccept", "policeRefuse",
                "reconsider", "reconsiderAccept", "reconsiderUphold"), TransferStatus.values()).stream();
    }

    @ParameterizedTest(name = "inspection {0} from {1} → {2}")
    @MethodSource("inspections")
    void inspectionSteps(String step, InspectionStatus from, String to) {
        var i = InspectionAndTransferSteps.inspection(from, LocalDate.of(2024, 3, 4));
        if (to != null) {
            InspectionAndTransferSteps.take(i, step);
            assertThat(i.status().name()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> InspectionAndTransferSteps.take(i, step)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT));
            assertThat(i.status()).isEqualTo(from);
        }
    }

    @ParameterizedTest(name = "transfer {0} from {1} → {2}")
    @MethodSource("transfers")
    void transferSteps(String step, TransferStatus from, String to) {
        var t = InspectionAndTransferSteps.transfer(from);
        if (to != null) {
            InspectionAndTransferSteps.take(t, step, OffsetDateTime.now());
            assertThat(t.status().name()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> InspectionAndTransferSteps.take(t, step, OffsetDateTime.now()))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT));
            assertThat(t.status()).isEqualTo(from);
        }
    }
}
