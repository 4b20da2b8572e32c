package dev.briefbot.brief;

import java.util.List;

/**
 * A place of the gazetteer: a provincial-level division, a city, or a cluster of provinces.
 *
 * @param chineseName the name in Chinese characters, e.g. 深圳
 * @param aliases     other names people use, e.g. {@code Peking}
 * @param province    for a city, the id of its provincial-level division; otherwise {@code null}
 * @param members     for a cluster, the ids of its members; otherwise empty
 */
public record Region(String id, String name, Type type, String chineseName, List<String> aliases,
                     String province, List<String> members) {

    public enum Type {
        PROVINCE, MUNICIPALITY, AUTONOMOUS_REGION, SAR, CITY, CLUSTER;

        public boolean isProvincialLevel() {
            return this != CITY && this != CLUSTER;
        }
    }

    public Region {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }
}
