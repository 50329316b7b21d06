package vn.partydev.admission.service;

import vn.partydev.platform.problem.BadRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The header of an import file: where each known column is; required ones must be present, unknown ones are refused. */
public final class CsvColumns {

    private final Map<String, Integer> positions = new HashMap<>();

    public CsvColumns(List<String> header, List<String> required, List<String> optional) {
        Set<String> known = new java.util.HashSet<>(required);
        known.addAll(optional);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(java.util.Locale.ROOT);
            if (!known.contains(name)) {
                throw new BadRequest("CSV_HEADER", "unknown column '" + name + "'; the columns are " + required + " and optionally " + optional);
            }
            if (positions.put(name, i) != null) {
                throw new BadRequest("CSV_HEADER", "column '" + name + "' appears twice");
            }
        }
        List<String> missing = required.stream().filter(name -> !positions.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new BadRequest("CSV_HEADER", "missing columns " + missing + "; the file's first line must name the columns");
        }
    }

    /** The value of {@code column} in {@code record}; empty when the column is absent or the record short. */
    public String value(List<String> record, String column) {
        Integer position = positions.get(column);
        return position == null || position >= record.size() ? "" : record.get(position);
    }

    public int width() {
        return positions.size();
    }
}
