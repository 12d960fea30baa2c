package org.onewindow.form;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An uploaded document: allowed types (by extension or MIME type) and a size limit (20 MB by default). */
final class FileValidator implements FieldValidator {

    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final Map<String, String> MIME_TO_EXT = Map.of(
            "application/pdf",
            "pdf",
            "image/jpeg",
            "jpg",
            "image/png",
            "png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
            "application/msword",
            "doc",
            "application/zip",
            "zip",
            "image/tiff",
            "tif");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        return FieldTexts.error("process.field.file.notAFile", "label", field.label());
    }

    @Override
    public ValidationResult validateFile(FileRef file, FieldSpecView field, ValidationContext context) {
        List<String> allowed = field.rules().fileTypes();
        String name = file.name().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (ext.equals("jpeg")) {
            ext = "jpg";
        }
        String byMime = MIME_TO_EXT.get(file.contentType().toLowerCase(Locale.ROOT));
        if (!allowed.isEmpty() && !allowed.contains(ext) && (byMime == null || !allowed.contains(byMime))) {
            String list = String.join(
                    ", ", allowed.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
            String what = ext.isEmpty() ? file.contentType() : "." + ext;
            return FieldTexts.error("process.field.file.typeRefused", "name", file.name(), "what", what, "list", list);
        }
        long max = field.rules().maxBytes() == null
                ? DEFAULT_MAX_BYTES
                : field.rules().maxBytes();
        if (file.size() == 0) {
            return FieldTexts.error("process.field.file.empty", "name", file.name());
        }
        if (file.size() > max) {
            return FieldTexts.error(
                    "process.field.file.tooLarge",
                    "name",
                    file.name(),
                    "megabytes",
                    megabytes(file.size()),
                    "megabytes2",
                    megabytes(max));
        }
        return ValidationResult.ok(file, file.name().isEmpty() ? file.id() : file.name());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
