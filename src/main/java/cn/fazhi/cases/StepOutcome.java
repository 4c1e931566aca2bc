package cn.fazhi.cases;

/**
 * What an aggregate's step returns to the kernel: the domain event to publish (may be null for a step that has none)
 * and the detail written to the timeline and the audit record.
 */
public record StepOutcome(Object event, String detail) {

    public static StepOutcome of(Object event, String detail) {
        return new StepOutcome(event, detail);
    }

    public static StepOutcome of(Object event) {
        return new StepOutcome(event, null);
    }
}
