package dev.briefbot.brief;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The regions of {@code config/regions.yaml}, by id. */
public final class Gazetteer {

    private final List<Region> ordered;
    private final Map<String, Region> regions;

    public Gazetteer(List<Region> regions) {
        Map<String, Region> byId = new LinkedHashMap<>();
        regions.forEach(region -> byId.put(region.id(), region));
        this.regions = Map.copyOf(byId);
        this.ordered = List.copyOf(regions);
    }

    /**
     * The gazetteer of a config folder, checked as the loader checks it.
     *
     * @throws LibraryException naming the file, the entry and what to fix
     */
    public static Gazetteer read(Path configDir) {
        Path file = configDir.resolve(LibraryLoader.REGIONS);
        if (!Files.isRegularFile(file)) {
            throw LibraryException.in(file, "", "not found. Create it with China's 34 provincial-level divisions (see "
                    + "docs/seed-format.md), or point briefbot.config-dir at the folder that holds it.", null);
        }
        return GazetteerReader.read(file);
    }

    public List<Region> regions() {
        return ordered;
    }

    public Optional<Region> find(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    public Region get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no region '" + id + "' in the gazetteer"));
    }

    /**
     * The provincial-level division a region belongs to: itself, or a city's, district's or zone's province; empty
     * for a cluster.
     */
    public Optional<Region> provinceOf(Region region) {
        if (region.type() == Region.Type.CITY || region.type().isBelowCity()) {
            return find(region.province());
        }
        return region.type() == Region.Type.CLUSTER ? Optional.empty() : Optional.of(region);
    }

    /** The city a region is in: itself for a city, a district's or zone's city; empty for any other. */
    public Optional<Region> cityOf(Region region) {
        if (region.type() == Region.Type.CITY) {
            return Optional.of(region);
        }
        return region.type().isBelowCity() && region.city() != null ? find(region.city()) : Optional.empty();
    }
}
