package cn.fazhi.petitions;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What pages and the API send to {@link PetitionBacklog}. */
public final class PetitionCommands {

    private PetitionCommands() {}

    /**
     * A case taken into the backlog: the petitioner (name, ID number and phone, both optional and sealed), the subject,
     * the first petition's day, the responsible unit, the day taken in (default today) and optionally the 包案 leader.
     */
    public record Open(@Size(max = 100, message = "{petitions.validation.nameTooLong}") String petitionerName,
            @Size(max = 18, message = "{petitions.validation.idNumberTooLong}") String idNumber,
            @Size(max = 20, message = "{petitions.validation.phoneTooLong}") String phone,
            @Size(max = 1000, message = "{petitions.validation.textTooLong}") String subject,
            @DateTimeFormat(iso = ISO.DATE) LocalDate firstPetitionOn, Long unitId,
            @DateTimeFormat(iso = ISO.DATE) LocalDate takenOn,
            @Size(max = 100, message = "{petitions.validation.postTooLong}") String leaderPost,
            @Size(max = 50, message = "{petitions.validation.nameTooLong}") String leaderName) {}

    /**
     * A step: {@code leaderPost}/{@code leaderName} (assign); {@code on} the meeting's, resolution's or new petition's
     * day; {@code attendees} and {@code text} the meeting's decisions, the resolution's measures or the relapse's note;
     * {@code agreed} whether the petitioner agreed to the resolution; {@code version} the one read.
     */
    public record Step(@Size(max = 100, message = "{petitions.validation.postTooLong}") String leaderPost,
            @Size(max = 50, message = "{petitions.validation.nameTooLong}") String leaderName,
            @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @Size(max = 1000, message = "{petitions.validation.textTooLong}") String attendees,
            @Size(max = 4000, message = "{petitions.validation.textTooLong}") String text, Boolean agreed,
            @NotNull(message = "{petitions.validation.versionRequired}") Integer version) {}

    /** The list's filters: keyword (number, subject, petitioner), status, year taken in, age band at resolution. */
    public record Query(@Size(max = 100, message = "{petitions.validation.keywordTooLong}") String q,
            BacklogStatus status, Integer year, AgeBand band) {

        public static Query none() {
            return new Query(null, null, null, null);
        }
    }
}
