package io.rolewire.wiring;

/** How a document is shown and downloaded. */
public enum DocumentFormat {
    JSON("json", "application/json"),
    INI("ini", "text/plain"),
    SHELL("sh", "text/x-shellscript");

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
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
