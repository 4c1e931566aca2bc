package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;

/**
 * Matches one enterprise against the policies in force on a day: per policy eligible or not, with a line per condition
 * saying why ("符合：注册地在温泉街道；不符合：营业收入低于 2000 万元", sentences from the bundle
 * {@code policies.explain.*}). Pure and fast: the published policies and their conditions are held in memory, reloaded
 * when a policy changes ({@link #invalidate}, called after the change commits) and at least every
 * {@value #REFRESH_SECONDS} seconds (another node's changes); nothing is read from the database per match.
 */
@Component
public class PolicyMatcher {

    static final long REFRESH_SECONDS = 60;

    private record Snapshot(List<PolicyView> published, Map<String, String> regionNames, long loadedAt) {}

    /** One condition checked: whether it holds, the bundle key of its sentence and the sentence's arguments. */
    public record Check(boolean met, String key, Object[] args) {}

    private final Policies policies;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private final Map<Locale, Sentences> sentences = new java.util.concurrent.ConcurrentHashMap<>();

    PolicyMatcher(Policies policies, Regions regions, MessageSource messages, Clock clock) {
        this.policies = policies;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    /** Forgets the copy: the next match reloads it. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > Duration.ofSeconds(REFRESH_SECONDS).toNanos()) {
            synchronized (this) {
                s = snapshot;
                if (s == null || System.nanoTime() - s.loadedAt() > Duration.ofSeconds(REFRESH_SECONDS).toNanos()) {
                    Map<String, String> names = new HashMap<>();
                    regions.find(Regions.DISTRICT_CODE).ifPresent(r -> names.put(r.code(), r.name()));
                    for (RegionView r : regions.districtRegions()) {
                        names.put(r.code(), r.name());
                    }
                    s = new Snapshot(List.copyOf(policies.published()), Map.copyOf(names), System.nanoTime());
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /** The policies in force on {@code day} (published, within their validity), newest first. */
    public List<PolicyView> inForce(LocalDate day) {
        return snapshot().published().stream().filter(p -> p.inForceOn(day)).toList();
    }

    /** One policy in force on {@code day}. */
    public Optional<PolicyView> inForce(long id, LocalDate day) {
        return snapshot().published().stream().filter(p -> p.id() == id && p.inForceOn(day)).findFirst();
    }

    /** The enterprise against every policy in force on {@code day}: the eligible ones first, then newest first. */
    public List<PolicyMatch> matchAll(EnterpriseView e, LocalDate day, Locale locale) {
        Snapshot s = snapshot();
        String sep = messages.getMessage("policies.explain.separator", null, ",", locale);
        List<PolicyMatch> out = new ArrayList<>();
        for (PolicyView p : s.published()) {
            if (p.inForceOn(day)) {
                out.add(match(e, p, day, locale, s.regionNames(), sep));
            }
        }
        out.sort(Comparator.comparing((PolicyMatch m) -> !m.eligible()));
        return out;
    }

    /** The enterprise against one policy on {@code day} (in force or not). */
    public PolicyMatch match(EnterpriseView e, PolicyView p, LocalDate day, Locale locale) {
        return match(e, p, day, locale, snapshot().regionNames(),
                messages.getMessage("policies.explain.separator", null, ",", locale));
    }

    /** Today's date on the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private PolicyMatch match(EnterpriseView e, PolicyView p, LocalDate day, Locale locale, Map<String, String> names,
            String sep) {
        Sentences words = sentences.computeIfAbsent(locale, l -> new Sentences(messages, l));
        List<PolicyMatch.Line> lines = new ArrayList<>(p.conditions().size());
        boolean all = true;
        Function<String, String> region = code -> names.getOrDefault(code, code);
        Function<String, String> cert = code -> words.name("policies.certification." + code, code);
        Function<String, String> size = code -> words.name("enterprises.size." + code, code);
        for (PolicyCondition c : p.conditions()) {
            Check k = check(c, e, day, region, cert, size, sep);
            all &= k.met();
            lines.add(line(words, k));
        }
        if (p.conditions().isEmpty()) {
            lines.add(line(words, new Check(true, "policies.explain.none", new Object[0])));
        }
        return new PolicyMatch(p, all, List.copyOf(lines));
    }

    /**
     * One condition against the enterprise on {@code day}: pure (names come from the given functions). Missing data
     * (no industry, registration date, revenue or employees on record) never qualifies.
     */
    public static Check check(PolicyCondition c, EnterpriseView e, LocalDate day, Function<String, String> regionName,
            Function<String, String> certName, Function<String, String> sizeName, String sep) {
        String base = "policies.explain." + c.attribute() + ".";
        return switch (c.attribute()) {
            case INDUSTRY -> {
                if (e.industryCode() == null) {
                    yield new Check(false, base + "missing", new Object[0]);
                }
                boolean in = c.values().stream().anyMatch(v -> e.industryCode().startsWith(v));
                yield listed(c, in, base, String.join(sep, c.values()), e.industryCode());
            }
            case SIZE -> listed(c, c.values().contains(e.size().name()), base,
                    String.join(sep, c.values().stream().map(sizeName).toList()), sizeName.apply(e.size().name()));
            case REGION -> listed(c, c.values().stream().anyMatch(v -> e.regionCode().startsWith(v)), base,
                    String.join(sep, c.values().stream().map(regionName).toList()), regionName.apply(e.regionCode()));
            case CERTIFICATION -> {
                List<String> missing = c.values().stream().filter(code -> e.certifications() == null
                        || e.certifications().stream().noneMatch(h -> h.code().equals(code) && h.validOn(day))).toList();
                yield new Check(missing.isEmpty(), base + "ALL." + (missing.isEmpty() ? "yes" : "no"), new Object[] {
                    String.join(sep, (missing.isEmpty() ? c.values() : missing).stream().map(certName).toList())});
            }
            case AGE -> {
                if (e.registeredOn() == null) {
                    yield new Check(false, base + "missing", new Object[0]);
                }
                int years = Math.max(0, Period.between(e.registeredOn(), day).getYears());
                yield compared(c, BigDecimal.valueOf(years), base);
            }
            case REVENUE -> e.revenueWan() == null ? new Check(false, base + "missing", new Object[0])
                    : compared(c, e.revenueWan(), base);
            case EMPLOYEES -> e.employees() == null ? new Check(false, base + "missing", new Object[0])
                    : compared(c, BigDecimal.valueOf(e.employees()), base);
        };
    }

    /** The condition's sentence: "符合：…" or "不符合：…" from the bundle. */
    public static PolicyMatch.Line line(Sentences sentences, Check k) {
        return new PolicyMatch.Line(k.met(), sentences.render(k.met() ? "policies.match.yes" : "policies.match.no",
                new Object[] {sentences.render(k.key(), k.args())}));
    }

    /**
     * The bundle's sentences of one language, read once and filled by placeholder ({0}, {1}) — the matcher's hot path
     * renders thousands per call, so it does not run MessageFormat each time (its sentences hold no
     * quotes, and no format but {n,number,#}, which prints the number as is).
     */
    public static final class Sentences {

        private final MessageSource messages;
        private final Locale locale;
        private final Map<String, String> patterns = new java.util.concurrent.ConcurrentHashMap<>();

        public Sentences(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        public String render(String key, Object[] args) {
            String text = patterns.computeIfAbsent(key, k -> messages.getMessage(k, null, k, locale));
            for (int i = 0; args != null && i < args.length; i++) {
                String value = String.valueOf(args[i]);
                text = text.replace("{" + i + "}", value).replace("{" + i + ",number,#}", value);
            }
            return text;
        }

        public String name(String key, String fallback) {
            return patterns.computeIfAbsent(key, k -> messages.getMessage(k, null, fallback, locale));
        }
    }

    private static Check listed(PolicyCondition c, boolean in, String base, String listed, String actual) {
        boolean met = c.operator() == PolicyCondition.Operator.IN ? in : !in;
        return new Check(met, base + c.operator() + "." + (met ? "yes" : "no"), new Object[] {listed, actual});
    }

    private static Check compared(PolicyCondition c, BigDecimal actual, String base) {
        int cmp = actual.compareTo(c.number());
        boolean met = c.operator() == PolicyCondition.Operator.GE ? cmp >= 0 : cmp <= 0;
        return new Check(met, base + c.operator() + "." + (met ? "yes" : "no"), new Object[] {plain(c.number()),
            plain(actual)});
    }

    static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
}
