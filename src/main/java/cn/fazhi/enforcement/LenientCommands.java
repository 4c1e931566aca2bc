package cn.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a manager sends to keep the four lenient lists. */
public final class LenientCommands {

    private LenientCommands() {}

    /**
     * An item of a list: the violation, its conditions in words and as the flags a case is matched on (首违 / 危害后果轻微
     * / 及时改正, 行政处罚法 Art. 33), and its legal basis.
     */
    public record Item(
            @NotBlank(message = "{enforcement.discretion.benchmark.violationCode.required}")
            @Size(max = 64, message = "{enforcement.discretion.benchmark.violationCode.size}")
            @Pattern(regexp = "[A-Za-z0-9_.\\-]*", message = "{enforcement.discretion.benchmark.violationCode.pattern}")
            String violationCode,
            @NotBlank(message = "{enforcement.discretion.benchmark.violationName.required}")
            @Size(max = 300, message = "{enforcement.discretion.benchmark.violationName.size}") String violationName,
            @NotBlank(message = "{enforcement.discretion.lenient.conditions.required}")
            @Size(max = 2000, message = "{enforcement.discretion.lenient.conditions.size}") String conditions,
            @NotBlank(message = "{enforcement.discretion.lenient.basis.required}")
            @Size(max = 2000, message = "{enforcement.discretion.lenient.basis.size}") String basis,
            Boolean requiresFirstOffence, Boolean requiresHarmMinor, Boolean requiresCorrected) {

        /** Whether the item applies only to a first offence (absent: no). */
        public boolean firstOffence() {
            return Boolean.TRUE.equals(requiresFirstOffence);
        }

        /** Whether the item applies only where the harm is minor (absent: no). */
        public boolean harmMinor() {
            return Boolean.TRUE.equals(requiresHarmMinor);
        }

        /** Whether the item applies only once the party has corrected the act (absent: no). */
        public boolean corrected() {
            return Boolean.TRUE.equals(requiresCorrected);
        }
    }

    /** Publish a list under an edition label (the version read). */
    public record Publish(
            @NotBlank(message = "{enforcement.discretion.lenient.edition.required}")
            @Size(max = 100, message = "{enforcement.discretion.lenient.edition.size}") String edition,
            @NotNull(message = "{enforcement.discretion.version.required}") Integer version) {}
}
