package org.onewindow.shared;

/** Why an uploaded document is not kept, told to the enterprise in its language. */
public enum UploadRefusal {
    ENCRYPTED("file_encrypted",
            "The document is password-protected, so the reviewers could not open it. Please remove the password and upload it again.",
            "该文件设有密码，审核人员无法打开。请取消密码后重新上传。"),
    UNREADABLE("file_unreadable",
            "The document could not be read; it may be damaged. Please save or scan it again and upload the new copy.",
            "无法读取该文件，文件可能已损坏。请重新保存或扫描后再上传。"),
    MACROS("file_has_macros",
            "The document contains macros, which are not accepted. Please save it as an ordinary .docx/.xlsx (or as PDF) and upload it again.",
            "该文件包含宏，不予接收。请另存为普通的 .docx/.xlsx（或 PDF）后重新上传。"),
    SUSPICIOUS("file_suspicious",
            "The document's inner structure looks unsafe (for example, it expands to a huge size or refers to outside files), so it was not accepted. Please export it again, for example as PDF.",
            "该文件内部结构存在安全风险（例如解压后体积异常或引用外部文件），未予接收。请重新导出（例如导出为 PDF）后上传。"),
    MISMATCH("file_content_mismatch",
            "The document's content does not match its file type (%s). Please upload a genuine file of that type.",
            "文件内容与其类型（%s）不符。请上传该类型的真实文件。");

    private final String code;
    private final String en;
    private final String zh;

    UploadRefusal(String code, String en, String zh) {
        this.code = code;
        this.en = en;
        this.zh = zh;
    }

    /** The error code of the API. */
    public String code() {
        return code;
    }

    /** The explanation in {@code lang}; {@code extension} fills in where the message names the file type. */
    public String message(Lang lang, String extension) {
        return String.format(lang == Lang.ZH ? zh : en, "." + extension);
    }
}
