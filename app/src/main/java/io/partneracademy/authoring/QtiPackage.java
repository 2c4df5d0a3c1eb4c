package io.partneracademy.authoring;

import io.partneracademy.content.Problems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of a QTI content package (a zip with {@code imsmanifest.xml} at its root), read into memory under
 * limits so that no package can exhaust the server: at most {@value #MAX_ENTRIES} files, {@value #MAX_FILE} bytes
 * unpacked per file and {@value #MAX_TOTAL} in all, counted while inflating (a zip bomb stops at the limit, whatever
 * its headers claim). Names that could leave the package ({@code ..}, absolute paths, drive letters, backslashes)
 * and names given twice are refused.
 */
record QtiPackage(Map<String, byte[]> files) {

    static final int MAX_ENTRIES = 2_000;
    static final int MAX_FILE = 4 * 1024 * 1024;
    static final int MAX_TOTAL = 32 * 1024 * 1024;
    static final String MANIFEST = "imsmanifest.xml";
    private static final Pattern UNSAFE = Pattern.compile("(^|/)\\.\\.(/|$)|^/|\\\\|^[A-Za-z]:|\\x00");

    /** The package's files by their path inside it, or null with problems naming {@code upload} and the entry. */
    static QtiPackage read(String upload, byte[] zip, Problems problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (UNSAFE.matcher(name).find()) {
                    problems.add(upload, 1, "entry '" + name + "' would be written outside the package; nothing imported");
                    return null;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    problems.add(upload, 1, "more than " + MAX_ENTRIES + " files in the package; nothing imported");
                    return null;
                }
                byte[] bytes = readLimited(in, Math.min(MAX_FILE, MAX_TOTAL - total));
                if (bytes == null) {
                    problems.add(upload, 1, "entry '" + name + "' unpacks to more than "
                            + (total + MAX_FILE > MAX_TOTAL ? MAX_TOTAL / (1024 * 1024) + " MiB for the whole package"
                            : MAX_FILE / (1024 * 1024) + " MiB") + "; nothing imported");
                    return null;
                }
                total += bytes.length;
                if (files.put(name, bytes) != null) {
                    problems.add(upload, 1, "entry '" + name + "' is in the package twice; nothing imported");
                    return null;
                }
            }
        } catch (ZipException e) {
            problems.add(upload, 1, "not a readable zip file (" + e.getMessage() + "); nothing imported");
            return null;
        } catch (IOException e) {
            problems.add(upload, 1, "not a readable zip file (" + e.getMessage() + "); nothing imported");
            return null;
        }
        if (files.isEmpty()) {
            problems.add(upload, 1, "not a zip file with files in it; a QTI package is a zip with " + MANIFEST);
            return null;
        }
        if (!files.containsKey(MANIFEST)) {
            problems.add(upload, 1, "no " + MANIFEST + " at the root of the package");
            return null;
        }
        return new QtiPackage(files);
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
