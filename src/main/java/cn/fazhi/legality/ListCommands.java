package cn.fazhi.legality;

/** What callers send to {@link PublicLists}. */
public final class ListCommands {

    private ListCommands() {}

    public record Item(String code, String name, String department, String basis, CertificateHandling handling) {}

    public record Publish(String edition, Integer version) {}
}
