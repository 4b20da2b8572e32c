package dev.briefbot.brief;

import java.util.List;

/**
 * A place of the gazetteer: a provincial-level division, a city, a district or zone below a city (or directly under
 * a province or municipality), or a cluster of provinces and cities.
 *
 * @param chineseName the name in Chinese characters, e.g. 深圳
 * @param aliases     other names people use, e.g. {@code Peking}
 * @param province    for a city, district or zone, the id of its provincial-level division; otherwise {@code null}
 * @param city        for a district or zone inside a city, the city's id; otherwise {@code null}
 * @param members     for a cluster, the ids of its members (provincial-level divisions or cities); otherwise empty
 */
public record Region(String id, String name, Type type, String chineseName, List<String> aliases,
                     String province, String city, List<String> members) {

    public enum Type {
        PROVINCE, MUNICIPALITY, AUTONOMOUS_REGION, SAR, CITY, DISTRICT, ZONE, CLUSTER;

        public boolean isProvincialLevel() {
            return this == PROVINCE || this == MUNICIPALITY || this == AUTONOMOUS_REGION || this == SAR;
        }

        /** A district or a zone: a place below a city, or directly under a province or municipality. */
        public boolean isBelowCity() {
            return this == DISTRICT || this == ZONE;
        }
    }

    public Region {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    /** A region that is no district: its city, if any, is itself or none. */
    public Region(String id, String name, Type type, String chineseName, List<String> aliases, String province,
                  List<String> members) {
        this(id, name, type, chineseName, aliases, province, null, members);
    }
}
