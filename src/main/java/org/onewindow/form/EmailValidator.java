package org.onewindow.form;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address: one @, a plausible local part, a domain with a dot; the domain is lower-cased. */
final class EmailValidator implements FieldValidator {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String email = Inputs.foldWidth(text).trim().replace('。', '.');
        int at = email.indexOf('@');
        if (at < 0) {
            return ValidationResult.error("An e-mail address needs an @, e.g. zhang.wei@example.com.",
                    "电子邮箱地址需要包含@，例如 zhangwei@example.com。");
        }
        if (email.indexOf('@', at + 1) >= 0) {
            return ValidationResult.error("An e-mail address has only one @.", "电子邮箱地址只能有一个@。");
        }
        if (email.contains(" ")) {
            return ValidationResult.error("An e-mail address has no spaces.", "电子邮箱地址不能包含空格。");
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return ValidationResult.error("The part before the @ (\"" + local + "\") is not valid.",
                    "@前面的部分（“" + local + "”）无效。");
        }
        if (!DOMAIN.matcher(domain).matches()) {
            return ValidationResult.error("The domain after the @ (\"" + domain + "\") is not valid, e.g. example.com.",
                    "@后面的域名（“" + domain + "”）无效，例如 example.com。");
        }
        String value = local + "@" + domain;
        return ValidationResult.ok(value, value);
    }
}
