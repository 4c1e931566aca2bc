package cn.fazhi.legality;

import java.time.LocalDate;

/** A public list: its edition (e.g. 2023年版), when it was published (null: not on the portal) and its size. */
public record ListView(ListKind kind, String edition, LocalDate publishedOn, long items, long notificationCommitment,
        int version) {

    public boolean published() {
        return publishedOn != null;
    }
}
