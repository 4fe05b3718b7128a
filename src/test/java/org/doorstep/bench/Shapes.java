package org.doorstep.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a sequence of SQL statements, so that what the application sent and what a pgbench script replays can
 * be compared: each statement as its kind — verb, the tables (or sequences) it names in order, and whether it locks
 * ({@code for update}), upserts ({@code on conflict}) or returns rows — and transaction boundaries as {@code begin}
 * and {@code commit}. Values are left out: the script computes new keys where the application bound parameters.
 */
final class Shapes {

    private Shapes() {
    }

    static List<String> of(List<StatementRecorder.Event> events) {
        return events.stream().map(e -> e.statement() ? normalise(e.sql()) : e.kind()).toList();
    }

    /** The SQL commands of a pgbench script in order; meta-commands ({@code \set}) and comments left out. */
    static List<String> ofScript(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String raw : script.split("\n")) {
            String line = withoutComment(raw).strip();
            if (line.isEmpty() || (command.isEmpty() && line.startsWith("\\"))) {
                continue;
            }
            int gset = line.indexOf("\\gset");
            if (gset >= 0) {
                command.append(line, 0, gset).append(' ');
                out.add(normalise(command.toString()));
                command.setLength(0);
                continue;
            }
            command.append(line).append(' ');
            if (line.endsWith(";")) {
                out.add(normalise(command.toString()));
                command.setLength(0);
            }
        }
        if (!command.toString().isBlank()) {
            out.add(normalise(command.toString()));
        }
        return out;
    }

    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_.]*)|nextval\\('([a-z_][a-z0-9_.]*)'\\)");
    private static final Set<String> NOT_TABLES = Set.of("set", "select", "only", "lateral");

    static String normalise(String sql) {
        String s = sql.replaceAll("(?s)/\\*.*?\\*/", " ").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        switch (s) {
            case "begin", "start transaction", "begin transaction":
                return "begin";
            case "commit", "end":
                return "commit";
            case "rollback":
                return "rollback";
            default:
                break;
        }
        StringBuilder kind = new StringBuilder(s.split(" ", 2)[0]);
        Set<String> tables = new LinkedHashSet<>();
        Matcher m = TABLE.matcher(s);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!NOT_TABLES.contains(name)) {
                tables.add(name);
            }
        }
        tables.forEach(t -> kind.append(' ').append(t));
        if (s.contains(" for update")) {
            kind.append(" (for update)");
        }
        if (s.contains(" on conflict")) {
            kind.append(" (on conflict)");
        }
        if (s.contains(" returning ")) {
            kind.append(" (returning)");
        }
        return kind.toString();
    }

    /** The recorded statements as a human reads them: one per line, each with its thread and bound values. */
    static String describe(List<StatementRecorder.Event> events) {
        StringBuilder out = new StringBuilder("-- One intake as the application sent it (thread, connection); "
                + "values after each statement.\n");
        String where = "";
        for (StatementRecorder.Event e : events) {
            String here = e.thread() + ", connection " + e.connection();
            if (!here.equals(where)) {
                out.append("\n-- ").append(here).append('\n');
                where = here;
            }
            out.append(e).append('\n');
        }
        return out.toString();
    }

    /** Both lists numbered side by side from the first difference on. */
    static String diff(List<String> a, List<String> b, String aName, String bName) {
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d statements and boundaries; %s: %d; the first %d agree. From there:%n", aName, a.size(), bName,
                b.size(), first));
        for (int i = first; i < Math.max(a.size(), b.size()); i++) {
            out.append(String.format(Locale.ROOT, "%3d  %s%n     %s%n", i + 1, i < a.size() ? a.get(i) : "(none)",
                    i < b.size() ? b.get(i) : "(none)"));
        }
        return out.toString();
    }

    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && line.charAt(i + 1) == '-') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
