package cn.fazhi.bench;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fazhi.FazhiApplication;

/**
 * Not a test: where start-up time goes (bench/startup.sh's companion). Starts the application with a
 * {@link BufferingApplicationStartup} on the data directory given by FAZHI_DATA_DIR and prints the slowest bean
 * instantiations (inclusive of the beans they pull in) and the top-level steps.
 */
public final class StartupProfile {

    private StartupProfile() {}

    public static void main(String[] args) {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        long t0 = System.nanoTime();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class).applicationStartup(startup)
                .properties("server.port=0").run(args);
        System.out.printf("ready_s=%.2f%n", (System.nanoTime() - t0) / 1e9);
        System.out.printf("process_cpu_s=%.2f%n", ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        events.stream().filter(e -> !e.getStartupStep().getName().equals("spring.beans.instantiate")
                || e.getDuration().toMillis() > 0).sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(n).forEach(e -> {
                    StringBuilder tags = new StringBuilder();
                    e.getStartupStep().getTags().forEach(t -> tags.append(t.getKey()).append('=').append(t.getValue()).append(' '));
                    System.out.printf("%6d ms  %s  %s%n", e.getDuration().toMillis(), e.getStartupStep().getName(),
                            tags.length() > 160 ? tags.substring(0, 160) : tags);
                });
        ctx.close();
        System.exit(0);
    }
}
