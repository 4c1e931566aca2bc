package cn.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks expired certificates every night ({@code fazhi.enforcement.officers.expiry-cron}, 02:10) and once at start.
 * The mark only records what the dates already say: whether a certificate is valid on a day never depends on it
 * ({@link CertificateChecks}). The update is idempotent, so every node may run it.
 */
@Component
class CertificateExpiryJob implements ApplicationRunner {

    private final Officers officers;
    private final Clock clock;

    CertificateExpiryJob(Officers officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        markExpired();
    }

    @Scheduled(cron = "${fazhi.enforcement.officers.expiry-cron:0 10 2 * * *}")
    int markExpired() {
        return officers.expireDue(LocalDate.now(clock));
    }
}
