package cn.fazhi.platform.web;

/**
 * The one place where a value the caller sent is cut before an error message repeats it: a 1 MB field comes back as
 * its first {@value #MAX} characters and "…", never whole (problem bodies, error pages, import row errors).
 */
public final class Echoes {

    /** The most characters of a sent value an error message repeats. */
    public static final int MAX = 200;
    /** The most characters of a request path a problem body repeats. */
    public static final int MAX_PATH = 200;

    private Echoes() {}

    /** {@code value} cut to {@value #MAX} characters (whole code points) with "…" when longer. */
    public static String cut(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX)) + "…";
    }

    /** A request path named in a problem body, cut to {@value #MAX_PATH} characters (never inside a %XX escape). */
    public static java.net.URI cut(java.net.URI instance) {
        String text = instance.toString();
        if (text.length() <= MAX_PATH) {
            return instance;
        }
        int end = MAX_PATH;
        int escape = text.lastIndexOf('%', end - 1);
        if (escape > end - 3) {
            end = escape;
        }
        return java.net.URI.create(text.substring(0, end) + "...");
    }

    /** Message arguments with every text (and every value shown through its text) cut; other arguments unchanged. */
    public static Object[] cut(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] cut = args.clone();
        for (int i = 0; i < cut.length; i++) {
            if (cut[i] instanceof CharSequence s) {
                cut[i] = cut(s.toString());
            } else if (cut[i] != null && !(cut[i] instanceof Number) && !(cut[i] instanceof java.time.temporal.Temporal)
                    && !(cut[i] instanceof org.springframework.context.MessageSourceResolvable)) {
                String text = String.valueOf(cut[i]);
                if (text.length() > MAX) {
                    cut[i] = cut(text);
                }
            }
        }
        return cut;
    }
}
