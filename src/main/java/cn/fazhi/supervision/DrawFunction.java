package cn.fazhi.supervision;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The published draw function {@value #ALGORITHM} of 双随机、一公开 (docs/supervision/random-draw.md is its
 * specification, {@code tools/verify-draw.py} an independent implementation): a pure function of the frozen lists,
 * the revealed seed, the sample size and the inspectors wanted per entity and group. Nothing else — no clock, no
 * database, no order of the input — so anyone holding the published data computes the same selection, and changing
 * any input changes it.
 *
 * <p>H(x) is SM3 (GB/T 32905) of the UTF-8 bytes of x as 64 lowercase hex digits; "|" separates the parts.
 * <ol>
 * <li><b>Entities</b>: each candidate USCC u gets the key H(seed|E|u); the candidates sorted by (key, u) ascending,
 * the first {@code sampleSize} are drawn, in that order (rank 1, 2, …).</li>
 * <li><b>Inspectors</b>, for each drawn entity in rank order and each group g in ascending order (a group is the
 * inspectors' department; a joint task wants one or more from each participating department): the group's
 * inspectors sorted by key form C (size m); an inspector x is <i>eligible</i> for entity u when not yet chosen for u,
 * H(x|u) is not in the avoidance list (declared relations and last time's pairs — 回避) and x has fewer than
 * cap = ceil(sampleSize × wanted(g) / m) assignments in this draw (so the load is spread). Probes j = 0 … 31:
 * x = C[v(H(seed|I|u|g|j)) mod m], taken if eligible, until wanted(g) are chosen. If still short: a scan of C from
 * index v(H(seed|I|u|g|scan)) mod m onwards (cyclically) takes eligible ones; if still short, a second such scan
 * ignores the cap; if still short the draw fails for u and g (not enough inspectors without a conflict).
 * v(h) is the unsigned value of the first 16 hex digits of h.</li>
 * </ol>
 */
public final class DrawFunction {

    public static final String ALGORITHM = "fazhi-draw-v1";

    static final int PROBES = 32;

    private DrawFunction() {}

    /** An inspector in a draw: the public key (the enforcement certificate number) and the group (the unit's code). */
    public record Inspector(String key, String group) {}

    /**
     * The function's input. {@code avoidance}: the H(key|uscc) values of pairs never to be drawn together;
     * {@code perEntity}: inspectors wanted per drawn entity from each group; {@code seed}: 64 lowercase hex digits.
     */
    public record Input(List<String> entities, List<Inspector> inspectors, Set<String> avoidance, int sampleSize,
            SortedMap<String, Integer> perEntity, String seed) {}

    /** One drawn entity with its inspectors' keys, group by group. */
    public record Pick(int rank, String uscc, List<String> inspectors) {}

    /** Why a draw cannot be made from its input (the caller turns it into a Chinese message). */
    public static final class DrawRefused extends RuntimeException {

        private final String reason;
        private final String detail;

        DrawRefused(String reason, String detail) {
            super(reason + (detail == null ? "" : ": " + detail));
            this.reason = reason;
            this.detail = detail;
        }

        /** A code: noEntities, sampleSize, duplicateEntity, duplicateInspector, badSeed, groupTooSmall, noInspectorLeft. */
        public String reason() {
            return reason;
        }

        public String detail() {
            return detail;
        }
    }

    /** The draw. */
    public static List<Pick> select(Input in) {
        if (in.seed() == null || !in.seed().matches("[0-9a-f]{64}")) {
            throw new DrawRefused("badSeed", null);
        }
        List<String> entities = sortedUnique(in.entities());
        if (entities.isEmpty()) {
            throw new DrawRefused("noEntities", null);
        }
        int n = in.sampleSize();
        if (n < 1 || n > entities.size()) {
            throw new DrawRefused("sampleSize", Integer.toString(n));
        }
        Map<String, List<String>> groups = groups(in.inspectors());
        SortedMap<String, Integer> wanted = new TreeMap<>(in.perEntity());
        for (Map.Entry<String, Integer> w : wanted.entrySet()) {
            List<String> members = groups.getOrDefault(w.getKey(), List.of());
            if (w.getValue() < 1 || members.size() < w.getValue()) {
                throw new DrawRefused("groupTooSmall", w.getKey());
            }
        }
        Hasher h = new Hasher(in.seed());

        String[] keys = new String[entities.size()];
        Integer[] order = new Integer[entities.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = h.seeded("|E|" + entities.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, String>comparing(i -> keys[i]).thenComparing(entities::get));

        Map<String, Integer> load = new HashMap<>();
        Set<String> avoidance = in.avoidance() == null ? Set.of() : in.avoidance();
        List<Pick> picks = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            String uscc = entities.get(order[r]);
            List<String> chosen = new ArrayList<>();
            for (Map.Entry<String, Integer> w : wanted.entrySet()) {
                String g = w.getKey();
                List<String> c = groups.get(g);
                int m = c.size();
                int cap = (int) Math.ceil((double) n * w.getValue() / m);
                Set<String> mine = new HashSet<>();
                int need = w.getValue();
                for (int j = 0; j < PROBES && mine.size() < need; j++) {
                    String x = c.get(index(h.seeded("|I|" + uscc + "|" + g + "|" + j), m));
                    if (eligible(x, uscc, mine, avoidance, load, cap)) {
                        take(x, mine, chosen, load);
                    }
                }
                int start = index(h.seeded("|I|" + uscc + "|" + g + "|scan"), m);
                for (int pass = 0; pass < 2 && mine.size() < need; pass++) {
                    for (int i = 0; i < m && mine.size() < need; i++) {
                        String x = c.get((start + i) % m);
                        if (eligible(x, uscc, mine, avoidance, load, pass == 0 ? cap : Integer.MAX_VALUE)) {
                            take(x, mine, chosen, load);
                        }
                    }
                }
                if (mine.size() < need) {
                    throw new DrawRefused("noInspectorLeft", uscc + "|" + g);
                }
            }
            picks.add(new Pick(r + 1, uscc, List.copyOf(chosen)));
        }
        return picks;
    }

    /** H(key|uscc): how a pair is written in the avoidance list. */
    public static String pairDigest(String inspectorKey, String uscc) {
        return sm3(inspectorKey + "|" + uscc);
    }

    /** SM3 of a text's UTF-8 bytes, 64 lowercase hex digits. */
    public static String sm3(String text) {
        SM3Digest d = new SM3Digest();
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        d.update(b, 0, b.length);
        return hex(d);
    }

    private static boolean eligible(String x, String uscc, Set<String> mine, Set<String> avoidance,
            Map<String, Integer> load, int cap) {
        return !mine.contains(x) && load.getOrDefault(x, 0) < cap && !avoidance.contains(pairDigest(x, uscc));
    }

    private static void take(String x, Set<String> mine, List<String> chosen, Map<String, Integer> load) {
        mine.add(x);
        chosen.add(x);
        load.merge(x, 1, Integer::sum);
    }

    static int index(String hash, int m) {
        return (int) Long.remainderUnsigned(Long.parseUnsignedLong(hash.substring(0, 16), 16), m);
    }

    private static List<String> sortedUnique(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new DrawRefused("duplicateEntity", sorted.get(i));
            }
        }
        return sorted;
    }

    private static Map<String, List<String>> groups(List<Inspector> inspectors) {
        List<Inspector> sorted = new ArrayList<>(inspectors);
        sorted.sort(Comparator.comparing(Inspector::key));
        Map<String, List<String>> groups = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && sorted.get(i).key().equals(sorted.get(i - 1).key())) {
                throw new DrawRefused("duplicateInspector", sorted.get(i).key());
            }
            groups.computeIfAbsent(sorted.get(i).group(), g -> new ArrayList<>()).add(sorted.get(i).key());
        }
        return groups;
    }

    private static String hex(SM3Digest d) {
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return java.util.HexFormat.of().formatHex(out);
    }

    /** H(seed|…) with the seed's prefix hashed once and copied (the same value as hashing the whole text). */
    private static final class Hasher {

        private final SM3Digest prefix = new SM3Digest();

        Hasher(String seed) {
            byte[] b = seed.getBytes(StandardCharsets.UTF_8);
            prefix.update(b, 0, b.length);
        }

        String seeded(String rest) {
            SM3Digest d = new SM3Digest(prefix);
            byte[] b = rest.getBytes(StandardCharsets.UTF_8);
            d.update(b, 0, b.length);
            return hex(d);
        }
    }
}
