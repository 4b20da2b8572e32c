package dev.briefbot.brief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads {@code config/regions.yaml} and checks it: all 34 provincial-level divisions, ids unique across the four
 * lists, no name or alias naming two regions, cities pointing at provincial-level ids, districts at a city or a
 * provincial-level id, clusters at provincial-level or city ids.
 */
final class GazetteerReader {

    static final int PROVINCIAL_LEVEL_DIVISIONS = 34;

    private final Problems problems;

    private GazetteerReader(Path file) {
        this.problems = new Problems(file);
    }

    static Gazetteer read(Path file) {
        return new GazetteerReader(file).gazetteer(YamlReader.read(file, RawGazetteer.class));
    }

    private Gazetteer gazetteer(RawGazetteer raw) {
        List<Region> regions = new ArrayList<>();
        List<RawProvince> provinces = withoutEmptyEntries("provinces", raw.provinces());
        for (int i = 0; i < provinces.size(); i++) {
            regions.add(province(provinces.get(i), Problems.entry("province", provinces.get(i).id(), i)));
        }
        List<RawCity> cities = withoutEmptyEntries("cities", raw.cities());
        for (int i = 0; i < cities.size(); i++) {
            regions.add(city(cities.get(i), Problems.entry("city", cities.get(i).id(), i)));
        }
        List<RawDistrict> districts = withoutEmptyEntries("districts", raw.districts());
        for (int i = 0; i < districts.size(); i++) {
            regions.add(district(districts.get(i), Problems.entry("district", districts.get(i).id(), i), regions));
        }
        List<RawCluster> clusters = withoutEmptyEntries("clusters", raw.clusters());
        for (int i = 0; i < clusters.size(); i++) {
            regions.add(cluster(clusters.get(i), Problems.entry("cluster", clusters.get(i).id(), i)));
        }
        checkProvincialLevelCount(regions);
        checkUniqueIds(regions);
        checkUniqueNames(regions);
        checkProvincialReferences(regions);
        problems.throwIfAny();
        return new Gazetteer(regions);
    }

    private <T> List<T> withoutEmptyEntries(String list, List<T> raws) {
        if (raws == null) {
            return List.of();
        }
        if (raws.stream().anyMatch(Objects::isNull)) {
            problems.add("", "'" + list + "' has an empty entry (a lone '-'); fill it in or remove it");
        }
        return raws.stream().filter(Objects::nonNull).toList();
    }

    private Region province(RawProvince raw, String entry) {
        problems.checkId(entry, raw.id());
        return new Region(raw.id(), problems.requireText(entry, "name", raw.name()), type(entry, raw.type()),
                problems.requireText(entry, "chinese", raw.chinese()),
                problems.texts(entry, "aliases", raw.aliases()), null, List.of());
    }

    private Region.Type type(String entry, String type) {
        if (Problems.isBlank(type)) {
            problems.add(entry, "'type' is missing; add province, municipality, autonomous-region or sar");
            return Region.Type.PROVINCE;
        }
        return switch (type.strip()) {
            case "province" -> Region.Type.PROVINCE;
            case "municipality" -> Region.Type.MUNICIPALITY;
            case "autonomous-region" -> Region.Type.AUTONOMOUS_REGION;
            case "sar" -> Region.Type.SAR;
            default -> {
                problems.add(entry, "type '" + type + "' is unknown; use province, municipality, autonomous-region"
                        + " or sar");
                yield Region.Type.PROVINCE;
            }
        };
    }

    private Region city(RawCity raw, String entry) {
        problems.checkId(entry, raw.id());
        return new Region(raw.id(), problems.requireText(entry, "name", raw.name()), Region.Type.CITY,
                problems.requireText(entry, "chinese", raw.chinese()),
                problems.texts(entry, "aliases", raw.aliases()),
                problems.requireText(entry, "province", raw.province()), List.of());
    }

    /** A district or zone in a city (its province is the city's) or directly under a provincial-level division. */
    private Region district(RawDistrict raw, String entry, List<Region> earlier) {
        problems.checkId(entry, raw.id());
        String city = Problems.isBlank(raw.city()) ? null : raw.city().strip();
        String province = Problems.isBlank(raw.province()) ? null : raw.province().strip();
        if ((city == null) == (province == null)) {
            problems.add(entry, "give either 'city' (the id of an entry under 'cities') or 'province' (for a district "
                    + "of a municipality, or a zone a province runs itself), not " + (city == null ? "neither" : "both"));
        } else if (city != null) {
            Region found = earlier.stream().filter(region -> region.id().equals(city)).findFirst().orElse(null);
            if (found == null || found.type() != Region.Type.CITY) {
                problems.add(entry, "city '" + city + "' is not the id of an entry under 'cities'" + Problems.didYouMean(
                        city, earlier.stream().filter(region -> region.type() == Region.Type.CITY).map(Region::id)
                                .toList()) + "; use a city id, or 'province' for a district of a municipality");
            } else {
                province = found.province();
            }
        }
        return new Region(raw.id(), problems.requireText(entry, "name", raw.name()), districtType(entry, raw.type()),
                problems.requireText(entry, "chinese", raw.chinese()),
                problems.texts(entry, "aliases", raw.aliases()), province, city, List.of());
    }

    private Region.Type districtType(String entry, String type) {
        if (Problems.isBlank(type)) {
            return Region.Type.DISTRICT;
        }
        return switch (type.strip()) {
            case "district" -> Region.Type.DISTRICT;
            case "zone" -> Region.Type.ZONE;
            default -> {
                problems.add(entry, "type '" + type + "' is unknown; use district or zone (or leave it out for a "
                        + "district)");
                yield Region.Type.DISTRICT;
            }
        };
    }

    private Region cluster(RawCluster raw, String entry) {
        problems.checkId(entry, raw.id());
        return new Region(raw.id(), problems.requireText(entry, "name", raw.name()), Region.Type.CLUSTER,
                problems.requireText(entry, "chinese", raw.chinese()),
                problems.texts(entry, "aliases", raw.aliases()), null,
                problems.requireTexts(entry, "members", raw.members()));
    }

    private void checkProvincialLevelCount(List<Region> regions) {
        List<Region> provincial = regions.stream().filter(region -> region.type().isProvincialLevel()).toList();
        if (provincial.size() != PROVINCIAL_LEVEL_DIVISIONS) {
            Map<Region.Type, Long> byType = provincial.stream()
                    .collect(Collectors.groupingBy(Region::type, Collectors.counting()));
            problems.add("", "'provinces' lists " + provincial.size() + " provincial-level divisions ("
                    + byType.getOrDefault(Region.Type.PROVINCE, 0L) + " provinces, "
                    + byType.getOrDefault(Region.Type.MUNICIPALITY, 0L) + " municipalities, "
                    + byType.getOrDefault(Region.Type.AUTONOMOUS_REGION, 0L) + " autonomous regions, "
                    + byType.getOrDefault(Region.Type.SAR, 0L) + " SARs); China has " + PROVINCIAL_LEVEL_DIVISIONS
                    + " (23 provinces, 4 municipalities, 5 autonomous regions, 2 SARs). List each exactly once.");
        }
    }

    private void checkUniqueIds(List<Region> regions) {
        Map<String, Region> byId = new HashMap<>();
        for (Region region : regions) {
            if (Problems.isBlank(region.id())) {
                continue;
            }
            Region earlier = byId.putIfAbsent(region.id(), region);
            if (earlier != null) {
                problems.add(describe(region), "the id is also used by " + describe(earlier)
                        + "; ids must be unique across provinces, cities and clusters");
            }
        }
    }

    /** A name or alias, compared without case, must lead to one region only, or a lookup could not choose. */
    private void checkUniqueNames(List<Region> regions) {
        Map<String, Region> byName = new HashMap<>();
        for (Region region : regions) {
            for (String name : namesOf(region)) {
                Region earlier = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), region);
                if (earlier != null && earlier != region) {
                    problems.add(describe(region), "the name or alias '" + name + "' also names " + describe(earlier)
                            + "; a name (in any case) may name one region only, so change or remove one of them");
                }
            }
        }
    }

    private static Set<String> namesOf(Region region) {
        Set<String> names = new LinkedHashSet<>();
        if (!Problems.isBlank(region.name())) {
            names.add(region.name());
        }
        names.addAll(region.aliases());
        return names;
    }

    private void checkProvincialReferences(List<Region> regions) {
        Set<String> provincial = regions.stream().filter(region -> region.type().isProvincialLevel())
                .map(Region::id).collect(Collectors.toSet());
        Set<String> cities = regions.stream().filter(region -> region.type() == Region.Type.CITY)
                .map(Region::id).collect(Collectors.toSet());
        for (Region region : regions) {
            boolean named = region.type() == Region.Type.CITY || region.type().isBelowCity() && region.city() == null;
            if (named && region.province() != null) {
                checkProvincial(region, "province", region.province(), provincial);
            }
            region.members().stream().filter(member -> !cities.contains(member)).forEach(member ->
                    checkMember(region, member, provincial, cities));
        }
    }

    private void checkProvincial(Region region, String role, String id, Set<String> provincial) {
        if (!provincial.contains(id)) {
            problems.add(describe(region), role + " '" + id + "' is not the id of an entry under 'provinces'"
                    + Problems.didYouMean(id, provincial) + "; use a provincial-level id");
        }
    }

    private void checkMember(Region cluster, String id, Set<String> provincial, Set<String> cities) {
        if (!provincial.contains(id)) {
            Set<String> known = new TreeSet<>(provincial);
            known.addAll(cities);
            problems.add(describe(cluster), "member '" + id + "' is not the id of an entry under 'provinces' or "
                    + "'cities'" + Problems.didYouMean(id, known) + "; use a provincial-level or city id");
        }
    }

    private static String describe(Region region) {
        String noun = switch (region.type()) {
            case CITY -> "city";
            case DISTRICT, ZONE -> "district";
            case CLUSTER -> "cluster";
            default -> "province";
        };
        return noun + " '" + region.id() + "'";
    }

    private record RawGazetteer(List<RawProvince> provinces, List<RawCity> cities, List<RawDistrict> districts,
                                List<RawCluster> clusters) {
    }

    private record RawDistrict(String id, String name, String type, String chinese, String city, String province,
                               List<String> aliases) {
    }

    private record RawProvince(String id, String name, String type, String chinese, List<String> aliases) {
    }

    private record RawCity(String id, String name, String chinese, String province, List<String> aliases) {
    }

    private record RawCluster(String id, String name, String chinese, List<String> aliases, List<String> members) {
    }
}
