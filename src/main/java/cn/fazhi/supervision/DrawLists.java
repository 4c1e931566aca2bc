package cn.fazhi.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The frozen lists of a draw as published, byte for byte (UTF-8, every line ending with "\n", the lines sorted):
 * {@code entities} — one USCC per line; {@code inspectors} — "key,group" per line, sorted by key; {@code avoidance}
 * — one H(key|uscc) per line. A list's digest is the SM3 of its text; {@link #parse} reads a published text back.
 */
public record DrawLists(String entities, String inspectors, String avoidance) {

    public static final String ENTITIES = "entities";
    public static final String INSPECTORS = "inspectors";
    public static final String AVOIDANCE = "avoidance";

    /** The canonical texts of the lists. */
    public static DrawLists of(List<String> entities, List<DrawFunction.Inspector> inspectors, Set<String> avoidance) {
        StringBuilder e = new StringBuilder(entities.size() * 19);
        entities.stream().sorted().forEach(u -> e.append(u).append('\n'));
        StringBuilder i = new StringBuilder();
        inspectors.stream().sorted(Comparator.comparing(DrawFunction.Inspector::key))
                .forEach(x -> i.append(x.key()).append(',').append(x.group()).append('\n'));
        StringBuilder a = new StringBuilder();
        avoidance.stream().sorted().forEach(h -> a.append(h).append('\n'));
        return new DrawLists(e.toString(), i.toString(), a.toString());
    }

    public String text(String kind) {
        return switch (kind) {
            case ENTITIES -> entities;
            case INSPECTORS -> inspectors;
            case AVOIDANCE -> avoidance;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    public String digest(String kind) {
        return DrawFunction.sm3(text(kind));
    }

    public List<String> entityList() {
        return lines(entities);
    }

    public List<DrawFunction.Inspector> inspectorList() {
        List<DrawFunction.Inspector> list = new ArrayList<>();
        for (String line : lines(inspectors)) {
            int comma = line.lastIndexOf(',');
            list.add(new DrawFunction.Inspector(line.substring(0, comma), line.substring(comma + 1)));
        }
        return list;
    }

    public Set<String> avoidanceSet() {
        return new HashSet<>(lines(avoidance));
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
}
