package cn.fazhi.petitions;

/**
 * A backlog case's state: OPEN (taken into the backlog) → RESOLVED (化解: measures, evidence, the petitioner's
 * agreement) → REOPENED by a relapse (a new petition on the same matter) → RESOLVED again.
 */
public enum BacklogStatus {
    OPEN, RESOLVED, REOPENED;

    public boolean open() {
        return this != RESOLVED;
    }
}
