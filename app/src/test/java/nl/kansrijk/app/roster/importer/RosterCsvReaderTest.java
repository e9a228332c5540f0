package nl.kansrijk.app.roster.importer;

import nl.kansrijk.app.roster.RosterBatch;
import nl.kansrijk.app.roster.RosterBatch.GroupKind;
import nl.kansrijk.app.roster.RosterBatch.Slot;
import nl.kansrijk.app.roster.importer.RosterCsvReader.Result;
import nl.kansrijk.app.roster.importer.RosterCsvReader.UploadedCsv;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCsvReaderTest {

    private static final String PERIODS = """
            day,period,start,end,kind
            ma,1,08:30,09:20,regular
            ma,2,09:20,10:10,regular
            di,1,08:30,09:20,regular
            ma,9,16:20,17:20,verlengd
            """;
    private static final String CLASSES = """
            class,kind,year,level
            1A,klas,1,vmbo-k
            1B,klas,1,havo
            wi-cluster,lesgroep,1,
            """;
    private static final String PUPILS = """
            pupil_id,first_name,last_name,class,hdt_candidate
            1001,Emma,de Jong,1A,ja
            1002,Noah,Bakker,1A,nee
            1003,Zoë,El Amrani,1B,
            """;

    private static UploadedCsv csv(String name, String text) {
        return new UploadedCsv(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Result read(UploadedCsv... files) {
        return RosterCsvReader.read(List.of(files), ExistingRoster.EMPTY);
    }

    private static ImportProblem onlyProblem(Result result) {
        assertThat(result.problems()).hasSize(1);
        assertThat(result.batch()).isEmpty();
        return result.problems().get(0);
    }

    @Test
    void read_completeSchool_returnsEveryRow() {
        Result result = read(csv("periods.csv", PERIODS), csv("classes.csv", CLASSES), csv("pupils.csv", PUPILS),
                csv("group_members.csv", "group,pupil_id\nwi-cluster,1001\nwi-cluster,1003\n"),
                csv("lessons.csv", "lesson_id,subject,day,period,duration_periods,teacher,room,group\n"
                        + "L1,wi,ma,1,2,JAN,101,1A\nL2,wi,di,1,1,PIET,102,wi-cluster\n"),
                csv("tutors.csv", "tutor_id,name,subjects,max_sessions_per_day,availability\nT1,Anouk,wi ne,5,ma:1-2 di\n"),
                csv("rooms.csv", "room_id,name,capacity,kind\nTK1,Tutorkamer 1,3,tutorruimte\n"));

        assertThat(result.problems()).isEmpty();
        RosterBatch batch = result.batch().orElseThrow();
        assertThat(batch.periods()).hasSize(4);
        assertThat(batch.periods().get(3).kind()).isEqualTo(RosterBatch.PeriodKind.EXTENDED_DAY);
        assertThat(batch.groups()).extracting(RosterBatch.Group::kind)
                .containsExactly(GroupKind.CLASS, GroupKind.CLASS, GroupKind.TEACHING_GROUP);
        assertThat(batch.pupils()).extracting(RosterBatch.Pupil::hdtCandidate).containsExactly(true, false, false);
        assertThat(batch.pupils().get(2).year()).as("year taken from the class").isEqualTo(1);
        assertThat(batch.groupMembers()).hasSize(2);
        assertThat(batch.lessons().get(0).durationPeriods()).isEqualTo(2);
        assertThat(batch.tutors().get(0).subjects()).containsExactly("wi", "ne");
        assertThat(batch.tutors().get(0).availability()).containsExactlyInAnyOrder(
                new Slot(DayOfWeek.MONDAY, 1), new Slot(DayOfWeek.MONDAY, 2), new Slot(DayOfWeek.TUESDAY, 1));
        assertThat(batch.rooms().get(0).capacity()).isEqualTo(3);
    }

    @Test
    void read_windows1252SemicolonFileFromExcel_decodesNamesAndSeparators() {
        String text = "leerling_id;voornaam;achternaam;klas\r\n1003;Zoë;Öztürk;1A\r\n1004;\"Inès\";\"van der Meer; jr\";1A\r\n";
        Result result = RosterCsvReader.read(List.of(new UploadedCsv("leerlingen.csv", text.getBytes(Charset.forName("windows-1252")))),
                existingWithClass("1A"));

        assertThat(result.problems()).isEmpty();
        List<RosterBatch.Pupil> pupils = result.batch().orElseThrow().pupils();
        assertThat(pupils.get(0).firstName()).isEqualTo("Zoë");
        assertThat(pupils.get(0).lastName()).isEqualTo("Öztürk");
        assertThat(pupils.get(1).lastName()).as("quoted field keeps its separator").isEqualTo("van der Meer; jr");
    }

    @Test
    void read_utf8WithByteOrderMark_findsTheFirstColumn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "pupil_id,first_name,last_name,class\n1005,Aya,Kaya,1A\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        Result result = RosterCsvReader.read(List.of(new UploadedCsv("pupils.csv", content)), existingWithClass("1A"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.batch().orElseThrow().pupils().get(0).externalId()).isEqualTo("1005");
    }

    @Test
    void read_dutchDayNamesAndTimesWithDots_areAccepted() {
        Result result = read(csv("lesuren.csv", "dag;lesuur;begin;eind\nmaandag;1;8.30;9.20\nvr;1;08:30;09:20\nWO;2;09:20;10:10\n"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.batch().orElseThrow().periods()).extracting(RosterBatch.Period::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.WEDNESDAY);
        assertThat(result.batch().orElseThrow().periods().get(0).start()).isEqualTo(LocalTime.of(8, 30));
    }

    @Test
    void read_pupilInUnknownClass_namesFileLineAndColumn() {
        ImportProblem problem = onlyProblem(read(csv("classes.csv", CLASSES),
                csv("pupils.csv", "pupil_id,first_name,last_name,class\n1001,Emma,de Jong,1A\n1002,Noah,Bakker,2Z\n")));

        assertThat(problem.file()).isEqualTo("pupils.csv");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(4);
        assertThat(problem.columnName()).isEqualTo("class");
        assertThat(problem.code()).isEqualTo("unknownClass");
        assertThat(problem.params()).containsEntry("value", "2Z");
    }

    @Test
    void read_duplicatePupilId_pointsToTheFirstLine() {
        ImportProblem problem = onlyProblem(read(csv("classes.csv", CLASSES),
                csv("pupils.csv", "pupil_id,first_name,last_name,class\n1001,Emma,de Jong,1A\n1002,Noah,Bakker,1A\n1001,Sem,Smit,1B\n")));

        assertThat(problem.code()).isEqualTo("duplicate");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.params()).containsEntry("otherLine", "2");
    }

    @Test
    void read_lessonInPeriodThatDoesNotExist_isRefused() {
        ImportProblem problem = onlyProblem(read(csv("periods.csv", PERIODS), csv("classes.csv", CLASSES),
                csv("lessons.csv", "lesson_id,subject,day,period,group\nL1,wi,di,2,1A\n")));

        assertThat(problem.code()).isEqualTo("unknownPeriod");
        assertThat(problem.params()).containsEntry("day", "di").containsEntry("period", "2");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.columnName()).isEqualTo("period");
    }

    @Test
    void read_doubleLessonRunningPastTheLastPeriod_isRefused() {
        ImportProblem problem = onlyProblem(read(csv("periods.csv", PERIODS), csv("classes.csv", CLASSES),
                csv("lessons.csv", "lesson_id,subject,day,period,duration_periods,group\nL1,wi,di,1,2,1A\n")));

        assertThat(problem.code()).isEqualTo("unknownPeriod");
        assertThat(problem.params()).containsEntry("period", "2");
    }

    @Test
    void read_lessonForUnknownTeachingGroup_isRefused() {
        ImportProblem problem = onlyProblem(read(csv("periods.csv", PERIODS), csv("classes.csv", CLASSES),
                csv("lessons.csv", "lesson_id,subject,day,period,group\nL1,wi,ma,1,en-cluster\n")));

        assertThat(problem.code()).isEqualTo("unknownClass");
        assertThat(problem.params()).containsEntry("value", "en-cluster");
    }

    @Test
    void read_membershipOfAClassInsteadOfATeachingGroup_isRefused() {
        ImportProblem problem = onlyProblem(read(csv("classes.csv", CLASSES), csv("pupils.csv", PUPILS),
                csv("group_members.csv", "group,pupil_id\n1A,1001\n")));

        assertThat(problem.code()).isEqualTo("notATeachingGroup");
    }

    @Test
    void read_membershipOfUnknownPupil_isRefused() {
        ImportProblem problem = onlyProblem(read(csv("classes.csv", CLASSES), csv("group_members.csv", "group,pupil_id\nwi-cluster,9999\n")));

        assertThat(problem.code()).isEqualTo("unknownPupil");
        assertThat(problem.column()).isEqualTo(2);
    }

    @Test
    void read_lessonPupilsOfUnknownLesson_isRefused() {
        ImportProblem problem = onlyProblem(read(csv("classes.csv", CLASSES), csv("pupils.csv", PUPILS),
                csv("lesson_pupils.csv", "lesson_id,pupil_id\nX9,1001\n")));

        assertThat(problem.code()).isEqualTo("unknownLesson");
    }

    @Test
    void read_missingRequiredColumn_isOneProblemOnTheHeaderLine() {
        ImportProblem problem = onlyProblem(read(csv("rooms.csv", "room_id,name\nTK1,Tutorkamer\n")));

        assertThat(problem.code()).isEqualTo("missingColumn");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.params()).containsEntry("column", "capacity");
    }

    @Test
    void read_badValues_reportEveryOneOfThem() {
        Result result = read(csv("periods.csv", "day,period,start,end,kind\nzo,1,08:30,09:20,\nma,x,08:30,09:20,\n"
                + "di,1,8:3,09:20,\nwo,1,10:00,09:00,\ndo,1,08:30,09:20,lunch\n"));

        assertThat(result.batch()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::code)
                .containsExactly("badDay", "notANumber", "badTime", "endBeforeStart", "badKind");
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void read_emptyRequiredValueAndOutOfRangeNumber_areReported() {
        Result result = read(csv("rooms.csv", "room_id,name,capacity\n,Tutorkamer,3\nTK2,Kamer,0\n"));

        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("required", "outOfRange");
    }

    @Test
    void read_badAvailabilityToken_isReported() {
        Result result = read(csv("periods.csv", PERIODS),
                csv("tutors.csv", "tutor_id,name,subjects,availability\nT1,Anouk,wi,maandag:1-2 xx\nT2,Bas,wi,di:5\n"));

        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("badAvailability", "unknownPeriod");
    }

    @Test
    void read_unknownFileNameAndEmptyFile_areReported() {
        Result result = read(csv("marks.csv", "a,b\n1,2\n"), csv("rooms.csv", "room_id,name,capacity\n"));

        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("unknownFile", "emptyFile");
    }

    @Test
    void read_badBoolean_isReported() {
        ImportProblem problem = onlyProblem(read(csv("classes.csv", CLASSES),
                csv("pupils.csv", "pupil_id,class,hdt_candidate\n1001,1A,misschien\n")));

        assertThat(problem.code()).isEqualTo("badBoolean");
    }

    @Test
    void read_referencesToWhatTheSchoolAlreadyHas_areAccepted() {
        ExistingRoster existing = new ExistingRoster(Set.of(new Slot(DayOfWeek.MONDAY, 1)), Map.of("1A", GroupKind.CLASS),
                Map.of("1A", 1), Set.of("1001"), Set.of());

        Result result = RosterCsvReader.read(List.of(csv("lessons.csv", "lesson_id,subject,day,period,group\nL1,wi,ma,1,1A\n"),
                csv("lesson_pupils.csv", "lesson_id,pupil_id\nL1,1001\n")), existing);

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void read_pupilWithoutYearInAClassWithoutYear_isRefused() {
        ImportProblem problem = onlyProblem(read(csv("classes.csv", "class\n1A\n"), csv("pupils.csv", "pupil_id,class\n1001,1A\n")));

        assertThat(problem.code()).isEqualTo("required");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void read_multiLineQuotedField_keepsLineNumbersOfLaterRows() {
        Result result = read(csv("classes.csv", CLASSES),
                csv("pupils.csv", "pupil_id,first_name,last_name,class\n1001,\"Emma\nMarie\",de Jong,1A\n1002,Noah,Bakker,9Z\n"));

        assertThat(onlyProblem(result).line()).as("the second row starts on line 4").isEqualTo(4);
    }

    private static ExistingRoster existingWithClass(String code) {
        return new ExistingRoster(Set.of(), Map.of(code, GroupKind.CLASS), Map.of(code, 1), Set.of(), Set.of());
    }
}
