package dev.bakeoff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.plan.PlanResolver;
import dev.bakeoff.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Keeps the dependency arrows of docs/DESIGN.md true: rooms depend inward, shells on everything. */
@AnalyzeClasses(packages = "dev.bakeoff", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("dev.bakeoff.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.bakeoff.yaml..",
                    "dev.bakeoff.loadgen..",
                    "dev.bakeoff.lab..",
                    "dev.bakeoff.plan..",
                    "dev.bakeoff.run..",
                    "dev.bakeoff.stats..",
                    "dev.bakeoff.store..",
                    "dev.bakeoff.advisor..",
                    "dev.bakeoff.report..",
                    "dev.bakeoff.flow..",
                    "dev.bakeoff.cli..",
                    "dev.bakeoff.web..");

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = noClasses()
            .that()
            .resideInAPackage("dev.bakeoff.model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "dev.bakeoff.model..");

    @ArchTest
    static final ArchRule innerRoomsKeepToModel = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.bakeoff.loadgen..", "dev.bakeoff.lab..", "dev.bakeoff.store..", "dev.bakeoff.advisor..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.bakeoff.plan..",
                    "dev.bakeoff.run..",
                    "dev.bakeoff.stats..",
                    "dev.bakeoff.report..",
                    "dev.bakeoff.flow..",
                    "dev.bakeoff.cli..",
                    "dev.bakeoff.web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule innerRoomsDoNotKnowEachOther = slices().matching("dev.bakeoff.(loadgen|lab|store|advisor)..")
            .should()
            .notDependOnEachOther()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnTheShells = noClasses()
            .that()
            .resideOutsideOfPackages("dev.bakeoff.cli..", "dev.bakeoff.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.bakeoff.cli..", "dev.bakeoff.web..");

    @ArchTest
    static final ArchRule reportReadsOnlyModelAndAdvice = noClasses()
            .that()
            .resideInAPackage("dev.bakeoff.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.bakeoff.loadgen..",
                    "dev.bakeoff.lab..",
                    "dev.bakeoff.plan..",
                    "dev.bakeoff.run..",
                    "dev.bakeoff.stats..",
                    "dev.bakeoff.flow..")
            .allowEmptyShould(true);

    /** Only the shells call the application layer: it is the order of their calls, not a room the others use. */
    @ArchTest
    static final ArchRule onlyTheShellsUseTheFlow = noClasses()
            .that()
            .resideOutsideOfPackages("dev.bakeoff.flow..", "dev.bakeoff.cli..", "dev.bakeoff.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.bakeoff.flow..")
            .as("only cli and web use flow (docs/DESIGN.md, Rooms)");

    /**
     * The shells do not drive the run engine: running a plan (run) and summarizing a stored run (stats) go
     * through flow's RunService and Evidence, so that the order of those calls is written once.
     */
    @ArchTest
    static final ArchRule shellsDoNotRunOrSummarize = noClasses()
            .that()
            .resideInAnyPackage("dev.bakeoff.cli..", "dev.bakeoff.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.bakeoff.run..", "dev.bakeoff.stats..")
            .as("cli and web use neither run nor stats, only flow (docs/DESIGN.md, Rooms)");

    /** The shells hold resolved plans (to print them) but resolve none: flow's RunService.plan does. */
    @ArchTest
    static final ArchRule shellsDoNotResolvePlans = noClasses()
            .that()
            .resideInAnyPackage("dev.bakeoff.cli..", "dev.bakeoff.web..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(PlanResolver.class)
            .as("cli and web do not use plan.PlanResolver, only flow.RunService (docs/DESIGN.md, Rooms)");

    /**
     * The shells read the store (history, a run's id) and delete from it on the user's word, but never record
     * a run: beginning a run, adding its trials and finishing it are the run room's, behind flow's RunService.
     */
    @ArchTest
    static final ArchRule shellsDoNotRecordRuns = noClasses()
            .that()
            .resideInAnyPackage("dev.bakeoff.cli..", "dev.bakeoff.web..")
            .should()
            .callMethodWhere(JavaCall.Predicates.target(
                            HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(RunStore.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("beginRun|addTrial|finishRun"))))
            .as("cli and web do not record runs in the store (RunStore.beginRun, addTrial, finishRun)");

    /** flow calls the rooms in order for the shells; it knows nothing of the shells themselves. */
    @ArchTest
    static final ArchRule flowUsesWhatDesignSays =
            mayUseOnly("flow", "model", "yaml", "loadgen", "lab", "plan", "run", "stats", "store", "advisor", "report");

    /** No two rooms depend on each other, however indirectly: every arrow of docs/DESIGN.md points one way. */
    @ArchTest
    static final ArchRule roomsAreFreeOfCycles =
            slices().matching("dev.bakeoff.(*)..").should().beFreeOfCycles();

    /** plan resolves what will run: it reads stacks and mix settings, and knows nothing of running or summarizing. */
    @ArchTest
    static final ArchRule planUsesWhatDesignSays = mayUseOnly("plan", "model", "yaml", "loadgen", "lab");

    /** run executes a plan: apps, load, the store; it writes measurements that stats reads back. */
    @ArchTest
    static final ArchRule runUsesWhatDesignSays =
            mayUseOnly("run", "model", "loadgen", "lab", "store", "plan", "stats");

    /** stats reads stored measurements back: it knows the plan's steps, never how they were run. */
    @ArchTest
    static final ArchRule statsUsesWhatDesignSays = mayUseOnly("stats", "model", "plan");

    /** Classes of {@code room} depend on no room of ours but itself and {@code allowed} (the DESIGN table's "may use"). */
    private static ArchRule mayUseOnly(String room, String... allowed) {
        String[] packages = new String[allowed.length + 1];
        packages[0] = "dev.bakeoff." + room + "..";
        for (int i = 0; i < allowed.length; i++) {
            packages[i + 1] = "dev.bakeoff." + allowed[i] + "..";
        }
        return classes()
                .that()
                .resideInAPackage("dev.bakeoff." + room + "..")
                .should()
                .onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("dev.bakeoff..")
                        .or(JavaClass.Predicates.resideInAnyPackage(packages)))
                .as(room + " may use only " + String.join(", ", allowed) + " (docs/DESIGN.md, Rooms)");
    }

    /**
     * The rooms table of docs/DESIGN.md lists exactly the packages under dev.bakeoff: a room added, split or
     * renamed in the code and not in the design (or the reverse) fails here.
     */
    @Test
    void theDesignsRoomsTableListsExactlyThePackages() throws IOException {
        // Surefire runs in the module's directory (tool/); the design is beside it.
        Path design = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/DESIGN.md");
        Set<String> table = new TreeSet<>(designRooms(Files.readString(design)));
        Set<String> code = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.bakeoff")) {
            String name = c.getPackageName();
            if (name.startsWith("dev.bakeoff.")) {
                code.add(name.substring("dev.bakeoff.".length()).split("\\.")[0]);
            }
        }
        assertThat(table)
                .as("rooms in docs/DESIGN.md vs packages under dev.bakeoff")
                .isEqualTo(code);
    }

    /** The first column of the table under "## Rooms": {@code | `model` | ... |} gives model. */
    static List<String> designRooms(String markdown) {
        int start = markdown.indexOf("\n## Rooms");
        assertThat(start).as("docs/DESIGN.md has a Rooms section").isNotNegative();
        int end = markdown.indexOf("\n## ", start + 1);
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);
        Matcher row = Pattern.compile("(?m)^\\|\\s*`([a-z]+)`\\s*\\|").matcher(section);
        List<String> rooms = new ArrayList<>();
        while (row.find()) {
            rooms.add(row.group(1));
        }
        return rooms;
    }

    /** The main classes, imported once for the package-info checks below. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("dev.bakeoff");

    /**
     * Each room's package-info names its public surface in one line, {@code <p>Public types: {@link A}, {@link
     * B}.}: every public top-level type of the room is named there, and every name there is a public top-level
     * type of the room. A type made public without being listed (or listed and not public) fails here.
     */
    @Test
    void everyRoomsPublicTypesAreExactlyThoseItsPackageInfoLists() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String room : codeRooms()) {
            Set<String> listed = new TreeSet<>();
            Matcher link = Pattern.compile("\\{@link\\s+([\\w.]+)\\s*}").matcher(packageInfoLine(room, "Public types"));
            while (link.find()) {
                listed.add(link.group(1));
            }
            Set<String> isPublic = new TreeSet<>();
            for (JavaClass c : MAIN) {
                if (c.getPackageName().equals("dev.bakeoff." + room)
                        && c.isTopLevelClass()
                        && !c.getSimpleName().equals("package-info")
                        && c.getModifiers().contains(JavaModifier.PUBLIC)) {
                    isPublic.add(c.getSimpleName());
                }
            }
            softly.assertThat(listed)
                    .as("dev.bakeoff.%s: the package-info's \"Public types\" vs its public top-level types", room)
                    .isEqualTo(isPublic);
        }
        softly.assertAll();
    }

    /**
     * Each room's package-info says what it may use in one line, {@code <p>May use: model, yaml.}; that list is the
     * "may use" column of the rooms table in docs/DESIGN.md, and the room's classes depend on no other room.
     */
    @Test
    void everyRoomUsesOnlyWhatItsPackageInfoAndTheDesignSay() throws IOException {
        Map<String, Set<String>> design = designMayUse(Files.readString(designFile()));
        SoftAssertions softly = new SoftAssertions();
        for (String room : codeRooms()) {
            Set<String> mayUse = rooms(packageInfoLine(room, "May use"));
            softly.assertThat(mayUse)
                    .as("dev.bakeoff.%s: the package-info's \"May use\" vs docs/DESIGN.md's rooms table", room)
                    .isEqualTo(design.get(room));
            try {
                mayUseOnly(room, mayUse.toArray(String[]::new)).check(MAIN);
            } catch (AssertionError e) {
                softly.fail(e.getMessage());
            }
        }
        softly.assertAll();
    }

    /** The packages under dev.bakeoff, e.g. model, yaml, ...; a room is one package, with no sub-packages. */
    private static Set<String> codeRooms() {
        Set<String> code = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String name = c.getPackageName();
            if (name.startsWith("dev.bakeoff.")) {
                code.add(name.substring("dev.bakeoff.".length()));
            }
        }
        return code;
    }

    /**
     * The sentence of a room's package-info that starts with {@code <p>label:}, its javadoc line breaks and
     * leading stars removed, without the label; it ends at the first full stop followed by a space or the end.
     */
    static String packageInfoLine(String room, String label) throws IOException {
        Path file = Path.of(System.getProperty("user.dir"))
                .resolve("src/main/java/dev/bakeoff/" + room + "/package-info.java");
        assertThat(file).as("dev.bakeoff.%s has a package-info.java", room).exists();
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            text.append(line.replaceFirst("^\\s*(/\\*\\*|\\*/|\\*)?\\s?", "")).append(' ');
        }
        Matcher sentence = Pattern.compile("<p>" + Pattern.quote(label) + ":\\s*(.*?)\\.(\\s|$)")
                .matcher(text);
        assertThat(sentence.find())
                .as("%s has a line \"<p>%s: ...\"", file, label)
                .isTrue();
        return sentence.group(1);
    }

    /** The rooms a list names: {@code model, yaml (mix files)} gives model and yaml; {@code none (...)} none. */
    static Set<String> rooms(String list) {
        Set<String> rooms = new TreeSet<>();
        for (String item : list.replaceAll("\\([^)]*\\)", "").split(",")) {
            String room = item.strip();
            if (!room.isEmpty() && !room.equals("none")) {
                rooms.add(room);
            }
        }
        return rooms;
    }

    /** The "may use" column of the rooms table, up to its first semicolon: {@code | `loadgen` | ... | model, yaml |}. */
    static Map<String, Set<String>> designMayUse(String markdown) {
        int start = markdown.indexOf("\n## Rooms");
        int end = markdown.indexOf("\n## ", start + 1);
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);
        Matcher row = Pattern.compile("(?m)^\\|\\s*`([a-z]+)`\\s*\\|[^|]*\\|([^|]*)\\|\\s*$")
                .matcher(section);
        Map<String, Set<String>> mayUse = new LinkedHashMap<>();
        while (row.find()) {
            mayUse.put(row.group(1), rooms(row.group(2).split(";")[0]));
        }
        return mayUse;
    }

    private static Path designFile() {
        // Surefire runs in the module's directory (tool/); the design is beside it.
        return Path.of(System.getProperty("user.dir")).getParent().resolve("docs/DESIGN.md");
    }

    /** A measurement is built by name: 22 positional fields, eight of them doubles, would let a swap compile. */
    @ArchTest
    static final ArchRule measurementsAreBuiltByName = noClasses()
            .that()
            .doNotBelongToAnyOf(Measurement.class)
            .should()
            .callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(Measurement.class))));
}
