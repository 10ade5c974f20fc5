package nl.openbaar.api.woo;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.woo.diwoo.Categories;
import nl.openbaar.api.woo.diwoo.DiwooXml;
import nl.openbaar.api.woo.publication.PublicEntry;
import nl.openbaar.api.woo.publication.PublicFile;
import nl.openbaar.api.woo.publication.PublicRegister;
import nl.openbaar.vocab.Iris;

/**
 * What the national Woo index harvests: {@code /robots.txt} pointing to the sitemap index files, one index per
 * information category ({@code /woo/sitemapindex-diwoo-infocatNNN.xml}) and one of everything
 * ({@code /woo/sitemapindex.xml}), sitemaps per category of at most the configured number of URLs
 * ({@code /woo/sitemaps/{code}-{n}.xml}, {@code loc} the document itself), and a DiWoo record per publication.
 */
public final class WooIndex {
    private static final String XML = "application/xml; charset=utf-8";
    private static final Pattern SITEMAP = Pattern.compile("([a-z0-9]+)-(\\d{1,6})\\.xml");
    private static final Pattern CATEGORY_INDEX = Pattern.compile("sitemapindex-diwoo-([a-z0-9]+)\\.xml");

    private final PublicRegister register;
    private final Iris iris;
    private final int sitemapSize;
    private final DiwooXml xml = new DiwooXml();

    public WooIndex(PublicRegister register, Iris iris, int sitemapSize) {
        this.register = register;
        this.iris = iris;
        this.sitemapSize = sitemapSize;
    }

    /** Per category code, the URLs of its sitemaps in order. */
    public Map<String, List<DiwooXml.SitemapUrl>> urlsByCategory() {
        List<PublicEntry> entries = register.all().stream().filter(xml::indexable).toList();
        Map<String, List<DiwooXml.SitemapUrl>> byCategory = new LinkedHashMap<>();
        for (Categories.Category category : Categories.all()) {
            List<DiwooXml.SitemapUrl> urls = new ArrayList<>();
            for (PublicEntry e : entries) {
                if (e.categories().contains(category.iri())) {
                    for (PublicFile f : e.files()) {
                        String loc = f.downloadUrl() != null ? f.downloadUrl() : iris.publicationFileDownload(e.id(), f.id());
                        urls.add(new DiwooXml.SitemapUrl(loc, lastmod(e, f), e, f));
                    }
                }
            }
            if (!urls.isEmpty()) {
                urls.sort(Comparator.comparing(DiwooXml.SitemapUrl::loc));
                byCategory.put(category.code(), urls);
            }
        }
        return byCategory;
    }

    public void robots(Context ctx) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n\n");
        robots.append("Sitemap: ").append(iris.base()).append("woo/sitemapindex.xml\n");
        for (String code : urlsByCategory().keySet()) {
            robots.append("Sitemap: ").append(iris.base()).append("woo/sitemapindex-diwoo-").append(code).append(".xml\n");
        }
        ctx.contentType("text/plain; charset=utf-8").result(robots.toString());
    }

    /** {@code /woo/sitemapindex.xml}: every sitemap of every category. */
    public void index(Context ctx) {
        answerIndex(ctx, urlsByCategory());
    }

    /** {@code /woo/sitemapindex-diwoo-{code}.xml}: the sitemaps of one category. */
    public void categoryIndex(Context ctx) {
        String name = "sitemapindex-diwoo-" + ctx.pathParam("code") + ".xml";
        Matcher m = CATEGORY_INDEX.matcher(name);
        List<DiwooXml.SitemapUrl> urls = m.matches() ? urlsByCategory().get(m.group(1)) : null;
        if (urls == null) {
            throw ProblemException.of("not-found", "Not Found", 404, "there is no sitemap index " + name);
        }
        answerIndex(ctx, Map.of(m.group(1), urls));
    }

    private void answerIndex(Context ctx, Map<String, List<DiwooXml.SitemapUrl>> byCategory) {
        List<DiwooXml.SitemapRef> refs = new ArrayList<>();
        byCategory.forEach((code, urls) -> {
            for (int page = 0; page * sitemapSize < urls.size(); page++) {
                List<DiwooXml.SitemapUrl> part = urls.subList(page * sitemapSize, Math.min(urls.size(), (page + 1) * sitemapSize));
                String newest = part.stream().map(DiwooXml.SitemapUrl::lastmod).filter(Objects::nonNull).max(String::compareTo).orElse(null);
                refs.add(new DiwooXml.SitemapRef(iris.base() + "woo/sitemaps/" + code + "-" + (page + 1) + ".xml", newest));
            }
        });
        if (refs.isEmpty()) {
            throw ProblemException.of("not-found", "Not Found", 404, "the register has no public documents yet, so there is no sitemap");
        }
        ctx.contentType(XML).result(xml.sitemapIndex(refs));
    }

    /** {@code /woo/sitemaps/{name}} for {@code <code>-<n>.xml}: one sitemap of a category. */
    public void sitemap(Context ctx) {
        Matcher m = SITEMAP.matcher(ctx.pathParam("name"));
        List<DiwooXml.SitemapUrl> urls = m.matches() ? urlsByCategory().get(m.group(1)) : null;
        int page = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (urls == null || page < 1 || (long) (page - 1) * sitemapSize >= urls.size()) {
            throw ProblemException.of("not-found", "Not Found", 404, "there is no sitemap " + ctx.pathParam("name"));
        }
        ctx.contentType(XML).result(xml.sitemap(urls.subList((page - 1) * sitemapSize, Math.min(urls.size(), page * sitemapSize))));
    }

    /** {@code /woo/diwoo/{name}} for {@code <publication id>.xml}. */
    public void record(Context ctx) {
        String name = ctx.pathParam("name");
        PublicEntry entry = name.endsWith(".xml") ? register.find(name.substring(0, name.length() - 4)).orElse(null) : null;
        if (entry == null || !xml.indexable(entry)) {
            throw ProblemException.of("not-found", "Not Found", 404, "there is no public publication for " + name);
        }
        ctx.contentType(XML).result(xml.record(entry));
    }

    private static String lastmod(PublicEntry e, PublicFile f) {
        String a = e.withdrawn() && e.withdrawnOn() != null ? e.withdrawnOn() : e.modified();
        String b = f.modified();
        String newest = a == null ? b : b == null ? a : (a.compareTo(b) >= 0 ? a : b);
        return DiwooXml.seconds(newest);
    }
}
