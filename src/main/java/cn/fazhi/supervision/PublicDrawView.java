package cn.fazhi.supervision;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A draw as the public sees it — enough to recompute it: the task, the lists' sizes, digests and addresses, the
 * commitment, the seed once revealed, the groups and the selection (empty until drawn).
 */
public record PublicDrawView(long id, String taskNumber, String taskTitle, String unit, Draws.Status status,
        String algorithm, int sampleSize, List<Group> groups, List<PublishedList> lists, String commitment,
        String seed, OffsetDateTime committedAt, OffsetDateTime drawnAt, String abandonedReason, List<Selected> selection) {

    /** A group of the function (a unit's code), the unit's name and the inspectors wanted per drawn entity. */
    public record Group(String code, String name, int perEntity) {}

    /** A frozen list: its kind ({@code entities}, {@code inspectors}, {@code avoidance}), lines, SM3 digest, address. */
    public record PublishedList(String kind, int count, String digest, String url) {}

    /** A drawn entity: rank, USCC, name (from the register) and its inspectors' certificate numbers. */
    public record Selected(int rank, String uscc, String name, List<String> inspectors) {}
}
