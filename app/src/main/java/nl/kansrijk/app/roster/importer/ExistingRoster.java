package nl.kansrijk.app.roster.importer;

import nl.kansrijk.app.roster.RosterBatch.GroupKind;
import nl.kansrijk.app.roster.RosterBatch.Slot;

import java.util.Map;
import java.util.Set;

/** What the school already has stored: an upload may refer to it instead of repeating it. */
public record ExistingRoster(Set<Slot> periods, Map<String, GroupKind> groups, Map<String, Integer> groupYears,
                             Set<String> pupilIds, Set<String> lessonIds) {

    public static final ExistingRoster EMPTY = new ExistingRoster(Set.of(), Map.of(), Map.of(), Set.of(), Set.of());
}
