package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown of exercise statements, prompts, hints and feedback, to HTML: paragraphs, headings,
 * bulleted and numbered lists, fenced code blocks, {@code `code`}, {@code **bold**},
 * {@code *italic*}, links, and LaTeX — {@code $…$} inline and {@code $$…$$} displayed — as
 * {@code <span class="math" data-tex="…">} elements that KaTeX renders in the page (their text is
 * the TeX source until then). Everything else is escaped: raw HTML is shown, never interpreted.
 */
public final class Markdown {
    private static final char SLOT_START = '\u0001';
    private static final char SLOT_END = '\u0002';

    private Markdown() {
    }

    /** A document: blocks separated by blank lines. */
    public static String block(String md) {
        if (md == null) {
            return "";
        }
        String[] lines = md.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String t = line.trim();
            if (t.isEmpty()) {
                i++;
            } else if (t.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].trim().startsWith("```")) {
                    code.append(lines[i]).append('\n');
                    i++;
                }
                i++;
                out.append("<pre class=\"code\"><code>").append(Html.escape(stripLastNewline(code)))
                        .append("</code></pre>");
            } else if (heading(t) > 0) {
                int level = heading(t);
                int h = Math.min(6, level + 2);
                out.append("<h").append(h).append(">").append(inline(t.substring(level).trim()))
                        .append("</h").append(h).append(">");
                i++;
            } else if (itemMarker(line) != null) {
                i = list(lines, i, out);
            } else {
                StringBuilder para = new StringBuilder(t);
                i++;
                while (i < lines.length && !lines[i].trim().isEmpty() && !startsBlock(lines[i])) {
                    para.append('\n').append(lines[i].trim());
                    i++;
                }
                String p = para.toString();
                if (p.startsWith("$$") && p.endsWith("$$") && p.length() > 4 && p.indexOf("$$", 2) == p.length() - 2) {
                    out.append("<div class=\"math-block\">").append(math(p.substring(2, p.length() - 2).trim(), true))
                            .append("</div>");
                } else {
                    out.append("<p>").append(inline(p)).append("</p>");
                }
            }
        }
        return out.toString();
    }

    private static String stripLastNewline(StringBuilder sb) {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\n' ? sb.substring(0, n - 1) : sb.toString();
    }

    private static boolean startsBlock(String line) {
        String t = line.trim();
        return t.startsWith("```") || heading(t) > 0 || itemMarker(line) != null;
    }

    /** The level of an ATX heading ({@code ## Title} → 2), else 0. */
    private static int heading(String t) {
        int n = 0;
        while (n < t.length() && t.charAt(n) == '#') {
            n++;
        }
        return n >= 1 && n <= 6 && n < t.length() && t.charAt(n) == ' ' ? n : 0;
    }

    /** "ul" or "ol" with the marker's length, for a list item line, else null. */
    private static String[] itemMarker(String line) {
        String t = line.trim();
        if (t.length() >= 2 && (t.charAt(0) == '-' || t.charAt(0) == '*' || t.charAt(0) == '+') && t.charAt(1) == ' ') {
            return new String[] {"ul", "2"};
        }
        int d = 0;
        while (d < t.length() && d < 9 && Character.isDigit(t.charAt(d))) {
            d++;
        }
        if (d > 0 && d + 1 < t.length() && (t.charAt(d) == '.' || t.charAt(d) == ')') && t.charAt(d + 1) == ' ') {
            return new String[] {"ol", Integer.toString(d + 2)};
        }
        return null;
    }

    private static int list(String[] lines, int start, StringBuilder out) {
        String type = itemMarker(lines[start])[0];
        List<StringBuilder> items = new ArrayList<>();
        int i = start;
        while (i < lines.length) {
            String[] m = itemMarker(lines[i]);
            String t = lines[i].trim();
            if (m != null && m[0].equals(type)) {
                items.add(new StringBuilder(t.substring(Integer.parseInt(m[1])).trim()));
                i++;
            } else if (m == null && !t.isEmpty() && !startsBlock(lines[i])) {
                items.get(items.size() - 1).append('\n').append(t);
                i++;
            } else if (t.isEmpty() && i + 1 < lines.length && itemMarker(lines[i + 1]) != null
                    && itemMarker(lines[i + 1])[0].equals(type)) {
                i++;
            } else {
                break;
            }
        }
        out.append('<').append(type).append('>');
        for (StringBuilder item : items) {
            out.append("<li>").append(inline(item.toString())).append("</li>");
        }
        out.append("</").append(type).append('>');
        return i;
    }

    /** One paragraph's inline content. */
    public static String inline(String md) {
        if (md == null) {
            return "";
        }
        List<String> slots = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        int n = md.length();
        while (i < n) {
            char c = md.charAt(i);
            if (c == '\\' && i + 1 < n && "$`*_\\[]".indexOf(md.charAt(i + 1)) >= 0) {
                slot(text, slots, Html.escape(String.valueOf(md.charAt(i + 1))));
                i += 2;
            } else if (c == '`') {
                int end = md.indexOf('`', i + 1);
                if (end < 0) {
                    text.append(c);
                    i++;
                } else {
                    slot(text, slots, "<code>" + Html.escape(md.substring(i + 1, end)) + "</code>");
                    i = end + 1;
                }
            } else if (c == '$' && i + 1 < n && md.charAt(i + 1) == '$') {
                int end = md.indexOf("$$", i + 2);
                if (end < 0) {
                    text.append("$$");
                    i += 2;
                } else {
                    slot(text, slots, math(md.substring(i + 2, end).trim(), true));
                    i = end + 2;
                }
            } else if (c == '$') {
                int end = closingDollar(md, i + 1);
                if (end < 0) {
                    text.append(c);
                    i++;
                } else {
                    slot(text, slots, math(md.substring(i + 1, end).trim(), false));
                    i = end + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        String html = links(emphasis(emphasis(Html.escape(text.toString()), "**", "strong"), "*", "em"));
        return restore(html, slots).replace("\n", " ");
    }

    /** The next unescaped {@code $} after {@code from} with something before it, or -1. */
    private static int closingDollar(String md, int from) {
        for (int j = from; j < md.length(); j++) {
            char c = md.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                return j > from ? j : -1;
            }
        }
        return -1;
    }

    /** A math element: the TeX in {@code data-tex} and, until KaTeX renders it, as the text. */
    public static String math(String tex, boolean display) {
        String t = Html.escape(tex);
        return "<span class=\"math" + (display ? " math-display" : "") + "\" data-tex=\"" + t + "\">" + t + "</span>";
    }

    private static void slot(StringBuilder text, List<String> slots, String html) {
        text.append(SLOT_START).append(slots.size()).append(SLOT_END);
        slots.add(html);
    }

    private static String restore(String html, List<String> slots) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end = c == SLOT_START ? html.indexOf(SLOT_END, i) : -1;
            if (end > i) {
                out.append(slots.get(Integer.parseInt(html.substring(i + 1, end))));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Pairs of {@code mark} around text, opened before a non-space and closed after one. */
    private static String emphasis(String s, String mark, String tag) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = s.indexOf(mark, i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            int after = open + mark.length();
            if (after >= s.length() || s.charAt(after) == ' ' || s.charAt(after) == '*') {
                out.append(s, i, after);
                i = after;
                continue;
            }
            int close = s.indexOf(mark, after + 1);
            while (close > 0 && s.charAt(close - 1) == ' ') {
                close = s.indexOf(mark, close + mark.length());
            }
            if (close < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, open).append('<').append(tag).append('>').append(s, after, close)
                    .append("</").append(tag).append('>');
            i = close + mark.length();
        }
        return out.toString();
    }

    /** {@code [text](url)} for web, relative and in-page addresses (the text is already escaped). */
    private static String links(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('[', i);
            int mid = open < 0 ? -1 : s.indexOf("](", open);
            int close = mid < 0 ? -1 : s.indexOf(')', mid);
            if (open < 0 || mid < 0 || close < 0) {
                out.append(s.substring(i));
                break;
            }
            String url = s.substring(mid + 2, close);
            boolean safe = url.startsWith("https://") || url.startsWith("http://") || url.startsWith("#")
                    || url.startsWith("/");
            if (!safe || url.indexOf(' ') >= 0) {
                out.append(s, i, open + 1);
                i = open + 1;
                continue;
            }
            out.append(s, i, open).append("<a href=\"").append(url).append("\">").append(s, open + 1, mid)
                    .append("</a>");
            i = close + 1;
        }
        return out.toString();
    }
}
