package cn.fazhi.oneform;

import java.time.LocalDate;
import java.util.List;

/** A person to write into the register (from an import row, the demo, or an approved change request). */
public record NewPerson(String householdNo, String villageCode, String name, String idNumber, Relation relation,
        String phone, LocalDate registeredOn, List<AttributeView> attributes) {}
