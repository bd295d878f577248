package io.rolewire.audit;

/**
 * The formats of every export (history and a run's events), with the media type and file extension
 * each is served as. JSON Lines goes out as application/x-ndjson, the type most tools recognise.
 */
public enum ExportFormat {
    CSV("csv", "text/csv"),
    JSONL("jsonl", "application/x-ndjson");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
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
