package cn.fazhi.enterprises;

import java.util.List;

/**
 * An enterprise matched against one policy: eligible when every condition holds, with one explanation line per
 * condition ("符合：…" or "不符合：…", from the bundle).
 */
public record PolicyMatch(PolicyView policy, boolean eligible, List<Line> lines) {

    /** One condition's outcome and its sentence. */
    public record Line(boolean met, String text) {}

    /** The lines joined (stored with an application). */
    public String explanation(String separator) {
        return String.join(separator, lines.stream().map(Line::text).toList());
    }
}
