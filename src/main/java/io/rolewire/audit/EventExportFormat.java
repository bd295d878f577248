package io.rolewire.audit;

/** The formats a run's events export to. */
public enum EventExportFormat {
    CSV("csv", "text/csv"),
    JSONL("jsonl", "application/jsonl");

    private final String extension;
    private final String mediaType;

    EventExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Also the format's name in {@link ExportRecorded} and in URLs. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
