package io.rolewire.web;

import io.rolewire.wiring.Document;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One way to hand a rendered document to the browser: as a file named after its key. */
public final class DocumentDownloads {

    private DocumentDownloads() {}

    public static ResponseEntity<String> attachment(Document document) {
        MediaType type =
                new MediaType(MediaType.parseMediaType(document.format().mediaType()), StandardCharsets.UTF_8);
        ContentDisposition disposition =
                ContentDisposition.attachment().filename(document.fileName()).build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(document.content());
    }
}
