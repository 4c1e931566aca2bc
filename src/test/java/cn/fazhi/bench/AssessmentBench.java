package cn.fazhi.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import cn.fazhi.FazhiApplication;
import cn.fazhi.assessment.Assessments;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Not a test: the assessment benchmark run by {@code bench/assessment-scores.sh}. Starts the application with the 2023
 * demo year on the database given by {@code FAZHI_DB_URL} (H2 file by default), signs in as the demo office account
 * {@code fzb}, reopens the 2023 scheme and times {@link Assessments#compute} (every source read, every roster unit
 * scored and ranked, the scores rewritten) ROUNDS times; in the same run the baselines: {@code SELECT 1} and one
 * indicator value ({@code assessment.units.scored} for 2023). Prints {@code key=value} lines.
 */
public final class AssessmentBench {

    private AssessmentBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("fazhi.demo.background", "false");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET).properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "server.port=0", "spring.task.scheduling.pool.size=1")
                .run()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            UserDetails fzb = ctx.getBean(UserAccounts.class).loadDetails("fzb").orElseThrow();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(fzb, null, fzb.getAuthorities()));
            Assessments assessments = ctx.getBean(Assessments.class);
            Indicators indicators = ctx.getBean(Indicators.class);
            long scheme = jdbc.sql("SELECT id FROM assess_scheme WHERE scheme_year = 2023").query(Long.class).single();
            String status = jdbc.sql("SELECT status FROM assess_scheme WHERE id = :id").param("id", scheme)
                    .query(String.class).single();
            IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));
            List<Double> compute = new ArrayList<>();
            List<Double> select1 = new ArrayList<>();
            List<Double> indicator = new ArrayList<>();
            int units = 0;
            for (int r = 0; r < rounds + 3; r++) {
                jdbc.sql("UPDATE assess_scheme SET status = 'COMPUTED' WHERE id = :id").param("id", scheme).update();
                long t0 = System.nanoTime();
                units = assessments.compute(scheme);
                double c = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                jdbc.sql("SELECT 1").query(Integer.class).single();
                double s = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                indicators.find("assessment.units.scored").orElseThrow().value(year);
                double i = (System.nanoTime() - t0) / 1e6;
                if (r >= 3) { // warm-up rounds left out
                    compute.add(c);
                    select1.add(s);
                    indicator.add(i);
                }
            }
            jdbc.sql("UPDATE assess_scheme SET status = :s WHERE id = :id").param("s", status).param("id", scheme).update();
            System.out.printf("units=%d%nrounds=%d%n", units, rounds);
            print("compute_ms", compute);
            print("select1_ms", select1);
            print("indicator_ms", indicator);
            System.out.printf("ratio_compute_to_indicator=%.1f%n", median(compute) / median(indicator));
        }
        System.exit(0);
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static void print(String name, List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        double p95 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
        System.out.printf("%s_median=%.2f%n%s_p95=%.2f%n%s_max=%.2f%n", name, median(xs), name, p95, name, s.get(s.size() - 1));
    }
}
