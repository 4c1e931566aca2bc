package cn.fazhi.supervision;

/** A finished import of the register: rows read, entities added and entities updated (upsert by USCC). */
public record TargetRegisterImported(int rows, int created, int updated) implements java.io.Serializable {}
