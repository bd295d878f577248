package io.rolewire.audit;

/** The formats of an export, with the media type and file extension each is served as. */
public enum ExportFormat {
    CSV("csv", "text/csv"),
    JSONL("jsonl", "application/x-ndjson");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
