package nl.openbaar.harvester.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of a manifest file, as written. */
record ManifestEntry(@JsonProperty("id") String id,
                     @JsonProperty("file") String file,
                     @JsonProperty("url") String url,
                     @JsonProperty("municipality") String municipality,
                     @JsonProperty("fiscalYear") Integer fiscalYear,
                     @JsonProperty("kind") String kind,
                     @JsonProperty("programme") String programme,
                     @JsonProperty("part") String part,
                     @JsonProperty("title") String title,
                     @JsonProperty("published") String published) {
}
