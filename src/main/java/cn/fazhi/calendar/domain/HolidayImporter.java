package cn.fazhi.calendar.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;

/**
 * On startup, imports each bundled notice ({@code classpath:calendar/holidays-cn/YYYY.json}) whose year is not yet in
 * {@code holiday_notice}. A year already there is left alone, so an administrator's corrections survive restarts.
 * Each year is its own transaction; when another node imports the same year at the same moment, its notice row wins
 * and this node skips the year.
 */
@Component
public class HolidayImporter implements ApplicationRunner {

    static final String BUNDLED = "classpath:calendar/holidays-cn/*.json";
    private static final Logger log = LoggerFactory.getLogger(HolidayImporter.class);

    private final HolidayRepository repository;
    private final HolidayFileParser parser;
    private final HolidayCache cache;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public HolidayImporter(HolidayRepository repository, HolidayFileParser parser, HolidayCache cache,
            AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.parser = parser;
        this.cache = cache;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        importBundled();
    }

    /** Returns the years imported by this call. */
    public Set<Integer> importBundled() throws IOException {
        Set<Integer> known = new HashSet<>(repository.noticeYears());
        Set<Integer> imported = new HashSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLED)) {
            HolidayFile file = parser.parse(resource.getContentAsString(StandardCharsets.UTF_8));
            if (known.contains(file.year())) {
                continue;
            }
            try {
                Boolean done = transactions.execute(status -> importYear(file, resource.getFilename()));
                if (Boolean.TRUE.equals(done)) {
                    imported.add(file.year());
                }
            } catch (DataAccessException e) {
                log.warn("Holiday notice {} not imported: {}", file.year(), e.getMostSpecificCause().getMessage());
            }
        }
        if (!imported.isEmpty()) {
            log.info("Imported bundled holiday notices {}", imported);
            cache.invalidate();
        }
        return imported;
    }

    private boolean importYear(HolidayFile file, String filename) {
        if (!repository.insertNoticeIfAbsent(file.year(), file.papers(), OffsetDateTime.now(clock), "system")) {
            return false;
        }
        file.days().forEach(repository::insert);
        audit.record(AuditEntry.of("calendar.year.imported", "holiday_notice", file.year(),
                filename + ": " + HolidayMaintenance.describe(file)).by("system"));
        return true;
    }
}
