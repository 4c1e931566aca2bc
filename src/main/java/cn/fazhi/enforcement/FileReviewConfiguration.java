package cn.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Case-file evaluation: its settings and its daily job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileReviewProperties.class)
class FileReviewConfiguration {

    /**
     * Every morning: pre-checks the files closed in the last {@code precheck-lookback-days} days (so a file closed
     * without the case type's on-close call is still checked, and a late-added record re-checked). Idempotent, so
     * several nodes may run it. (Overdue rectification problems are the rectification module's deadlines.)
     */
    @Component
    static class FileReviewJob {

        private static final Logger log = LoggerFactory.getLogger(FileReviewJob.class);

        private final FileReviews fileReviews;
        private final FileReviewProperties settings;
        private final Clock clock;

        FileReviewJob(FileReviews fileReviews, FileReviewProperties settings, Clock clock) {
            this.fileReviews = fileReviews;
            this.settings = settings;
            this.clock = clock;
        }

        @Scheduled(cron = "${fazhi.enforcement.filereview.job-cron:0 45 5 * * *}")
        void daily() {
            LocalDate today = LocalDate.now(clock);
            int files = fileReviews.precheckClosed(today.minusDays(settings.precheckLookbackDays()), today);
            log.info("Case-file pre-check: {} files", files);
        }
    }
}
