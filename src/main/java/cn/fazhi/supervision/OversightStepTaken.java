package cn.fazhi.supervision;

/** A step of an inspection mission was taken ({@code step} from the transition table), leaving it in {@code status}. */
public record OversightStepTaken(long missionId, String caseNumber, String step, String status) {}
