package cn.fazhi.reconsideration;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * What reconsideration and litigation cases share about reading: a case is visible when the caller's data scope
 * covers its unit and region (else 404); {@code canRead} for the case kernel's attachment downloads; the case
 * reference, its timeline and attachments; and the loading of a case for a step ({@link #forStep}). The facades keep
 * their transactions and delegate here.
 */
final class ScopedCases<T> {

    private final String type;
    private final String viewPermission;
    private final LongFunction<Optional<T>> finder;
    private final LongFunction<Optional<T>> locker;
    private final ToIntFunction<T> version;
    private final ToLongFunction<T> unit;
    private final Function<T, String> region;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseAttachments attachments;

    /**
     * {@code finder} reads a case, {@code locker} reads it and locks its row until the transaction ends
     * ({@code SELECT … FOR UPDATE}), {@code version} gives its optimistic version.
     */
    ScopedCases(String type, String viewPermission, LongFunction<Optional<T>> finder, LongFunction<Optional<T>> locker,
            ToIntFunction<T> version, ToLongFunction<T> unit, Function<T, String> region, CurrentUsers currentUsers,
            CaseTimeline timeline, CaseAttachments attachments) {
        this.type = type;
        this.viewPermission = viewPermission;
        this.finder = finder;
        this.locker = locker;
        this.version = version;
        this.unit = unit;
        this.region = region;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.attachments = attachments;
    }

    CaseRef ref(long id) {
        return new CaseRef(type, id);
    }

    private Optional<T> inScope(long id) {
        DataScope scope = currentUsers.scope();
        return finder.apply(id).filter(c -> scope.covers(unit.applyAsLong(c), region.apply(c)));
    }

    /** The case if the caller's scope covers it; otherwise 404, as if it did not exist. */
    T visible(long id) {
        return inScope(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /**
     * The case for a step the caller takes having seen it at {@code seenVersion}: 404 outside the caller's scope, 400
     * without a version, 409 when the case changed since (nothing is changed then). The case row is locked first, so
     * that every step — and every job — takes its locks in one order: the case row, then whatever the step touches
     * (legal clocks, timeline), and the audit chain head last, when the step is recorded. Two steps racing on one
     * case therefore queue on the row instead of deadlocking; the second then sees the new version and gets the 409.
     */
    T forStep(long id, Integer seenVersion) {
        visible(id);
        if (seenVersion == null) {
            throw UserFacingException.badRequest("reconsideration.error.versionRequired");
        }
        T c = locker.apply(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        int current = version.applyAsInt(c);
        if (current != seenVersion) {
            throw UserFacingException.conflict("reconsideration.error.staleVersion", seenVersion, current);
        }
        return c;
    }

    /** The case locked for a job that runs without a caller (no scope, no version): the same lock order as a step. */
    Optional<T> lockedForJob(long id) {
        return locker.apply(id);
    }

    boolean canRead(long id) {
        return currentUsers.can(viewPermission) && inScope(id).isPresent();
    }

    Attachment attach(long id, String fileName, InputStream content, String kind) {
        visible(id);
        return attachments.attach(ref(id), fileName, content, kind);
    }

    List<Attachment> attachments(long id) {
        visible(id);
        return attachments.of(ref(id));
    }

    List<TimelineEntry> timeline(long id) {
        visible(id);
        return timeline.of(ref(id));
    }
}
