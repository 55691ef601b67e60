package org.pvdm.cli;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes the CLI's JSON output (maps, lists, strings, numbers, booleans, null), pretty printed, without
 * loading Jackson: setting up an ObjectMapper costs a short command more than its whole work. Any other value
 * goes to Jackson ({@link Json}). Only ever given values the CLI built itself (a few levels deep; deeper than
 * 16 goes to Jackson too), never text read from outside.
 */
final class JsonOut {
    private JsonOut() {}

    static String write(Object value) {
        if (!plain(value, 0)) {
            return Json.write(value);
        }
        StringBuilder sb = new StringBuilder(256);
        value(sb, value, 0);
        return sb.toString();
    }

    /** True when every value inside is one this writer handles (the CLI nests at most a few levels). */
    private static boolean plain(Object v, int depth) {
        if (depth > 16) {
            return false;
        }
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return true;
        }
        if (v instanceof Double d) {
            return Double.isFinite(d);
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().allMatch(e -> e.getKey() instanceof String && plain(e.getValue(), depth + 1));
        }
        if (v instanceof Collection<?> c) {
            return c.stream().allMatch(x -> plain(x, depth + 1));
        }
        return false;
    }

    private static void value(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Map<?, ?> m) {
            object(sb, m, indent);
        } else if (v instanceof Collection<?> c) {
            array(sb, c, indent);
        } else {
            sb.append(v);
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> m, int indent) {
        if (m.isEmpty()) {
            sb.append("{ }");
            return;
        }
        sb.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            pad(sb, indent + 1);
            string(sb, (String) e.getKey());
            sb.append(" : ");
            value(sb, e.getValue(), indent + 1);
            sb.append(it.hasNext() ? ",\n" : "\n");
        }
        pad(sb, indent);
        sb.append('}');
    }

    private static void array(StringBuilder sb, Collection<?> c, int indent) {
        if (c.isEmpty()) {
            sb.append("[ ]");
            return;
        }
        sb.append("[ ");
        Iterator<?> it = c.iterator();
        while (it.hasNext()) {
            value(sb, it.next(), indent);
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        sb.append(" ]");
    }

    private static void pad(StringBuilder sb, int indent) {
        for (int i = 0; i < indent; i++) {
            sb.append("  ");
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
