package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A request's parameters as one JSON object, from the query string and a JSON, form or multipart body. */
final class RequestParams {

    private static final Pattern PART_NAME = Pattern.compile("(?<![a-z])name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private final ObjectMapper json;

    RequestParams(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode read(HttpExchange exchange) throws IOException {
        ObjectNode params = json.createObjectNode();
        readForm(exchange.getRequestURI().getRawQuery(), params);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String header = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String type = header.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") && body.length > 0) {
            params.setAll(jsonObject(body));
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            readForm(new String(body, StandardCharsets.UTF_8), params);
        } else if (type.startsWith("multipart/form-data")) {
            readMultipart(body, header.substring(type.indexOf("boundary=") + 9).replace("\"", ""), params);
        }
        return params;
    }

    private ObjectNode jsonObject(byte[] body) {
        try {
            if (json.readTree(body) instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException notJson) {
            // answered below, as Telegram answers a body it cannot read
        }
        throw ApiError.badRequest("can't parse JSON object");
    }

    private void readForm(String form, ObjectNode params) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.set(name, value(value));
        }
    }

    // A text part becomes its value; a file part (one with a filename) an object of its file_name and its bytes.
    private void readMultipart(byte[] body, String boundary, ObjectNode params) {
        String all = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : all.split("--" + Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            Matcher name = PART_NAME.matcher(part);
            if (headerEnd < 0 || !name.find() || name.start() > headerEnd) {
                continue;
            }
            String raw = part.substring(headerEnd + 4, part.endsWith("\r\n") ? part.length() - 2 : part.length());
            Matcher fileName = FILE_NAME.matcher(part.substring(0, headerEnd));
            if (fileName.find()) {
                ObjectNode file = params.putObject(name.group(1));
                file.put("file_name", new String(fileName.group(1).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8));
                file.put("content", raw.getBytes(StandardCharsets.ISO_8859_1));
                continue;
            }
            params.set(name.group(1), value(new String(raw.getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8)));
        }
    }

    // Form values that hold JSON (reply_markup, commands, results) become JSON, as Telegram reads them.
    private JsonNode value(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return json.readTree(trimmed);
            } catch (IOException notJson) {
                return json.getNodeFactory().textNode(text);
            }
        }
        return json.getNodeFactory().textNode(text);
    }
}
