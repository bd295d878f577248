package io.rolewire.web;

import io.rolewire.audit.ExportFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An export as a file download, streamed: the body is written on the response's async thread straight
 * from the database cursor, never held whole in memory.
 */
public final class ExportDownloads {

    private ExportDownloads() {}

    /** {@code csv} or {@code jsonl}, any case; anything else is empty. */
    public static Optional<ExportFormat> format(String name) {
        String wanted = name == null ? "" : name.strip();
        return Arrays.stream(ExportFormat.values())
                .filter(f -> f.extension().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Any export: {@code baseName.csv} or {@code baseName.jsonl}, UTF-8, as an attachment. */
    public static ResponseEntity<StreamingResponseBody> attachment(
            String baseName, ExportFormat format, StreamingResponseBody body) {
        MediaType type = new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(baseName + "." + format.extension())
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    /** A run's proof: {@code run-ID-proof.json}, JSON, as an attachment. */
    public static ResponseEntity<StreamingResponseBody> proofAttachment(long runId, StreamingResponseBody body) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("run-" + runId + "-proof.json")
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
