package io.rolewire.export;

import java.util.List;

/** A run's documents in one format, as the files a pipeline checks in, in the order people read them. */
public record CodeExport(long runId, CodeFormat format, List<ExportFile> files) {

    public CodeExport {
        files = List.copyOf(files);
    }

    /** {@code run-42-terraform}: the download's name without extension, so two exports never collide. */
    public String baseName() {
        return "run-" + runId + "-" + format.slug();
    }

    public ExportFile file(String path) {
        return files.stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file " + path + " in " + baseName()));
    }
}
