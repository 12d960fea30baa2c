package org.onewindow.form;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An uploaded document: allowed types (by extension or MIME type) and a size limit (20 MB by default). */
final class FileValidator implements FieldValidator {

    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final Map<String, String> MIME_TO_EXT = Map.of(
            "application/pdf", "pdf", "image/jpeg", "jpg", "image/png", "png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/msword", "doc", "application/zip", "zip", "image/tiff", "tif");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        return ValidationResult.error(
                "Please upload the " + field.label().en() + " as a file (the paperclip button).",
                "请通过附件按钮上传" + field.label().zh() + "文件。");
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
            String list = String.join(", ", allowed.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
            String what = ext.isEmpty() ? file.contentType() : "." + ext;
            return ValidationResult.error(
                    "\"" + file.name() + "\" is a " + what + " file; please upload " + list + ".",
                    "“" + file.name() + "”是" + what + "文件，请上传以下格式：" + list + "。");
        }
        long max = field.rules().maxBytes() == null ? DEFAULT_MAX_BYTES : field.rules().maxBytes();
        if (file.size() == 0) {
            return ValidationResult.error("\"" + file.name() + "\" is empty.", "“" + file.name() + "”是空文件。");
        }
        if (file.size() > max) {
            return ValidationResult.error(
                    "\"" + file.name() + "\" is " + megabytes(file.size()) + "; the limit is " + megabytes(max) + ".",
                    "“" + file.name() + "”大小为" + megabytes(file.size()) + "，上限为" + megabytes(max) + "。");
        }
        return ValidationResult.ok(file, file.name().isEmpty() ? file.id() : file.name());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
