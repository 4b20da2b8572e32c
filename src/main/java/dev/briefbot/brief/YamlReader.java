package dev.briefbot.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a raw record and turns Jackson's failures (malformed YAML, a misspelt key, a value of
 * the wrong form) into one message naming the file, the entry and the fix.
 */
final class YamlReader {

    // one mapper for every file: building it is the expensive part, and it is thread-safe once configured
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // YAML lets a later key silently replace an earlier one; in a long seed that loses curated facts
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    // how an entry of a list is called in a message: "proposals[2]" reads as "proposal 'its-id'"
    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("proposals", "proposal"), Map.entry("rankings", "ranking"),
            Map.entry("context", "context"), Map.entry("entries", "entry"), Map.entry("quotes", "quote"),
            Map.entry("provinces", "province"), Map.entry("cities", "city"), Map.entry("districts", "district"),
            Map.entry("clusters", "cluster"));

    private YamlReader() {
    }

    static <T> T read(Path file, Class<T> type) {
        try {
            T value = MAPPER.readValue(file.toFile(), type);
            if (value == null) {
                throw new LibraryException(file + ": the file is empty. Fill it in as docs/seed-format.md shows.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw LibraryException.in(file, where(file, e), "unknown key '" + e.getPropertyName() + "'"
                    + keyLine(file, e) + ". Known keys here: " + knownKeys(e)
                    + ". Fix the spelling or remove the key.", e);
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw new LibraryException(file + ": the file is empty or is not a mapping of keys (key: value). "
                        + "Fill it in as docs/seed-format.md shows.", e);
            }
            throw LibraryException.in(file, where(file, e), "'" + lastKey(e) + "'" + line(e.getLocation())
                    + " should be " + form(e.getTargetType()) + ". Fix its value.", e);
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.lookingAt()) {
                String second = e.getLocation() == null ? ""
                        : " (the second at line " + e.getLocation().getLineNr() + ")";
                throw new LibraryException(file + ": key '" + duplicate.group(1) + "' is given twice in one entry"
                        + second + "; keep one of them.", e);
            }
            throw new LibraryException(file + ": malformed YAML" + syntaxProblem(e)
                    + ". Check the indentation and quoting around that line.", e);
        } catch (IOException e) {
            throw new LibraryException(file + ": cannot be read (" + e.getMessage() + "). Check that it exists "
                    + "and is readable.", e);
        }
    }

    /** The entry the failing key belongs to, e.g. {@code "proposal 'wu-wenyan-robots'"}, or "" at the top. */
    private static String where(Path file, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        JsonNode node = treeOrNull(file);
        StringBuilder entry = new StringBuilder();
        for (int i = 0; i < path.size() - 1; i++) {
            JsonMappingException.Reference list = path.get(i);
            JsonMappingException.Reference index = path.get(i + 1);
            if (list.getFieldName() == null) {
                continue;
            }
            node = node == null ? null : node.get(list.getFieldName());
            if (index.getIndex() < 0) {
                continue;
            }
            node = node == null ? null : node.get(index.getIndex());
            JsonNode id = node == null ? null : node.get("id");
            String noun = SINGULAR.getOrDefault(list.getFieldName(), list.getFieldName());
            entry.append(entry.isEmpty() ? "" : ", ").append(noun).append(id != null && id.isValueNode()
                    ? " '" + id.asText() + "'" : " " + (index.getIndex() + 1));
            i++;
        }
        return entry.toString();
    }

    // read again only on failure, to name the entry by its id rather than by its index
    private static JsonNode treeOrNull(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The line of the unknown key. Jackson reports the end of the entry (a record's values are buffered until then),
     * so the key is the last one of that name at or before the reported line.
     */
    private static String keyLine(Path file, UnrecognizedPropertyException e) {
        int reported = e.getLocation() == null ? Integer.MAX_VALUE : e.getLocation().getLineNr();
        int found = -1;
        try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                if (line > reported) {
                    break;
                }
                if (token == JsonToken.FIELD_NAME && e.getPropertyName().equals(parser.currentName())) {
                    found = line;
                }
            }
        } catch (IOException ignored) {
            // the file parsed once already; without a line the message still names the key and the entry
        }
        return found > 0 ? " (line " + found + ")" : line(e.getLocation());
    }

    private static String lastKey(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return "the file";
    }

    private static String knownKeys(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null ? "see docs/seed-format.md"
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String form(Class<?> type) {
        if (type == null) {
            return "of another form";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list, e.g. [a, b]";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a single text value";
        }
        return "a mapping of keys (key: value)";
    }

    /** SnakeYAML says what it expected and where; Jackson's own message is only its first, vaguest line. */
    private static String syntaxProblem(JsonProcessingException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof MarkedYAMLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark at = yaml.getProblemMark();
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " that starts at line " + (yaml.getContextMark().getLine() + 1) + ")";
            return " at line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1) + ": "
                    + firstLine(yaml.getProblem()) + context;
        }
        return line(e.getLocation()) + ": " + firstLine(e.getOriginalMessage());
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
