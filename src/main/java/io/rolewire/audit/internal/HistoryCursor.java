package io.rolewire.audit.internal;

import java.time.OffsetDateTime;

/**
 * Where a page starts in the history's (created_at, id) order: past the run ({@code createdAt},
 * {@code id}). The API's cursor is the run id alone; the run history reads that run's created_at.
 *
 * @param inclusive the cursor named no run, and this is the nearest run past it: it belongs to
 *     the page
 */
record HistoryCursor(OffsetDateTime createdAt, long id, boolean inclusive) {}
