package org.pvdm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pvdm.model.convert.Selection;

/**
 * Reads a plan saved by {@code pvdm plan --json} as the untrusted file it is: bounded in size, strict UTF-8 and
 * JSON, every field of the right type and shape, no field pvdm does not write, and the fields consistent with
 * each other. Anything else is refused with exit 7 and one line, before any host is contacted.
 */
final class PlanFile {
    /** A plan holds one guest's diff: far below this even for definitions with multi-megabyte descriptions. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final Set<String> KEYS =
            Set.of("uri", "guest", "uuid", "base", "changes", "checks", "diff", "selection", "blocked", "stages");
    private static final Set<String> CHANGE_KEYS = Set.of("device", "from", "to", "reason");
    private static final Set<String> CHECK_KEYS = Set.of("id", "verdict", "message", "devices");
    private static final Set<String> VERDICTS = Set.of("ok", "warn", "block");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BASE = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One saved change: device, from, to as pvdm plan showed them. */
    record SavedChange(String device, String from, String to) {}

    record Saved(String uri, String guest, String uuid, String base, List<SavedChange> changes, String diff,
                 List<String> selection, boolean blocked) {}

    private final Path file;

    private PlanFile(Path file) {
        this.file = file;
    }

    static Saved read(Path file) {
        return new PlanFile(file).parse(bytes(file));
    }

    private static byte[] bytes(Path file) {
        if (!Files.exists(file)) {
            throw new CliException(ExitCodes.NOT_FOUND, file + ": no such file (give the file pvdm plan --json wrote)");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": not a regular file, so not a plan");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw new CliException(ExitCodes.BAD_INPUT, file + ": larger than " + (MAX_BYTES >> 20)
                        + " MiB, so not a plan saved by pvdm plan --json; nothing was done");
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NOT_FOUND, file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO, file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private Saved parse(byte[] bytes) {
        JsonNode n;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            n = JSON.readTree(text);
        } catch (CharacterCodingException e) {
            throw bad("it is not UTF-8 text");
        } catch (IOException e) {
            throw bad("it is not valid JSON (" + e.getMessage().lines().findFirst().orElse("").strip() + ")");
        }
        if (n == null || !n.isObject()) {
            throw bad("it is not a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw bad("unknown field '" + printable(k) + "'");
            }
        }
        String uri = text(n, "uri", 1024);
        String guest = text(n, "guest", 256);
        String uuid = text(n, "uuid", 64);
        String base = text(n, "base", 80);
        String diff = text(n, "diff", MAX_BYTES);
        if (guest.isBlank()) {
            throw bad("'guest' is empty");
        }
        if (!UUID.matcher(uuid).matches()) {
            throw bad("'uuid' is not a UUID");
        }
        if (!BASE.matcher(base).matches()) {
            throw bad("'base' is not sha256:<64 hex digits>");
        }
        List<SavedChange> changes = changes(array(n, "changes"));
        boolean blocked = checks(array(n, "checks"));
        if (!n.has("blocked") || !n.get("blocked").isBoolean()) {
            throw bad("'blocked' is missing or not true/false");
        }
        if (n.get("blocked").booleanValue() != blocked) {
            throw bad("'blocked' says " + n.get("blocked").booleanValue() + " but its checks say " + blocked);
        }
        if (changes.isEmpty() != diff.isEmpty()) {
            throw bad(changes.isEmpty() ? "it lists no change but holds a diff" : "it lists changes but no diff");
        }
        List<String> selection = new ArrayList<>();
        for (JsonNode x : array(n, "selection")) {
            if (!x.isTextual()) {
                throw bad("'selection' holds something other than words");
            }
            selection.add(x.textValue());
        }
        try {
            Selection.fromArgs(selection);
        } catch (IllegalArgumentException e) {
            throw bad("its 'selection' is not one pvdm plan makes (" + printable(e.getMessage()) + ")");
        }
        return new Saved(uri, guest, uuid, base, changes, diff, selection, blocked);
    }

    private List<SavedChange> changes(JsonNode array) {
        List<SavedChange> out = new ArrayList<>();
        for (JsonNode c : array) {
            exactKeys(c, CHANGE_KEYS, "changes");
            out.add(new SavedChange(text(c, "device", 256), text(c, "from", 512), text(c, "to", 512)));
            text(c, "reason", 4096);
        }
        return out;
    }

    /** Validates the checks; true when one blocks. */
    private boolean checks(JsonNode array) {
        boolean blocked = false;
        for (JsonNode c : array) {
            exactKeys(c, CHECK_KEYS, "checks");
            text(c, "id", 128);
            text(c, "message", 8192);
            String verdict = text(c, "verdict", 16);
            if (!VERDICTS.contains(verdict)) {
                throw bad("a check's verdict is '" + printable(verdict) + "', not ok, warn or block");
            }
            blocked |= verdict.equals("block");
            for (JsonNode d : array(c, "devices")) {
                if (!d.isTextual()) {
                    throw bad("a check's devices are not all names");
                }
            }
        }
        return blocked;
    }

    private void exactKeys(JsonNode o, Set<String> keys, String where) {
        if (!o.isObject() || o.size() != keys.size()) {
            throw bad("an entry of '" + where + "' does not have exactly the fields " + String.join(", ", keys));
        }
        for (String k : keys) {
            if (!o.has(k)) {
                throw bad("an entry of '" + where + "' has no '" + k + "'");
            }
        }
    }

    private JsonNode array(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isArray()) {
            throw bad("'" + key + "' is missing or not a list");
        }
        return v;
    }

    private String text(JsonNode o, String key, int max) {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw bad("'" + key + "' is missing or not text");
        }
        String s = v.textValue();
        if (s.length() > max) {
            throw bad("'" + key + "' is longer than " + max + " characters");
        }
        return s;
    }

    private CliException bad(String why) {
        return new CliException(ExitCodes.BAD_INPUT, file + ": not a plan pvdm can apply: " + why
                + "; nothing was done (make a new plan with pvdm plan --json)");
    }

    /** A piece of the file, safe for one line of a terminal. */
    static String printable(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return t.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    }
}
