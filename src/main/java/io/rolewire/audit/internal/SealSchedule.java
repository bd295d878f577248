package io.rolewire.audit.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the sealer runs without a commit of this instance to wake it: at start (events committed
 * before a crash or a restart) and every {@code rolewire.audit.seal-interval} (events appended by
 * other instances on the same database).
 */
class SealSchedule {

    private final EventSealer sealer;

    SealSchedule(EventSealer sealer) {
        this.sealer = sealer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealWhatTheLastRunLeft() {
        sealer.wake();
    }

    @Scheduled(
            initialDelayString = "${rolewire.audit.seal-interval:PT1S}",
            fixedDelayString = "${rolewire.audit.seal-interval:PT1S}")
    void sealWhatOthersAppended() {
        sealer.wake();
    }
}
