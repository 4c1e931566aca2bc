package cn.fazhi.enforcement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.fazhi.enforcement.events.EnforcementCaseClosed;

/**
 * Pre-checks a case file as soon as its case closes (after the closing commit, retried by the event publication
 * registry); the daily job of {@link FileReviews} catches any file this missed. Idempotent: a re-run replaces the
 * findings.
 */
@Component
class FileReviewOnClose {

    private final FileReviews reviews;

    FileReviewOnClose(FileReviews reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(EnforcementCaseClosed closed) {
        if (reviews.caseTypes().contains(closed.caseType())) {
            reviews.precheck(closed.caseType(), closed.caseId());
        }
    }
}
