package cn.fazhi.oneform;

import java.time.LocalDate;

/** A person of the register as lists show it: the ID number and phone masked; sex and birth date from the ID. */
public record PersonView(long id, String name, String idMasked, String sex, LocalDate bornOn, int age,
        Relation relation, String phoneMasked, PersonStatus status, String villageCode, String villageName,
        String townshipName, String groupName, String householdNo, String address, LocalDate registeredOn,
        int version) {}
