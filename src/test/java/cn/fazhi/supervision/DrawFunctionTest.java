package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cn.fazhi.platform.identifiers.Uscc;

/**
 * fazhi-draw-v1: reproducible from its inputs alone, independent of their order, different when any input changes,
 * avoidance and load caps respected, refusals when it cannot be drawn; and fixed vectors so that any change of the
 * published function is noticed (tools/verify-draw.py checks the same vectors).
 */
class DrawFunctionTest {

    static final String SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    static List<String> entities(int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String first17 = String.format("91421202MA%07d", i);
            list.add(first17 + Uscc.checkCharacter(first17));
        }
        return list;
    }

    static List<DrawFunction.Inspector> inspectors(String group, int n) {
        List<DrawFunction.Inspector> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new DrawFunction.Inspector(String.format("42%s%05d", group.replace("-", ""), i), group));
        }
        return list;
    }

    static SortedMap<String, Integer> wanted(Object... kv) {
        SortedMap<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    static DrawFunction.Input input(List<String> e, List<DrawFunction.Inspector> i, Set<String> a, int n,
            SortedMap<String, Integer> w, String seed) {
        return new DrawFunction.Input(e, i, a, n, w, seed);
    }

    @Test
    void theSameInputsGiveTheSameSelectionWhateverTheirOrder() {
        List<String> e = entities(500);
        List<DrawFunction.Inspector> i = inspectors("XA-SCJGJ", 12);
        List<DrawFunction.Pick> first = DrawFunction.select(input(e, i, Set.of(), 25, wanted("XA-SCJGJ", 2), SEED));
        List<String> shuffled = new ArrayList<>(e);
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<DrawFunction.Inspector> shuffledInspectors = new ArrayList<>(i);
        Collections.shuffle(shuffledInspectors, new java.util.Random(8));
        assertThat(DrawFunction.select(input(shuffled, shuffledInspectors, Set.of(), 25, wanted("XA-SCJGJ", 2), SEED)))
                .isEqualTo(first);
        assertThat(first).hasSize(25).extracting(DrawFunction.Pick::rank).startsWith(1, 2, 3);
        assertThat(first).allSatisfy(p -> assertThat(p.inspectors()).hasSize(2).doesNotHaveDuplicates());
        assertThat(first.stream().map(DrawFunction.Pick::uscc).distinct().count()).isEqualTo(25);
    }

    @Test
    void anyChangedInputChangesTheSelection() {
        List<String> e = entities(500);
        List<DrawFunction.Inspector> i = inspectors("XA-SCJGJ", 12);
        List<DrawFunction.Pick> base = DrawFunction.select(input(e, i, Set.of(), 25, wanted("XA-SCJGJ", 2), SEED));
        String otherSeed = "f" + SEED.substring(1);
        assertThat(DrawFunction.select(input(e, i, Set.of(), 25, wanted("XA-SCJGJ", 2), otherSeed))).isNotEqualTo(base);
        List<String> fewer = new ArrayList<>(e);
        fewer.remove(base.get(0).uscc());
        assertThat(DrawFunction.select(input(fewer, i, Set.of(), 25, wanted("XA-SCJGJ", 2), SEED))).isNotEqualTo(base);
        List<DrawFunction.Inspector> moreInspectors = new ArrayList<>(i);
        moreInspectors.add(new DrawFunction.Inspector("42XASCJGJ99999", "XA-SCJGJ"));
        assertThat(DrawFunction.select(input(e, moreInspectors, Set.of(), 25, wanted("XA-SCJGJ", 2), SEED))).isNotEqualTo(base);
        assertThat(DrawFunction.select(input(e, i, Set.of(), 26, wanted("XA-SCJGJ", 2), SEED))).isNotEqualTo(base);
        Set<String> avoid = Set.of(DrawFunction.pairDigest(base.get(0).inspectors().get(0), base.get(0).uscc()));
        assertThat(DrawFunction.select(input(e, i, avoid, 25, wanted("XA-SCJGJ", 2), SEED))).isNotEqualTo(base);
    }

    @Test
    void avoidedPairsAreNeverDrawnTogether() {
        List<String> e = entities(200);
        List<DrawFunction.Inspector> i = inspectors("XA-SCJGJ", 6);
        List<DrawFunction.Pick> base = DrawFunction.select(input(e, i, Set.of(), 40, wanted("XA-SCJGJ", 2), SEED));
        // every pair drawn the first time is avoided the second time (the "same pair as last time" rule), plus a relation
        Set<String> avoid = new HashSet<>();
        for (DrawFunction.Pick p : base) {
            p.inspectors().forEach(k -> avoid.add(DrawFunction.pairDigest(k, p.uscc())));
        }
        List<DrawFunction.Pick> again = DrawFunction.select(input(e, i, avoid, 40, wanted("XA-SCJGJ", 2), SEED));
        assertThat(again.stream().map(DrawFunction.Pick::uscc)).containsExactlyElementsOf(
                base.stream().map(DrawFunction.Pick::uscc).toList());
        for (DrawFunction.Pick p : again) {
            assertThat(p.inspectors()).allSatisfy(k -> assertThat(avoid).doesNotContain(DrawFunction.pairDigest(k, p.uscc())));
        }
    }

    @Test
    void theLoadIsSpreadAndAJointTaskTakesEachDepartment() {
        List<String> e = entities(1000);
        List<DrawFunction.Inspector> i = new ArrayList<>(inspectors("XA-SCJGJ", 10));
        i.addAll(inspectors("XA-ZJJ", 4));
        List<DrawFunction.Pick> picks = DrawFunction.select(input(e, i, Set.of(), 100, wanted("XA-SCJGJ", 2, "XA-ZJJ", 1), SEED));
        Map<String, Integer> load = new HashMap<>();
        picks.forEach(p -> p.inspectors().forEach(k -> load.merge(k, 1, Integer::sum)));
        // cap = ceil(100 × 2 / 10) = 20 for the market bureau, ceil(100 × 1 / 4) = 25 for housing
        assertThat(load.entrySet()).allSatisfy(x -> assertThat(x.getValue()).isLessThanOrEqualTo(x.getKey().contains("SCJGJ") ? 20 : 25));
        assertThat(picks).allSatisfy(p -> {
            assertThat(p.inspectors()).hasSize(3);
            assertThat(p.inspectors().get(0)).contains("SCJGJ");
            assertThat(p.inspectors().get(2)).contains("ZJJ");
        });
    }

    @Test
    void refusesWhatCannotBeDrawn() {
        List<String> e = entities(10);
        List<DrawFunction.Inspector> i = inspectors("XA-SCJGJ", 2);
        assertThatThrownBy(() -> DrawFunction.select(input(List.of(), i, Set.of(), 1, wanted("XA-SCJGJ", 2), SEED)))
                .hasMessageStartingWith("noEntities");
        assertThatThrownBy(() -> DrawFunction.select(input(e, i, Set.of(), 11, wanted("XA-SCJGJ", 2), SEED)))
                .hasMessageStartingWith("sampleSize");
        assertThatThrownBy(() -> DrawFunction.select(input(e, i, Set.of(), 2, wanted("XA-SCJGJ", 3), SEED)))
                .hasMessageStartingWith("groupTooSmall");
        assertThatThrownBy(() -> DrawFunction.select(input(e, i, Set.of(), 2, wanted("XA-SCJGJ", 2), "abc")))
                .hasMessageStartingWith("badSeed");
        List<String> twice = new ArrayList<>(e);
        twice.add(e.get(0));
        assertThatThrownBy(() -> DrawFunction.select(input(twice, i, Set.of(), 2, wanted("XA-SCJGJ", 2), SEED)))
                .hasMessageStartingWith("duplicateEntity");
        Set<String> all = new HashSet<>();
        e.forEach(u -> i.forEach(x -> all.add(DrawFunction.pairDigest(x.key(), u))));
        assertThatThrownBy(() -> DrawFunction.select(input(e, i, all, 2, wanted("XA-SCJGJ", 2), SEED)))
                .hasMessageStartingWith("noInspectorLeft");
    }

    /** Fixed vectors of the published function (also in tools/verify-draw.py --self-test). */
    @Test
    void publishedVectors() {
        List<DrawFunction.Pick> picks = DrawFunction.select(input(entities(50), inspectors("XA-SCJGJ", 5), Set.of(), 3,
                wanted("XA-SCJGJ", 2), SEED));
        assertThat(DrawFunction.sm3("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(picks.toString()).isEqualTo(VECTOR);
    }

    static final String VECTOR = "[Pick[rank=1, uscc=91421202MA00000262, inspectors=[42XASCJGJ00002, 42XASCJGJ00003]], Pick["
            + "rank=2, uscc=91421202MA0000029B, inspectors=[42XASCJGJ00001, 42XASCJGJ00003]], Pick[rank=3"
            + ", uscc=91421202MA00000363, inspectors=[42XASCJGJ00002, 42XASCJGJ00000]]]";
}
