package cn.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;

/**
 * Benchmark (bench/publicity.sh): the balance of all 78 roster units of 2023 (DutyFulfilments.of, what the page, the
 * indicator publicity.units_short and the assessment source compute), the portal's duty-list page and its 法治副校长 page,
 * against the baseline of a static asset served in the same run. Appends medians and p95 to target/bench-publicity.txt.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "fazhi.bench.publicity", matches = "true")
class PublicityBenchTest {

    static final int CALLS = 300;

    @Autowired DutyFulfilments fulfilments;
    @Autowired MockMvc mvc;

    interface Call {
        void run() throws Exception;
    }

    static double[] time(Call call) throws Exception {
        for (int i = 0; i < 50; i++) {
            call.run();
        }
        double[] out = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            call.run();
            out[i] = (System.nanoTime() - t) / 1e6;
        }
        return out;
    }

    static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    @Test
    void theBalanceAndThePortalPages() throws Exception {
        double[] balance = time(() -> assertThat(fulfilments.of(2023, null)).hasSize(78));
        double[] duties = time(() -> mvc.perform(get("/public/publicity/duties")).andExpect(status().isOk()));
        double[] vps = time(() -> mvc.perform(get("/public/publicity/vice-principals")).andExpect(status().isOk()));
        double[] asset = time(() -> mvc.perform(get("/css/fazhi.css")).andExpect(status().isOk()));
        String line = String.format(Locale.ROOT, "%s calls=%d balance78_p50_ms=%.2f balance78_p95_ms=%.2f "
                        + "portal_duties_p50_ms=%.2f portal_duties_p95_ms=%.2f portal_vp_p50_ms=%.2f portal_vp_p95_ms=%.2f "
                        + "static_p50_ms=%.2f static_p95_ms=%.2f ratio_duties_p50=%.1f ratio_vp_p50=%.1f load=%s db=%s",
                OffsetDateTime.now(), CALLS, pct(balance, 50), pct(balance, 95), pct(duties, 50), pct(duties, 95),
                pct(vps, 50), pct(vps, 95), pct(asset, 50), pct(asset, 95), pct(duties, 50) / pct(asset, 50),
                pct(vps, 50) / pct(asset, 50), Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
                System.getProperty("fazhi.test.db", "h2"));
        System.out.println("BENCH " + line);
        Files.writeString(Path.of("target", "bench-publicity.txt"), line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertThat(pct(balance, 95)).isLessThanOrEqualTo(500);
    }
}
