package io.rolewire.web;

/** A document key that the preview or the run does not have. */
public final class DocumentNotFoundException extends NotFoundException {

    public DocumentNotFoundException(String key) {
        super("no document " + key);
    }
}
