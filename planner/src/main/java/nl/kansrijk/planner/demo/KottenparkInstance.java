package nl.kansrijk.planner.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import nl.kansrijk.planner.domain.ConstraintWeights;
import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.TimeslotKind;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.pairing.Enrolment;
import nl.kansrijk.planner.pairing.PairFormer;
import nl.kansrijk.planner.pairing.PairingRequest;

/**
 * Builds a tutoring week around the real regular timetable of Kottenpark College, Enschede, 2005 (XHSTT archive,
 * Post et al. 2014; CSV in benchmarks/data/kottenpark2005).
 * <p>
 * Choice of pupils: all pupils of years 1–3 (by classes.csv), sorted by id, shuffled with {@code new Random(seed)},
 * the first {@value #HDT_PUPILS} taken. All get maths HDT in school, five sessions a week; the first
 * {@value #EXTENDED_DAY_PUPILS} of the draw also get two extended-day maths sessions. Assumptions: the archive has no
 * abilities, so ratings are drawn like in {@link DemoInstances}; extended-day hours are 16:15 and 17:05 on every
 * day (after period 8, also on the shorter Thursday and Friday); tutors and rooms are generated as for the demo
 * school (25 tutors, 8 rooms); the level is read from the class code (HV, H → havo; A, G → vwo; T → vmbo-t).
 */
public final class KottenparkInstance {

    public static final Path DEFAULT_DIRECTORY = Path.of("benchmarks", "data", "kottenpark2005");
    public static final long DEFAULT_SEED = 2005;
    static final int HDT_PUPILS = 100;
    static final int EXTENDED_DAY_PUPILS = 30;
    static final int TUTORS = 25;
    static final int ROOMS = 8;

    private KottenparkInstance() {
    }

    public static TutoringSchedule load(Path directory, long seed) {
        List<Timeslot> timeslots = new ArrayList<>();
        for (String[] row : readCsv(directory.resolve("timeslots.csv"))) {
            DayOfWeek day = DayOfWeek.valueOf(row[0]);
            timeslots.add(new Timeslot(SchoolWeek.regularId(day, Integer.parseInt(row[1])), day,
                    LocalTime.parse(row[2]), LocalTime.parse(row[3]), TimeslotKind.REGULAR_PERIOD));
        }
        timeslots.addAll(SchoolWeek.extendedDaySlots());

        Map<String, Integer> yearByClass = new HashMap<>();
        for (String[] row : readCsv(directory.resolve("classes.csv"))) {
            yearByClass.put(row[0], Integer.parseInt(row[1]));
        }
        Map<String, String> classByPupil = new TreeMap<>();
        for (String[] row : readCsv(directory.resolve("pupils.csv"))) {
            if (yearByClass.getOrDefault(row[1], 0) <= 3) {
                classByPupil.put(row[0], row[1]);
            }
        }
        List<String> drawn = new ArrayList<>(classByPupil.keySet());
        Random random = new Random(seed);
        Collections.shuffle(drawn, random);
        drawn = drawn.subList(0, Math.min(HDT_PUPILS, drawn.size()));

        Map<String, Map<String, String>> busyByPupil = new HashMap<>();
        for (String pupilId : drawn) {
            busyByPupil.put(pupilId, new HashMap<>());
        }
        for (String[] row : readCsv(directory.resolve("busy.csv"))) {
            Map<String, String> busy = busyByPupil.get(row[0]);
            if (busy != null) {
                busy.put(SchoolWeek.regularId(DayOfWeek.valueOf(row[1]), Integer.parseInt(row[2])), row[4]);
            }
        }

        List<Pupil> pupils = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            String pupilId = drawn.get(i);
            String className = classByPupil.get(pupilId);
            Integer rating = (int) Math.round(850 + 120 * random.nextGaussian());
            Pupil pupil = new Pupil(pupilId, yearByClass.get(className), levelOf(className), rating,
                    busyByPupil.get(pupilId), timeslots);
            pupils.add(pupil);
            enrolments.add(new Enrolment(pupil, Programme.IN_SCHOOL, DemoInstances.MATHS, 5, null));
            if (i < EXTENDED_DAY_PUPILS) {
                enrolments.add(new Enrolment(pupil, Programme.EXTENDED_DAY, DemoInstances.MATHS, 2, null));
            }
        }
        PullOutRules rules = PullOutRules.defaults();
        List<TutoringPair> pairs = new PairFormer().formPairs(PairingRequest.of(enrolments, timeslots, rules));
        return TutoringSchedule.withSessionsFor("kottenpark2005-" + seed, timeslots, DemoInstances.rooms(ROOMS),
                DemoInstances.tutors(TUTORS, timeslots, random), pupils, rules, new ConstraintWeights(), pairs);
    }

    /** Kottenpark class codes: KO + year + track letters + group, e.g. KO1HV2A, KO3T1. */
    static String levelOf(String className) {
        String track = className.substring(3).replaceAll("[0-9].*$", "");
        return switch (track) {
            case "T" -> "vmbo-t";
            case "A", "G", "V" -> "vwo";
            default -> "havo";
        };
    }

    /** Rows after the header; the files have no quoted fields and no commas inside fields. */
    static List<String[]> readCsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
