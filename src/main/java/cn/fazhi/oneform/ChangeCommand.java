package cn.fazhi.oneform;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A village's request to change the register. Which fields count depends on the kind: ADD_PERSON (village,
 * household number — an existing household of the village, or a new one with group and address — name, ID number,
 * relation, phone); SET_ATTRIBUTE (person, attribute, grade where graded, source, date); REMOVE_ATTRIBUTE (person,
 * attribute); MOVE_HOUSEHOLD (person: their household moves to another group of the village, optionally a new
 * address); DEATH and REMOVAL (person, date). Reason always; evidence (the document seen) optional.
 */
public record ChangeCommand(
        @NotNull(message = "{oneform.validation.kind}") ChangeKind kind,
        Long personId,
        @Size(max = 12) String village,
        @Size(max = 24) String householdNo,
        @Size(max = 50) String groupName,
        @Size(max = 200) String address,
        @Size(max = 50) String name,
        @Size(max = 18) String idNumber,
        Relation relation,
        @Size(max = 20) String phone,
        @Size(max = 32) String attribute,
        @Size(max = 16) String grade,
        @Size(max = 100) String source,
        LocalDate date,
        @NotBlank(message = "{oneform.validation.reason}") @Size(max = 500) String reason,
        @Size(max = 500) String evidence) {}
