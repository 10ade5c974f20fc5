package nl.openbaar.api.woo;

import java.nio.file.Path;

/**
 * Where the Woo register keeps its private files ({@code <dataDir>/woo}, {@code <dataDir>/staff}) and its limits: the
 * largest upload, and the most URLs in one sitemap (the sitemaps.org maximum is 50,000).
 */
public record WooConfig(Path dataDir, long maxUploadBytes, int sitemapSize) {
    public static final long DEFAULT_MAX_UPLOAD = 100L * 1024 * 1024;
    public static final int MAX_SITEMAP_SIZE = 50_000;

    public WooConfig {
        if (sitemapSize < 1 || sitemapSize > MAX_SITEMAP_SIZE) {
            throw new IllegalArgumentException("a sitemap holds 1 to " + MAX_SITEMAP_SIZE + " URLs, not " + sitemapSize);
        }
    }

    public static WooConfig of(Path dataDir) {
        return new WooConfig(dataDir, DEFAULT_MAX_UPLOAD, MAX_SITEMAP_SIZE);
    }

    public Path wooDir() {
        return dataDir.resolve("woo");
    }
}
