package cn.fazhi.enforcement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.fazhi.enforcement.events.EnforcementDecided;
import cn.fazhi.enforcement.events.EnforcementDecisionAnnulled;

/**
 * Follows the enforcement decisions of every case type after they commit (event publication registry: retried until
 * it completes, so both calls are idempotent): a decision gets its publication record, an annulled one its withdrawal.
 */
@Component
class PublicationListener {

    private final Publications publications;

    PublicationListener(Publications publications) {
        this.publications = publications;
    }

    @ApplicationModuleListener
    void on(EnforcementDecided e) {
        publications.recordDecision(e);
    }

    @ApplicationModuleListener
    void on(EnforcementDecisionAnnulled e) {
        publications.recordAnnulment(e);
    }
}
