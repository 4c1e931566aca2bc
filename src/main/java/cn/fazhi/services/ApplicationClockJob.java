package cn.fazhi.services;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: the system steps of the 行政许可法 due — deemed acceptance (Art. 32(1)(四)) and deemed renewal
 * (Art. 50(2)) — for the applications nobody read that day (reading takes them too).
 */
@Component
class ApplicationClockJob {

    private final Applications applications;

    ApplicationClockJob(Applications applications) {
        this.applications = applications;
    }

    @Scheduled(cron = "${fazhi.services.applications.clock-cron:0 20 1 * * *}")
    void run() {
        settleAll();
    }

    int settleAll() {
        int n = 0;
        for (long id : applications.unsettled()) {
            if (applications.settle(id)) {
                n++;
            }
        }
        return n;
    }
}
