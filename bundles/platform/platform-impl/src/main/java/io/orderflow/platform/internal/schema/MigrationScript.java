package io.orderflow.platform.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL script, {@code V<version>__<description>.sql}, split into statements. */
record MigrationScript(int version, String description, String checksum, List<String> statements) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    static MigrationScript load(URL url) {
        String path = url.getPath();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = url.openStream()) {
            return parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + url, e);
        }
    }

    static MigrationScript parse(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalStateException(
                    "migration script " + fileName + " is not named V<version>__<description>.sql");
        }
        List<String> statements = split(text);
        if (statements.isEmpty()) {
            throw new IllegalStateException("migration script " + fileName + " has no statement");
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                sha256(text.replace("\r\n", "\n")), statements);
    }

    /** Statements end with a line whose last character is ';'. Lines starting with '--' are comments. */
    private static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("the last statement does not end with ';': " + current.toString().strip());
        }
        return statements;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
