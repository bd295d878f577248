package io.rolewire.audit.internal;

import io.rolewire.runs.events.EventKinds;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.runs.events.Unrecognized;
import io.rolewire.wiring.Json;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The one place events are turned into stored text and back. Written in the application's
 * canonical JSON ({@link Json}): those exact bytes are stored and hashed. Read leniently, so an
 * event stored before a field was added still reads (the field is null); an unknown kind or a
 * detail that is not its kind's JSON reads as {@link Unrecognized}, never an exception.
 */
public final class EventCodec {

    private EventCodec() {}

    public static String encode(RecordedEvent event) {
        if (event instanceof Unrecognized) {
            throw new IllegalArgumentException("an unrecognized event is never written");
        }
        return Json.canonical(event);
    }

    public static RecordedEvent decode(String kind, String detail) {
        Optional<Class<? extends RecordedEvent>> type = EventKinds.typeOf(kind);
        if (type.isEmpty()) {
            return new Unrecognized(kind, "unknown event kind " + kind);
        }
        if (detail == null) {
            return new Unrecognized(kind, "no detail");
        }
        try {
            RecordedEvent event = Json.mapper().readValue(detail, type.get());
            return event == null ? new Unrecognized(kind, "empty detail") : event;
        } catch (JacksonException e) {
            return new Unrecognized(kind, "detail is not " + kind + " JSON: " + e.getOriginalMessage());
        }
    }
}
