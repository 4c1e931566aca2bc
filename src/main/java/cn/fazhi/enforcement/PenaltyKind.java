package cn.fazhi.enforcement;

/**
 * The kinds of 行政处罚 (处罚法 Art. 9) a notice intends or a decision imposes, and NOT_PUNISHED for a 不予处罚 decision
 * (Art. 33): 警告/通报批评, 罚款, 没收违法所得/非法财物, 降低资质等级, 吊销许可证件, 责令停产停业/关闭/限制从业, 行政拘留, 其他.
 */
public enum PenaltyKind {
    WARNING, FINE, CONFISCATION, LICENCE_DOWNGRADE, LICENCE_REVOKED, SUSPENSION, DETENTION, OTHER, NOT_PUNISHED;

    static java.util.Set<PenaltyKind> parse(String joined) {
        java.util.Set<PenaltyKind> kinds = java.util.EnumSet.noneOf(PenaltyKind.class);
        if (joined != null && !joined.isBlank()) {
            for (String k : joined.split(",")) {
                kinds.add(valueOf(k.strip()));
            }
        }
        return kinds;
    }

    static String join(java.util.Collection<PenaltyKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return null;
        }
        return java.util.EnumSet.copyOf(kinds).stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }
}
