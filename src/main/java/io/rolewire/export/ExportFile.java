package io.rolewire.export;

/** One generated file: its path inside the export (forward slashes, relative) and its text. */
public record ExportFile(String path, String content) {}
