package cn.fazhi.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A case type's transition table: each named step, the states it may be taken from, the state it leads to (or none,
 * for a step that records something without moving the case, e.g. a mediation session), the permission it needs and
 * whether it is work waiting for someone (a to-do). The aggregate's guards, the kernel's {@link CaseSteps}, the
 * actions a page or the API offers and the to-do sources all read this one table.
 *
 * @param <S> the status enum
 */
public final class Transitions<S extends Enum<S>> {

    /**
     * One step.
     *
     * @param name the step's name: the action in URLs and the API, and the suffix of its message keys
     * @param recorded the timeline and audit action written when the step is taken (e.g. {@code accepted})
     * @param from the states it may be taken from
     * @param to the state it leads to, or null when the status stays
     * @param permission the permission it needs
     * @param todo whether a case in one of {@code from} is waiting for someone holding {@code permission}
     */
    public record Step<S extends Enum<S>>(String name, String recorded, Set<S> from, S to, String permission,
            boolean todo) {

        public boolean allowedFrom(S status) {
            return from.contains(status);
        }
    }

    private final Class<S> type;
    private final Map<String, Step<S>> steps;

    private Transitions(Class<S> type, Map<String, Step<S>> steps) {
        this.type = type;
        this.steps = Collections.unmodifiableMap(steps);
    }

    public static <S extends Enum<S>> Builder<S> of(Class<S> type) {
        return new Builder<>(type);
    }

    public Class<S> type() {
        return type;
    }

    public List<Step<S>> steps() {
        return List.copyOf(steps.values());
    }

    public Optional<Step<S>> step(String name) {
        return Optional.ofNullable(steps.get(name));
    }

    /** The step, or an {@link IllegalArgumentException}: a step name is code, not user input. */
    public Step<S> require(String name) {
        Step<S> step = steps.get(name);
        if (step == null) {
            throw new IllegalArgumentException("no step " + name + " in " + type.getSimpleName());
        }
        return step;
    }

    /** The names of the steps the status allows, in the table's order. */
    public List<String> available(S status) {
        List<String> names = new ArrayList<>();
        for (Step<S> s : steps.values()) {
            if (s.allowedFrom(status)) {
                names.add(s.name());
            }
        }
        return names;
    }

    /** The steps the status allows and the caller holds the permission for — what a page or the API offers. */
    public List<String> available(S status, Caller caller) {
        List<String> names = new ArrayList<>();
        for (Step<S> s : steps.values()) {
            if (s.allowedFrom(status) && caller.can(s.permission())) {
                names.add(s.name());
            }
        }
        return names;
    }

    /** Whether some step leads from {@code from} to {@code to}. */
    public boolean allows(S from, S to) {
        return steps.values().stream().anyMatch(s -> s.to() == to && s.allowedFrom(from));
    }

    /** The states some step leads to from {@code from}. */
    public Set<S> next(S from) {
        Set<S> next = EnumSet.noneOf(type);
        steps.values().stream().filter(s -> s.to() != null && s.allowedFrom(from)).forEach(s -> next.add(s.to()));
        return next;
    }

    /**
     * Refuses the step when the status does not allow it now: 409 with the kernel's Chinese message. Aggregates call
     * this as their guard so that the table is the only place the rule is written.
     */
    public Step<S> check(String name, S current) {
        Step<S> step = require(name);
        if (!step.allowedFrom(current)) {
            throw UserFacingException.conflict("cases.step.notNow");
        }
        return step;
    }

    /** The states in which a case waits for someone holding {@code permission} (to-do steps only). */
    public Set<S> waitingFor(String permission) {
        Set<S> states = EnumSet.noneOf(type);
        steps.values().stream().filter(s -> s.todo() && s.permission().equals(permission)).forEach(s -> states.addAll(s.from()));
        return states;
    }

    public static final class Builder<S extends Enum<S>> {

        private final Class<S> type;
        private final Map<String, Step<S>> steps = new LinkedHashMap<>();

        private Builder(Class<S> type) {
            this.type = type;
        }

        /** A step that moves the case to {@code to} ({@code null}: the status stays). */
        public Builder<S> step(String name, String recorded, S to, String permission, S first, S... more) {
            return add(new Step<>(name, recorded, EnumSet.of(first, more), to, permission, false));
        }

        /** As {@link #step}, and a case in one of the from-states waits for someone holding the permission. */
        public Builder<S> todo(String name, String recorded, S to, String permission, S first, S... more) {
            return add(new Step<>(name, recorded, EnumSet.of(first, more), to, permission, true));
        }

        private Builder<S> add(Step<S> step) {
            if (steps.putIfAbsent(step.name(), step) != null) {
                throw new IllegalArgumentException("duplicate step " + step.name());
            }
            return this;
        }

        public Transitions<S> build() {
            return new Transitions<>(type, new LinkedHashMap<>(steps));
        }
    }
}
