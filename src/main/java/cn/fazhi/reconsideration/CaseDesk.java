package cn.fazhi.reconsideration;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.cases.Transitions;
import cn.fazhi.identity.Assignees;
import cn.fazhi.identity.Assignees.Assignee;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.platform.web.FormRejected;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the reconsideration and litigation facades share, written once: a step on a case through the kernel (the case
 * row locked first), the scoped reads (timeline, attachments) through {@link CaseSteps#load}, the handler assignment's
 * candidates and names, and the input checks of a command record (Bean Validation, every error at once, named by the
 * field's label from the bundle).
 */
@Component
class CaseDesk {

    private final CaseSteps steps;
    private final CaseTimeline timeline;
    private final CaseAttachments attachments;
    private final Assignees assignees;
    private final Validator validator;

    CaseDesk(CaseSteps steps, CaseTimeline timeline, CaseAttachments attachments, Assignees assignees,
            Validator validator) {
        this.steps = steps;
        this.timeline = timeline;
        this.attachments = attachments;
        this.assignees = assignees;
        this.validator = validator;
    }

    /**
     * One step through the kernel. The case row is locked first ({@code lock}: {@code SELECT … FOR UPDATE}) so that
     * every step and every job takes its locks in one order: the case row, then what the step touches (legal clocks),
     * then the kernel's save, timeline and audit record (the audit chain head last). Two steps racing on one case
     * queue on the row instead of deadlocking; the second then sees the new version and gets the 409.
     */
    @Transactional
    <S extends Enum<S>, C extends CaseAggregate<S>> C step(CaseStore<C> store, LongFunction<Optional<C>> lock,
            Transitions<S> table, long id, Integer version, String step, Function<C, StepOutcome> body) {
        lock.apply(id);
        return steps.step(store, table, id, version, step, body);
    }

    <C extends CaseAggregate<?>> C load(CaseStore<C> store, long id) {
        return steps.load(store, id);
    }

    @Transactional(readOnly = true)
    List<TimelineEntry> timeline(CaseStore<?> store, long id) {
        steps.load(store, id);
        return timeline.of(new CaseRef(store.caseType(), id));
    }

    @Transactional(readOnly = true)
    List<Attachment> attachments(CaseStore<?> store, long id) {
        steps.load(store, id);
        return attachments.of(new CaseRef(store.caseType(), id));
    }

    @Transactional
    Attachment attach(CaseStore<?> store, long id, String fileName, InputStream content, String kind) {
        steps.load(store, id);
        return attachments.attach(new CaseRef(store.caseType(), id), fileName, content, kind);
    }

    /** The timeline of a case already loaded (scope checked) by the caller. */
    List<TimelineEntry> timelineOf(CaseRef ref) {
        return timeline.of(ref);
    }

    /** The attachments of a case already loaded (scope checked) by the caller. */
    List<Attachment> attachmentsOf(CaseRef ref) {
        return attachments.of(ref);
    }

    /** Who may be assigned a case: users holding {@code permission} whose scope covers its unit and region. */
    List<Assignee> candidates(String permission, long unitId, String regionCode) {
        return assignees.holding(permission, unitId, regionCode);
    }

    /** The candidate chosen, or 400 when {@code handlerId} is none of them. */
    Assignee candidate(String permission, long unitId, String regionCode, long handlerId) {
        return candidates(permission, unitId, regionCode).stream().filter(a -> a.id() == handlerId).findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("reconsideration.error.handler"));
    }

    /** Handlers' display names, each distinct handler read once (a list of 300 cases has a handful). */
    Map<Long, String> handlerNames(Collection<Long> handlerIds) {
        Map<Long, String> names = new HashMap<>();
        handlerIds.stream().filter(java.util.Objects::nonNull).distinct()
                .forEach(h -> assignees.displayName(h).ifPresent(n -> names.put(h, n)));
        return names;
    }

    /**
     * The Bean Validation checks of a command record, every error at once (400, the API's problem lists them all,
     * a page shows each next to its field). Required and length messages name the field by its label
     * ({@code reconsideration.field.<name>}); any other constraint's message template is a bundle key of its own.
     */
    void check(Object command) {
        if (command == null) {
            throw UserFacingException.badRequest("reconsideration.error.body");
        }
        FormErrors errors = new FormErrors();
        java.util.List<ConstraintViolation<Object>> violations = new java.util.ArrayList<>(validator.validate(command));
        List<String> order = command.getClass().isRecord()
                ? java.util.Arrays.stream(command.getClass().getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toList()
                : List.of();
        violations.sort(java.util.Comparator.comparingInt((ConstraintViolation<Object> v) -> {
            int i = order.indexOf(v.getPropertyPath().iterator().next().getName());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> v : violations) {
            String path = v.getPropertyPath().toString().replace(".<list element>", "");
            String leaf = null;
            for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    leaf = node.getName();
                }
            }
            var annotation = v.getConstraintDescriptor().getAnnotation();
            if (annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty) {
                errors.add(path, "reconsideration.error.required", label(leaf));
            } else if (annotation instanceof Size size) {
                errors.add(path, "reconsideration.error.tooLong", label(leaf), size.max());
            } else {
                String template = v.getMessageTemplate();
                String key = template.startsWith("{") && template.endsWith("}")
                        ? template.substring(1, template.length() - 1) : template;
                errors.add(path, key, v.getInvalidValue());
            }
        }
        FormRejected.throwIfAny(errors);
    }

    /** A date that happened: not after {@code today}, and within the business dates the platform accepts. */
    static LocalDate notFuture(LocalDate value, String field, LocalDate today) {
        if (value == null) {
            throw UserFacingException.badRequest("reconsideration.error.required", label(field));
        }
        if (value.isAfter(today)) {
            throw new FormRejected(new FormErrors().add(field, "reconsideration.error.future", label(field)));
        }
        return BusinessDates.check(value, label(field), today);
    }

    /** A text as stored: stripped, null when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Object label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"reconsideration.field." + field}, field);
    }
}
