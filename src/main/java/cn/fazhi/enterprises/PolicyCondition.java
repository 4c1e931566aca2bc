package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.fazhi.platform.web.UserFacingException;

/**
 * One eligibility condition of a policy, as data: an attribute of the enterprise, an operator and a value (a
 * comma-separated list or a number). Every condition of a policy must hold for an enterprise to be eligible.
 *
 * <ul>
 * <li>INDUSTRY IN / NOT_IN: GB/T 4754 code prefixes (e.g. {@code C13,C14});</li>
 * <li>SIZE IN / NOT_IN: {@link EnterpriseSize} names;</li>
 * <li>REGION IN / NOT_IN: registration region codes (a township, or the district for all of it);</li>
 * <li>AGE GE / LE: full years since the registration date, on the day matched;</li>
 * <li>CERTIFICATION ALL: certification codes, each valid on the day matched;</li>
 * <li>REVENUE GE / LE: annual revenue in 万元; EMPLOYEES GE / LE: employees.</li>
 * </ul>
 */
public record PolicyCondition(Attribute attribute, Operator operator, String value) {

    public enum Operator { IN, NOT_IN, GE, LE, ALL }

    public enum Attribute {
        INDUSTRY(Operator.IN, Operator.NOT_IN), SIZE(Operator.IN, Operator.NOT_IN), REGION(Operator.IN, Operator.NOT_IN),
        AGE(Operator.GE, Operator.LE), CERTIFICATION(Operator.ALL), REVENUE(Operator.GE, Operator.LE),
        EMPLOYEES(Operator.GE, Operator.LE);

        private final Set<Operator> operators;

        Attribute(Operator first, Operator... more) {
            this.operators = EnumSet.of(first, more);
        }

        public Set<Operator> operators() {
            return operators;
        }

        public boolean numeric() {
            return this == AGE || this == REVENUE || this == EMPLOYEES;
        }
    }

    /** The listed values (for IN, NOT_IN, ALL). */
    public List<String> values() {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The number (for GE, LE). */
    public BigDecimal number() {
        return new BigDecimal(value.strip());
    }

    /** The condition as one line of text: {@code ATTRIBUTE OPERATOR value}, the form the staff page edits. */
    public String line() {
        return attribute + " " + operator + " " + value;
    }

    /**
     * A condition checked: a known attribute, an operator it allows, and a value of its kind (a non-negative number
     * for GE/LE, a size name for SIZE, a region code for REGION, a code prefix for INDUSTRY). {@code position} (from 1)
     * names the bad condition in the 400's Chinese message.
     */
    public static PolicyCondition of(String attribute, String operator, String value, int position) {
        Attribute a;
        Operator o;
        try {
            a = Attribute.valueOf(attribute == null ? "" : attribute.strip().toUpperCase());
            o = Operator.valueOf(operator == null ? "" : operator.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("policies.error.condition", position);
        }
        if (!a.operators().contains(o)) {
            throw UserFacingException.badRequest("policies.error.conditionOperator", position);
        }
        String v = value == null ? "" : value.strip().replace('\uFF0C', ',').replace(" ", "");
        if (v.isEmpty() || v.length() > 500) {
            throw UserFacingException.badRequest("policies.error.conditionValue", position);
        }
        PolicyCondition c = new PolicyCondition(a, o, a == Attribute.INDUSTRY || a == Attribute.SIZE
                || a == Attribute.CERTIFICATION ? v.toUpperCase() : v);
        if (a.numeric()) {
            try {
                if (c.number().signum() < 0) {
                    throw UserFacingException.badRequest("policies.error.conditionValue", position);
                }
            } catch (NumberFormatException e) {
                throw UserFacingException.badRequest("policies.error.conditionValue", position);
            }
        } else {
            for (String s : c.values()) {
                boolean ok = switch (a) {
                    case SIZE -> Arrays.stream(EnterpriseSize.values()).anyMatch(z -> z.name().equals(s));
                    case REGION -> s.matches("\\d{6,12}");
                    case INDUSTRY -> s.matches("[A-T]\\d{0,4}");
                    default -> s.matches("[A-Z][A-Z0-9_]{0,31}");
                };
                if (!ok) {
                    throw UserFacingException.badRequest("policies.error.conditionValue", position);
                }
            }
            if (c.values().isEmpty()) {
                throw UserFacingException.badRequest("policies.error.conditionValue", position);
            }
        }
        return c;
    }

    /**
     * Conditions from text, one per line as {@code ATTRIBUTE OPERATOR value} (blank lines skipped); a bad line is
     * refused with its number.
     */
    public static List<PolicyCondition> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] lines = text.strip().split("\\R");
        java.util.ArrayList<PolicyCondition> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw UserFacingException.badRequest("policies.error.condition", i + 1);
            }
            out.add(of(parts[0], parts[1], parts[2], i + 1));
        }
        return out;
    }
}
