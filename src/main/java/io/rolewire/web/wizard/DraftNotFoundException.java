package io.rolewire.web.wizard;

import io.rolewire.web.NotFoundException;
import java.util.UUID;

/** No such wizard draft, or it belongs to someone else (which must look the same). */
final class DraftNotFoundException extends NotFoundException {

    DraftNotFoundException(UUID draftId) {
        super("no wizard draft " + draftId + " for this user");
    }
}
