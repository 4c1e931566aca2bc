package cn.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff send to publish or withdraw a decision; {@code version} is the record's version as read. */
public final class PublicationCommands {

    private PublicationCommands() {}

    public record Publish(@NotNull(message = "{enforcement.publication.versionRequired}") Integer version) {}

    public record Withdraw(@NotNull(message = "{enforcement.publication.versionRequired}") Integer version,
            @NotBlank(message = "{enforcement.publication.reasonRequired}")
            @Size(max = 1000, message = "{enforcement.publication.reasonTooLong}") String reason) {}

    /** Staff list filters: status, overdue only, decision year, keyword. */
    public record Query(PublicationStatus status, Boolean overdue, Integer year, String q) {}
}
