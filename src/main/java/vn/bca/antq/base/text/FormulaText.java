package vn.bca.antq.base.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a spreadsheet must never run as a formula (CSV injection). A formula starts with {@code = + - @} (or
 * their full-width forms) at the start of a cell; and a CSV cell may be split into several wherever the reader's list
 * separator falls: Excel in Vietnamese splits at {@code ;}, in English at {@code ,}, and a tab or a line break splits
 * wherever the file is pasted. So a quote is put in front of every such character at the start of the text or after a
 * separator, tab or line break (spaces and a double quote in between allowed): {@code a;=1+1;} becomes
 * {@code a;'=1+1;}. A leading tab or carriage return is quoted too, as OWASP advises. {@link #restore} takes exactly
 * these quotes off again when a file we wrote is imported.
 */
public final class FormulaText {

    private static final String STARTS = "=+\\-@\uFF1D\uFF0B\uFF0D\uFF20";
    /** Where a formula could begin: the start, or a separator, tab or line break, then spaces or a quote. */
    private static final Pattern RISKY = Pattern.compile("(^|[,;\\t\\r\\n])([ \"]*)([" + STARTS + "])");

    private static final Pattern QUOTED = Pattern.compile("(^|[,;\\t\\r\\n])([ \"]*)'([" + STARTS + "])");

    private FormulaText() {}

    public static String neutralise(String text) {
        String quoted = RISKY.matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2) + "'" + match.group(3)));
        return quoted.startsWith("\t") || quoted.startsWith("\r") ? "'" + quoted : quoted;
    }

    public static String restore(String text) {
        String unquoted = text.startsWith("'\t") || text.startsWith("'\r") ? text.substring(1) : text;
        return QUOTED.matcher(unquoted)
                .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2) + match.group(3)));
    }
}
