package nl.openbaar.api.rest;

import io.javalin.http.Context;

/** ETag per store version and representation, Cache-Control, and 304 for a matching If-None-Match. */
public final class Conditional {
    public static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

    private Conditional() {
    }

    /**
     * Sets the validators of the answer; true when the client's copy is current, in which case a 304 has been answered
     * and the handler must stop.
     */
    public static boolean notModified(Context ctx, String version, String representation) {
        String etag = "\"" + version + "-" + representation + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Vary", "Accept");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                ctx.status(304);
                return true;
            }
        }
        return false;
    }
}
