package io.rolewire.web;

import io.rolewire.export.CodeExport;
import io.rolewire.export.ExportFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A run exported as code, as one zip download ({@code run-42-terraform.zip}): Terraform is a root and two
 * module directories, CloudFormation two templates and a README, and each must keep its layout to be
 * used as it is. The files sit under a folder of the same name, so unpacking never scatters them.
 */
public final class CodeExportDownloads {

    /** A fixed time on every entry: the same run gives the same bytes, whenever it is exported. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private CodeExportDownloads() {}

    public static ResponseEntity<StreamingResponseBody> attachment(CodeExport export) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(export.baseName() + ".zip")
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out -> write(export, out));
    }

    static void write(CodeExport export, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (ExportFile file : export.files()) {
            ZipEntry entry = new ZipEntry(export.baseName() + "/" + file.path());
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
            zip.write(file.content().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
